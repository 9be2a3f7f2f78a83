import type { DocRecord, Message, Severity } from './types';

/** 1-based line and column of an offset in a text. */
export function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  const end = Math.max(0, Math.min(offset, text.length));
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: end - last };
}

/** Adds a message to the record; stages call this instead of throwing. */
export function addMessage(
  doc: DocRecord,
  severity: Severity,
  source: string,
  ruleId: string,
  message: string,
  offset?: number,
): void {
  const pos = offset === undefined ? { line: 1, column: 1 } : position(doc.text || doc.raw, offset);
  const m: Message = { severity, source, ruleId, message, ...pos };
  doc.messages.push(m);
}
