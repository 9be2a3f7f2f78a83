/**
 * write: the corpus as files, atomically. Everything is written into a fresh temp folder beside
 * the output folder, then swapped in with renames, so an interrupted run leaves the previous
 * output intact (a rename within one filesystem is atomic).
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Corpus } from '../model/corpus';

/** Stable JSON: two-space indent and a final newline. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** All output files as relative name → content (pure, so determinism is testable). */
export function renderFiles(
  corpus: Corpus,
  extra: Record<string, string>,
  report: unknown,
): Map<string, string> {
  const files = new Map<string, string>();
  files.set('documents.json', toJson(corpus.documents));
  files.set('events.json', toJson(corpus.events));
  files.set('people.json', toJson(corpus.people));
  files.set('organizations.json', toJson(corpus.organizations));
  files.set('report.json', toJson(report));
  for (const id of Object.keys(corpus.texts).sort()) files.set(`texts/${id}.txt`, corpus.texts[id]!);
  for (const name of Object.keys(extra).sort()) {
    if (name.includes('..') || name.startsWith('/')) continue; // stay inside the output folder
    files.set(name, extra[name]!);
  }
  return files;
}

/** Writes `files` to `outDir` via a temp folder and a swap. */
export function writeAtomic(outDir: string, files: Map<string, string>): void {
  const out = resolve(outDir);
  const parent = dirname(out);
  mkdirSync(parent, { recursive: true });
  const tag = `${process.pid}-${Date.now().toString(36)}`;
  const tmp = join(parent, `.${basename(out)}.tmp-${tag}`);
  const old = join(parent, `.${basename(out)}.old-${tag}`);
  try {
    mkdirSync(tmp, { recursive: true });
    for (const [name, content] of files) {
      const path = join(tmp, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
    }
    const hadOld = existsSync(out);
    if (hadOld) renameSync(out, old);
    try {
      renameSync(tmp, out);
    } catch (e) {
      if (hadOld) renameSync(old, out); // put the previous output back
      throw e;
    }
    if (hadOld) rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
