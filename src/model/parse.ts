import type { z } from 'zod';

export interface SkippedRecord {
  file: string;
  index: number;
  /** The record's id when it has one, to name it in messages. */
  id: string | null;
  message: string;
}

export interface ParsedRecords<T> {
  records: T[];
  skipped: SkippedRecord[];
}

/**
 * Validates an array of records one by one, so a single bad record is reported and skipped
 * instead of blanking everything. Throws only when the file as a whole is not an array.
 */
export function parseRecords<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
): ParsedRecords<z.infer<S>> {
  if (!Array.isArray(data)) {
    throw new Error(`${file}: expected a JSON array of records, got ${describe(data)}`);
  }
  const records: z.infer<S>[] = [];
  const skipped: SkippedRecord[] = [];
  data.forEach((item: unknown, index) => {
    const result = schema.safeParse(item);
    if (result.success) {
      records.push(result.data);
    } else {
      const issue = result.error.issues[0];
      const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
      skipped.push({ file, index, id: idOf(item), message: `${where}${issue?.message ?? 'invalid record'}` });
    }
  });
  return { records, skipped };
}

function idOf(item: unknown): string | null {
  if (item && typeof item === 'object' && 'id' in item && typeof item.id === 'string') return item.id;
  return null;
}

function describe(data: unknown): string {
  if (data === null) return 'null';
  if (Array.isArray(data)) return 'an array';
  return typeof data === 'object' ? 'an object' : `a ${typeof data}`;
}
