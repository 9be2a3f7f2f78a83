/**
 * write: the corpus as files, atomically. Everything is written into a fresh temp folder beside
 * the output folder (`.<out>.tmp-<pid>-<time>`), flushed to disk (one `syncfs` of the temp
 * folder's filesystem via `sync -f`, or where that is unavailable an fsync of each file and
 * folder), then swapped in with
 * two renames: `out` → `.<out>.old`, temp → `out`, then `.<out>.old` is removed. A rename within
 * one filesystem is atomic, so at every instant either `out` holds a complete output (old or new)
 * or — only between the two renames — `out` is missing and `.<out>.old` holds the complete old
 * one. {@link recoverOutput} (run at the start of every write, and callable by readers) puts that
 * back and removes temp folders left by killed runs. Files whose bytes did not change since the
 * previous output are hard-linked from it rather than written again ({@link placeFile}).
 */
import {
  closeSync,
  constants,
  existsSync,
  fstatSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readSync,
  readdirSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { basename, dirname, join, resolve } from 'node:path';
import type { Corpus } from '../model/corpus';

/** Stable JSON: two-space indent and a final newline. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * {@link toJson} in pieces that join to the same text. A top-level array is rendered `batch`
 * elements at a time (each batch as an array, its brackets cut off: the elements keep the indent
 * they have inside the whole array), so no one string holds a large file. As one string,
 * events.json of 50,000 generated documents is 156 MB (twice that once a report has a character
 * beyond Latin-1, such as a curly quote, since the string is then UTF-16), and adding the final
 * newline made a second copy when it was encoded.
 */
export function* jsonChunks(value: unknown, batch = 500): Generator<string, void, undefined> {
  if (!Array.isArray(value) || value.length === 0) {
    yield toJson(value);
    return;
  }
  yield '[\n';
  for (let i = 0; i < value.length; i += batch) {
    if (i > 0) yield ',\n';
    yield JSON.stringify(value.slice(i, i + batch), null, 2).slice(2, -2);
  }
  yield '\n]\n';
}

/** A file's content: the text, or its pieces in order (see {@link jsonChunks}). */
export type FileContent = string | Generator<string, void, undefined>;

/** The UTF-8 bytes of `content`, encoded piece by piece. */
function encodeContent(content: FileContent): Buffer {
  if (typeof content === 'string') return Buffer.from(content, 'utf8');
  const parts: Buffer[] = [];
  for (const piece of content) parts.push(Buffer.from(piece, 'utf8'));
  return Buffer.concat(parts);
}

/**
 * All output files as relative name → content, in a fixed order (pure, so determinism is
 * testable). Each file is rendered when the consumer asks for it: the writer holds one file's
 * bytes at a time, not the whole output (at 50,000 documents the rendered JSON took about 600 MB).
 */
export function* renderFiles(
  corpus: Corpus,
  extra: Record<string, string>,
  report: unknown,
): Generator<[name: string, content: FileContent]> {
  yield ['documents.json', jsonChunks(corpus.documents)];
  yield ['events.json', jsonChunks(corpus.events)];
  yield ['people.json', jsonChunks(corpus.people)];
  yield ['organizations.json', jsonChunks(corpus.organizations)];
  yield ['report.json', jsonChunks(report)];
  for (const id of Object.keys(corpus.texts).sort()) yield [`texts/${id}.txt`, corpus.texts[id]!];
  for (const name of Object.keys(extra).sort()) {
    if (name.includes('..') || name.startsWith('/')) continue; // stay inside the output folder
    yield [name, extra[name]!];
  }
}

/** Names of the helper folders beside `out`. */
export function siblings(outDir: string): { out: string; parent: string; old: string; tmpPrefix: string } {
  const out = resolve(outDir);
  const parent = dirname(out);
  return { out, parent, old: join(parent, `.${basename(out)}.old`), tmpPrefix: `.${basename(out)}.tmp-` };
}

function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Repairs what an interrupted write can leave: `out` missing but `.<out>.old` present (killed
 * between the two renames) → renamed back; `.<out>.old` beside a complete `out` (killed before
 * the cleanup) → removed; temp folders of runs that are no longer alive → removed.
 * Returns what it did (for messages and tests).
 */
export function recoverOutput(outDir: string): string[] {
  const { out, parent, old, tmpPrefix } = siblings(outDir);
  const done: string[] = [];
  if (!existsSync(parent)) return done;
  if (existsSync(old)) {
    if (!existsSync(out)) {
      renameSync(old, out);
      done.push(`restored the previous output from ${basename(old)}`);
    } else {
      rmSync(old, { recursive: true, force: true });
      done.push(`removed ${basename(old)}`);
    }
  }
  for (const name of readdirSync(parent)) {
    if (!name.startsWith(tmpPrefix)) continue;
    const pid = Number(name.slice(tmpPrefix.length).split('-')[0]);
    if (pidAlive(pid)) continue; // another run is writing right now
    rmSync(join(parent, name), { recursive: true, force: true });
    done.push(`removed stale ${name}`);
  }
  return done;
}

function fsyncPath(path: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    fsyncSync(fd);
  } catch {
    /* some filesystems refuse fsync on folders: best effort */
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

function writeFileOnce(path: string, buf: Buffer): void {
  const fd = openSync(path, 'wx'); // a fresh temp folder: the file must not exist yet
  try {
    let off = 0;
    while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
  } finally {
    closeSync(fd);
  }
}

/**
 * True when `path` is a regular file (not a symbolic link) holding exactly `buf`. A size
 * mismatch is seen from `fstat` without reading the file.
 */
export function sameFileContent(path: string, buf: Buffer): boolean {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch {
    return false; // missing, a symbolic link, unreadable
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || st.size !== buf.length) return false;
    const old = Buffer.allocUnsafe(buf.length);
    let off = 0;
    while (off < old.length) {
      const n = readSync(fd, old, off, old.length - off, off);
      if (n === 0) return false; // shrank while being read
      off += n;
    }
    return old.equals(buf);
  } finally {
    closeSync(fd);
  }
}

/**
 * Puts `content` at `path` in the temp folder. When the previous output holds a file with the
 * same bytes (re-ingesting a corpus where most reports did not change), it is hard-linked
 * instead of written: creating and later deleting thousands of inodes costs far more than
 * reading them back on some filesystems (ext4 skips recently deleted inodes one by one when it
 * allocates), and a link shares bytes that are already on disk. Neither output is ever written
 * in place, so sharing the file is safe; the old folder is removed after the swap, leaving one
 * link. Any failure to link (another filesystem, no hard links) falls back to writing.
 */
function placeFile(path: string, content: FileContent, previous: string | null): void {
  const buf = encodeContent(content);
  if (previous !== null && sameFileContent(previous, buf)) {
    try {
      linkSync(previous, path);
      return;
    } catch {
      /* fall back to writing the bytes */
    }
  }
  writeFileOnce(path, buf);
}

/**
 * Flushes everything written below `tmp` to disk. One `syncfs(2)` (coreutils `sync -f`) costs a
 * single flush instead of one journal commit per file (thousands of texts); where it is not
 * available (or fails) every file, then every folder, is fsynced.
 */
function flushTree(tmp: string, files: string[], dirs: Iterable<string>): void {
  const r = process.platform === 'linux' ? spawnSync('sync', ['-f', tmp], { stdio: 'ignore' }) : null;
  if (r && !r.error && r.status === 0) return;
  for (const f of files) fsyncPath(f);
  for (const d of [...dirs].sort().reverse()) fsyncPath(d);
}

export interface WriteOptions {
  /**
   * Flush every file and folder to disk before the swap (default; see {@link flushTree}). Without it a killed process still
   * leaves a complete output (the page cache survives the process), but a power loss may not.
   */
  fsync?: boolean;
}

/**
 * Writes `files` (name → content pairs: a Map, or {@link renderFiles} rendering each on demand)
 * to `outDir` via a temp folder and a swap (see the module comment).
 */
export function writeAtomic(outDir: string, files: Iterable<readonly [string, FileContent]>, options: WriteOptions = {}): void {
  const fsync = options.fsync ?? true;
  const { out, parent, old, tmpPrefix } = siblings(outDir);
  mkdirSync(parent, { recursive: true });
  recoverOutput(out);
  const tmp = join(parent, `${tmpPrefix}${process.pid}-${Date.now().toString(36)}`);
  try {
    mkdirSync(tmp);
    const dirs = new Set<string>([tmp]);
    const written: string[] = [];
    const reuse = existsSync(out);
    for (const [name, content] of files) {
      const path = join(tmp, name);
      const dir = dirname(path);
      if (!dirs.has(dir)) {
        mkdirSync(dir, { recursive: true });
        dirs.add(dir);
      }
      placeFile(path, content, reuse ? join(out, name) : null);
      written.push(path);
    }
    if (fsync) flushTree(tmp, written, dirs);
    const hadOld = existsSync(out);
    if (hadOld) renameSync(out, old);
    try {
      renameSync(tmp, out);
    } catch (e) {
      if (hadOld) renameSync(old, out); // put the previous output back
      throw e;
    }
    if (fsync) fsyncPath(parent);
    if (hadOld) rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
