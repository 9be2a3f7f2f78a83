/**
 * read: find the input documents (recursively) and load their bytes. A file that cannot be read
 * becomes a record with one error message, never an exception that stops the run, and never a
 * read that can block:
 *
 * - entries are inspected with `lstat`; symbolic links are followed (to files and folders) only
 *   when they resolve inside the input folder (the texts end up in a public web app: a link must
 *   not pull in `/etc/…` or the output folder), and every folder is visited once by its real path,
 *   so a link to a parent folder cannot loop;
 * - only regular files are opened (a FIFO, socket or device named `.txt` is skipped), and they are
 *   opened with `O_NONBLOCK` and checked again with `fstat`, so a file swapped for a pipe between
 *   the listing and the read cannot hang the run either;
 * - files over {@link LIMITS.maxFileBytes} are skipped; of larger-than-{@link LIMITS.maxReadBytes}
 *   files only the head is kept for decoding (the decode stage reports the truncation);
 * - two files with identical bytes (SHA-256) are ingested once: the later one gets a message
 *   naming both.
 */
import { createHash, hash as hashOnce } from 'node:crypto';
import {
  closeSync,
  constants,
  type Dirent,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  statSync,
  type Stats,
} from 'node:fs';
import { join, relative, sep } from 'node:path';
import { docIdFor } from './ids';
import { emptyExtraction, type DocRecord, type Message } from './types';

/** Size limits (documented in CLI.md). */
export const LIMITS = {
  /** Files larger than this are skipped outright. */
  maxFileBytes: 64 * 1024 * 1024,
  /** Bytes of a file kept for decoding; the rest is only hashed (duplicate detection). */
  maxReadBytes: 1024 * 1024,
  /** Characters of decoded text a document is processed with (see decode.ts). */
  maxTextChars: 200_000,
} as const;

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

