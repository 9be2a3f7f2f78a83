import type { SkippedRecord } from '../../model/parse';

/**
 * Validation runs in a worker that keeps the valid records; the main thread pulls them in chunks
 * of about `budget` weight (a record plus its participants or mentions), one chunk at a time, so
 * taking them in never costs a long task.
 */
export type ValidateRequest = { type: 'validate'; id: number; key: string; buffer: ArrayBuffer } | { type: 'pull'; id: number; budget: number };

export type ValidateReply =
  | { type: 'validated'; id: number; records: number; skipped: SkippedRecord[] }
  | { type: 'records'; id: number; records: unknown[]; done: boolean }
  | { type: 'error'; id: number; message: string };
