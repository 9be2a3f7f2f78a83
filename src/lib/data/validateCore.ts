/**
 * Parsing and validation of the data files, and the records kept until they are pulled: the body
 * of validate.worker.ts (and of the main-thread fallback where there are no workers).
 */
import { parseRecords } from '../../model/parse';
import { DATA_FILES, type DataFileKey } from '../../model/schema';
import type { ValidateReply, ValidateRequest } from './validateProtocol';

function weight(record: unknown): number {
  const r = record as { participants?: unknown[]; mentions?: unknown[] };
  return 1 + (Array.isArray(r.participants) ? r.participants.length * 2 : 0) + (Array.isArray(r.mentions) ? r.mentions.length : 0);
}

export function createValidator(reply: (message: ValidateReply) => void): (request: ValidateRequest) => void {
  const kept = new Map<number, { records: unknown[]; next: number }>();
  return (request) => {
    if (request.type === 'pull') {
      const entry = kept.get(request.id);
      if (!entry) {
        reply({ type: 'records', id: request.id, records: [], done: true });
        return;
      }
      const start = entry.next;
      let load = 0;
      while (entry.next < entry.records.length && (load < request.budget || entry.next === start)) load += weight(entry.records[entry.next++]);
      const done = entry.next >= entry.records.length;
      if (done) kept.delete(request.id);
      reply({ type: 'records', id: request.id, records: entry.records.slice(start, entry.next), done });
      return;
    }
    const { file, schema } = DATA_FILES[request.key as DataFileKey];
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(request.buffer));
    } catch (cause) {
      reply({ type: 'error', id: request.id, message: `the file is not valid JSON (${(cause as Error).message})` });
      return;
    }
    try {
      const parsed = parseRecords(schema, json, file);
      kept.set(request.id, { records: parsed.records, next: 0 });
      reply({ type: 'validated', id: request.id, records: parsed.records.length, skipped: parsed.skipped });
    } catch (cause) {
      reply({ type: 'error', id: request.id, message: (cause as Error).message.replace(`${file}: `, '') });
    }
  };
}