/** What a non-regular file is, for messages. */
export function kindOf(st: Stats): string {
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isDirectory()) return 'a folder';
  if (st.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

/** An entry of the input folder that was looked at but not listed as a document. */
export interface SkippedEntry {
  file: string;
  message: Message;
}

function fileMessage(severity: Message['severity'], ruleId: string, message: string): Message {
  return { severity, source: 'read', ruleId, message, line: 1, column: 1 };
}

/**
 * Every supported file below `dir`, as paths relative to it with `/`, sorted (determinism).
 * Non-regular files and dangling links with a supported extension are listed too (reading them
 * yields one clear message); folders reached twice (link loops) are reported in `skipped`.
 */
export function scanDocuments(dir: string): { files: string[]; skipped: SkippedEntry[] } {
  const files: string[] = [];
  const skipped: SkippedEntry[] = [];
  const seenDirs = new Set<string>();
  const rel = (full: string): string => relative(dir, full).split(sep).join('/');
  let root: string;
  try {
    root = realpathSync(dir);
  } catch {
    return { files, skipped };
  }
  const walk = (d: string): void => {
    let real: string;
    try {
      real = realpathSync(d);
    } catch {
      return;
    }
    if (!isInside(real, root)) {
      skipped.push({
        file: `${rel(d)}/`,
        message: fileMessage('warning', 'outside-link', `skipped: symbolic link to a folder outside the input folder (${real}); not followed`),
      });
      return;
    }
    if (seenDirs.has(real)) {
      if (d !== dir) {
        skipped.push({
          file: `${rel(d)}/`,
          message: fileMessage('warning', 'link-loop', `skipped: symbolic link to a folder already read (${real}); not followed again`),
        });
      }
      return;
    }
    seenDirs.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch (e) {
      if (d !== dir) skipped.push({ file: `${rel(d)}/`, message: fileMessage('error', 'unreadable', `skipped: cannot list folder: ${(e as Error).message}`) });
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const name = entry.name;
      if (name.startsWith('.')) continue;
      const full = join(d, name);
      // The listing's own file type settles plain files and folders (nearly every entry) without
      // an `lstat` each; links and entries of unknown type are looked at below.
      if (entry.isFile()) {
        if (formatOf(name)) files.push(rel(full));
        continue;
      }
      if (entry.isDirectory()) {
        walk(full);
        continue;
      }
      let st: Stats;
      try {
        st = lstatSync(full);
        if (st.isSymbolicLink()) st = statSync(full); // follows; throws for a dangling link
      } catch {
        // A dangling link (or a file that vanished): listed when it looks like a document, so the
        // read reports it.
        if (formatOf(name)) files.push(rel(full));
        continue;
      }
      if (st.isDirectory()) walk(full);
      else if (formatOf(name)) files.push(rel(full));
    }
  };
  walk(dir);
  return { files: files.sort(), skipped };
}

/** True when `path` is `root` or below it (both real paths). */
export function isInside(path: string, root: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

/** Every supported file below `dir` (see {@link scanDocuments}). */
export function listDocuments(dir: string): string[] {
  return scanDocuments(dir).files;
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

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

export type ReadResult =
  | { ok: true; bytes: Uint8Array; size: number; hash: string }
  | { ok: false; ruleId: string; message: string };

const READ_CHUNK = 1024 * 1024;
let sharedReadBuffer: Buffer | null = null;

/**
 * The one buffer files are read through (what is kept is copied out of it). A fresh 1 MiB buffer
 * per file cost an allocation, and enough external memory to trigger a garbage collection every
 * few dozen files.
 */
function readBuffer(): Buffer {
  sharedReadBuffer ??= Buffer.allocUnsafe(READ_CHUNK);
  return sharedReadBuffer;
}

type ReadLimits = { maxFileBytes: number; maxReadBytes: number };

/**
 * A regular file within the size limit, opened without following a symbolic link and without
 * blocking; null for anything else (a link, a missing file, a pipe, a folder, a file too large:
 * {@link openChecked} looks again and says why). Nearly every report is such a file, and this
 * path spares it the `lstat` that {@link openChecked} starts with (one system call of ten
 * thousand a corpus; `fstat` on the open file gives the same answers).
 */
function openRegularFile(path: string, limits: ReadLimits): number | null {
  if (constants.O_NOFOLLOW === undefined) return null; // cannot refuse links while opening: check first
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | (constants.O_NONBLOCK ?? 0));
  } catch {
    return null;
  }
  let ok = false;
  try {
    const st = fstatSync(fd);
    ok = st.isFile() && st.size <= limits.maxFileBytes;
  } catch {
    /* fall back to the checked path */
  }
  if (ok) return fd;
  closeSync(fd);
  return null;
}

/**
 * Opens `path` after checking it with `lstat` (links followed only inside `root`, regular files
 * only, size limit); the reason as a failed {@link ReadResult} otherwise.
 */
function openChecked(path: string, root: string | null, limits: ReadLimits): number | Extract<ReadResult, { ok: false }> {
  let st: Stats;
  try {
    st = lstatSync(path);
  } catch (e) {
    return { ok: false, ruleId: 'unreadable', message: `skipped: cannot read: ${(e as Error).message}` };
  }
  if (st.isSymbolicLink()) {
    let real: string;
    try {
      st = statSync(path);
      real = realpathSync(path);
    } catch {
      return { ok: false, ruleId: 'dangling-link', message: 'skipped: symbolic link to a file that does not exist' };
    }
    if (root && !isInside(real, root)) {
      return { ok: false, ruleId: 'outside-link', message: `skipped: symbolic link to a file outside the input folder (${real})` };
    }
  }
  if (!st.isFile()) return { ok: false, ruleId: 'not-a-file', message: `skipped: ${kindOf(st)}, not a regular file` };
  if (st.size > limits.maxFileBytes) {
    return {
      ok: false,
      ruleId: 'too-large',
      message: `skipped: file too large (${formatBytes(st.size)}; limit ${formatBytes(limits.maxFileBytes)})`,
    };
  }
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return { ok: false, ruleId: 'unreadable', message: `skipped: cannot open: ${(e as Error).message}` };
  }
  let fst: Stats;
  try {
    fst = fstatSync(fd);
  } catch (e) {
    closeSync(fd);
    return { ok: false, ruleId: 'unreadable', message: `skipped: cannot read: ${(e as Error).message}` };
  }
  if (!fst.isFile()) {
    closeSync(fd);
    return { ok: false, ruleId: 'not-a-file', message: `skipped: ${kindOf(fst)}, not a regular file` };
  }
  return fd;
}

