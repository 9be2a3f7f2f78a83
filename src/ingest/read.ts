/**
 * read: find the input documents (recursively) and load their bytes. A file that cannot be read
 * becomes a record with an error message, never an exception that stops the run.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { docIdFor } from './ids';
import { emptyExtraction, type DocRecord } from './types';

const FORMATS: Record<string, DocRecord['format']> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
};

export function formatOf(file: string): DocRecord['format'] | null {
  const dot = file.lastIndexOf('.');
  if (dot < 0) return null;
  return FORMATS[file.slice(dot).toLowerCase()] ?? null;
}

/** Every supported file below `dir`, as paths relative to it with `/`, sorted (determinism). */
export function listDocuments(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    let entries: string[];
    try {
      entries = readdirSync(d);
    } catch {
      return;
    }
    for (const name of entries) {
      if (name.startsWith('.')) continue;
      const full = join(d, name);
      let isDir: boolean;
      try {
        isDir = statSync(full).isDirectory();
      } catch {
        continue;
      }
      if (isDir) walk(full);
      else if (formatOf(name)) out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

export function newRecord(file: string, id: string): DocRecord {
  return {
    file,
    id,
    format: formatOf(file) ?? 'txt',
    bytes: null,
    raw: '',
    text: '',
    title: null,
    published: null,
    publishedEvidence: null,
    url: null,
    sentences: [],
    extraction: emptyExtraction(),
    messages: [],
  };
}

/** Loads the files into records; ids are derived from the relative paths (stable). */
export function readDocuments(dir: string, files: string[], used = new Set<string>()): DocRecord[] {
  return files.map((file) => {
    const doc = newRecord(file, docIdFor(file, used));
    try {
      doc.bytes = readFileSync(join(dir, file));
    } catch (e) {
      doc.messages.push({
        severity: 'error',
        source: 'read',
        ruleId: 'unreadable',
        message: `cannot read ${file}: ${(e as Error).message}`,
        line: 1,
        column: 1,
      });
    }
    return doc;
  });
}
