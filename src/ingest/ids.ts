/**
 * Deterministic ids: slugs of names or paths, with a numeric suffix when two differ but slug alike.
 * No hashing of run-dependent state, no timestamps: same input → same ids.
 */
import { stripAccents } from './names';

/** ASCII slug: accents stripped, lowercase, non-alphanumerics collapsed to `-`. */
export function slugify(s: string): string {
  // (stripAccents skips `normalize`, microseconds a call, for the usual ASCII input.)
  return stripAccents(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
}

/** Returns `base`, or `base-2`, `base-3`… the first one not in `used`, and records it. */
export function uniqueId(base: string, used: Set<string>): string {
  const b = base || 'x';
  let id = b;
  for (let n = 2; used.has(id); n++) id = `${b}-${n}`;
  used.add(id);
  return id;
}

/** A document id from its relative path (extension dropped). */
export function docIdFor(file: string, used: Set<string>): string {
  const noExt = file.replace(/\.[^./]+$/, '');
  // Keep file names recognisable (underscores too); folders become `--`.
  const id = stripAccents(noExt)
    .toLowerCase()
    .split('/')
    .map((p) => p.replace(/[^a-z0-9_]+/g, '-').replace(/^-+|-+$/g, ''))
    .filter(Boolean)
    .join('--');
  return uniqueId(id || 'doc', used);
}