/** Reads one file safely (no blocking open, regular files only, size limits); never throws. */
export function readFileSafely(path: string, root: string | null = null, limits: ReadLimits = LIMITS): ReadResult {
  const fd = openRegularFile(path, limits) ?? openChecked(path, root, limits);
  if (typeof fd !== 'number') return fd;
  try {
    const chunk = readBuffer().subarray(0, Math.min(READ_CHUNK, Math.max(1, limits.maxReadBytes)));
    let first = readSync(fd, chunk, 0, chunk.length, null);
    // A file that fits in one read (nearly all reports): one copy and a one-shot hash, without
    // the Hash object and the chunk list the general loop below needs. (The loop, too, reads
    // until a read returns nothing; a byte that arrives after all joins the first read.)
    if (first < chunk.length && first <= limits.maxFileBytes) {
      const more = readSync(fd, chunk, first, 1, null);
      if (more <= 0) {
        const bytes = new Uint8Array(chunk.subarray(0, first));
        return { ok: true, bytes, size: first, hash: hashOnce('sha256', bytes, 'hex') };
      }
      first += more;
    }
    const hash = createHash('sha256');
    const head: Buffer[] = [];
    let kept = 0;
    let size = 0;
    for (let pending = first; ; pending = -1) {
      const n = pending >= 0 ? pending : readSync(fd, chunk, 0, chunk.length, null);
      if (n <= 0) break;
      const part = chunk.subarray(0, n);
      hash.update(part);
      size += n;
      if (kept < limits.maxReadBytes) {
        const take = Math.min(n, limits.maxReadBytes - kept);
        head.push(Buffer.from(part.subarray(0, take)));
        kept += take;
      }
      if (size > limits.maxFileBytes) {
        return { ok: false, ruleId: 'too-large', message: `skipped: file too large (over ${formatBytes(limits.maxFileBytes)})` };
      }
    }
    return { ok: true, bytes: new Uint8Array(Buffer.concat(head)), size, hash: hash.digest('hex') };
  } catch (e) {
    return { ok: false, ruleId: 'unreadable', message: `skipped: cannot read: ${(e as Error).message}` };
  } finally {
    closeSync(fd);
  }
}

/**
 * Loads the files into records; ids are derived from the relative paths (stable). `seen` maps
 * content hashes to the first file that had them (share it across folders read together).
 */
export function readDocuments(
  dir: string,
  files: string[],
  used = new Set<string>(),
  seen = new Map<string, string>(),
): DocRecord[] {
  return [...streamDocuments(dir, files, used, seen)];
}

/**
 * {@link readDocuments} one file at a time: each record is read only when the consumer asks for
 * it, so a caller that processes and drops records holds one document's bytes at a time.
 */
export function* streamDocuments(
  dir: string,
  files: string[],
  used = new Set<string>(),
  seen = new Map<string, string>(),
): Generator<DocRecord, void, undefined> {
  let root: string | null = null;
  try {
    root = realpathSync(dir);
  } catch {
    /* each read reports the problem */
  }
  for (const file of files) yield readOne(dir, root, file, used, seen);
}

function readOne(dir: string, root: string | null, file: string, used: Set<string>, seen: Map<string, string>): DocRecord {
  const doc = newRecord(file, docIdFor(file, used));
  const r = readFileSafely(join(dir, file), root);
  if (!r.ok) {
    doc.messages.push(fileMessage('error', r.ruleId, r.message));
    return doc;
  }
  if (r.size > 0) {
    const first = seen.get(r.hash);
    if (first !== undefined) {
      doc.messages.push(
        fileMessage('warning', 'duplicate', `skipped: same content as ${first} (identical bytes); ingested once, as ${first}`),
      );
      return doc;
    }
    seen.set(r.hash, file);
  }
  doc.bytes = r.bytes;
  doc.size = r.size;
  return doc;
}
