/**
 * The search index files, written by `build.ts` at ingest time and read by the worker:
 *
 * - `search-index.json` (the ENTITY part, loaded first, small): events, people, organizations and
 *   documents as positional tuples (names of organizers/participants as indices), the whole
 *   vocabulary, and the postings of event/person/organization records.
 * - `search-passages.json` (the PASSAGE part, loaded after, in the worker): sentence offsets
 *   (document, start, end, event) and the postings of passages. No text: passage text is read
 *   lazily from the document's `texts/<id>.txt`, only for the passages displayed.
 *
 * Postings and passage offsets are delta-encoded unsigned LEB128 varints, base64 in a JSON string.
 * Decoding checks types and bounds in the same pass (no per-record schema validation), so a
 * malformed file is rejected with a message naming the first problem. Derived structures (letter
 * pairs, sound-alike keys) are rebuilt at load (`prepareIndex`). Builds are deterministic.
 */
import { z } from 'zod';
import type { ResultGroup } from './groups';

export const SEARCH_INDEX_FILE = 'search-index.json';
export const SEARCH_PASSAGES_FILE = 'search-passages.json';
export const SEARCH_INDEX_FORMAT = 'event-explorer-search';
export const SEARCH_INDEX_VERSION = 2;

export interface EventRecord {
  id: string;
  /** Display title: the event's title, or "Round table in Islamabad" when it has none. */
  title: string;
  type: string;
  date: string | null;
  endDate: string | null;
  place: string | null;
  organizers: string[];
  participants: string[];
  documentId: string;
  referenced: boolean;
}

export interface PersonRecord {
  id: string;
  name: string;
  aliases: string[];
  /** Role and affiliation in the person's latest event (by date), if any. */
  role: string | null;
  affiliation: string | null;
  /** Indices into `events` of the events the person takes part in. */
  events: number[];
}

export interface OrganizationRecord {
  id: string;
  name: string;
  aliases: string[];
  kind: 'organization' | 'country';
  /** Indices into `events` of the events the organization organizes or has participants in. */
  events: number[];
}

export interface DocumentRecord {
  id: string;
  title: string | null;
  published: string | null;
  /** The document's cleaned text, relative to the data folder (`texts/<id>.txt`). */
  textPath: string;
}

/** Passages (sentences of the documents' cleaned texts) as columns, i-th passage at index i. */
export interface PassageTable {
  count: number;
  /** Index into `documents`. */
  document: Uint32Array;
  /** Offsets in the document's cleaned text, end exclusive. */
  start: Uint32Array;
  end: Uint32Array;
  /** Index into `events` of the event the passage reports, or -1. */
  event: Int32Array;
  /** Postings of vocab word w are postData[postStart[w] .. postStart[w + 1]): passage indices, ascending. */
  postStart: Uint32Array;
  postData: Uint32Array;
}

/** The decoded index (entity part, plus the passage part once loaded). */
export interface SearchIndexData {
  /** Pairs the two files of one build. */
  buildId: string;
  events: EventRecord[];
  people: PersonRecord[];
  organizations: OrganizationRecord[];
  documents: DocumentRecord[];
  /** How many passages the passage part holds (known before it is loaded). */
  passageCount: number;
  /** Folded words, sorted by code unit. */
  vocab: string[];
  /**
   * Entity postings of word w: postData[postStart[w] .. postStart[w + 1]), ascending entries
   * `record * 4 + kind`; records are numbered events, then people, then organizations; kind 0:
   * the word is in a primary field (title, name, alias), 2: it is the last word of a person's
   * name or alias (surname), 1: it occurs only in a secondary field (role, place, participants…).
   */
  postStart: Uint32Array;
  postData: Uint32Array;
  /** Null until the passage part is loaded (`attachPassages`). */
  passages: PassageTable | null;
}

/** The entity file as JSON. */
export interface EntityFile {
  format: typeof SEARCH_INDEX_FORMAT;
  version: typeof SEARCH_INDEX_VERSION;
  part: 'entities';
  buildId: string;
  /** [id, title, type, date, endDate, place, organizer org indices, participant person indices, document index, referenced 0/1] */
  events: Array<[string, string, string, string | null, string | null, string | null, number[], number[], number, 0 | 1]>;
  /** [id, name, aliases, role, affiliation, event indices delta-encoded] */
  people: Array<[string, string, string[], string | null, string | null, number[]]>;
  /** [id, name, aliases, kind, event indices delta-encoded] */
  organizations: Array<[string, string, string[], 'organization' | 'country', number[]]>;
  /** [id, title, published] or [id, title, published, textPath] when the path is not `texts/<id>.txt`. */
  documents: Array<[string, string | null, string | null] | [string, string | null, string | null, string]>;
  passages: number;
  vocab: string[];
  /** Per vocab word: count, then the deltas of its entries (varints, base64). */
  postings: string;
}

/** The passage file as JSON. */
export interface PassageFile {
  format: typeof SEARCH_INDEX_FORMAT;
  version: typeof SEARCH_INDEX_VERSION;
  part: 'passages';
  buildId: string;
  passages: number;
  words: number;
  /** Per passage: document delta, start (delta from the previous end in the same document), length, event + 1 (varints, base64). */
  meta: string;
  /** Per vocab word: count, then the deltas of its passage indices (varints, base64). */
  postings: string;
}

// ---------------------------------------------------------------------------------------------
// Varints and base64 (browser and Node).

export class VarintWriter {
  private buf = new Uint8Array(1 << 16);
  private n = 0;
  push(v: number): void {
    if (this.n + 5 > this.buf.length) {
      const next = new Uint8Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    let x = v >>> 0;
    while (x >= 0x80) {
      this.buf[this.n++] = (x & 0x7f) | 0x80;
      x >>>= 7;
    }
    this.buf[this.n++] = x;
  }
  bytes(): Uint8Array {
    return this.buf.subarray(0, this.n);
  }
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Node's Buffer, where there is one (ingest builds the index in Node; the app never encodes). */
const NodeBuffer = (globalThis as { Buffer?: { from(b: ArrayBufferLike, offset: number, length: number): { toString(encoding: 'base64'): string } } }).Buffer;

/**
 * Standard base64 with padding. In Node the native encoder: the string-building loop below took
 * a tenth of a second per index build (some 4 MB of postings).
 */
export function toBase64(bytes: Uint8Array): string {
  if (NodeBuffer) return NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  return toBase64Portable(bytes);
}

/** {@link toBase64} without Node (exported for its test). */
export function toBase64Portable(bytes: Uint8Array): string {
  const chunks: string[] = [];
  let line = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = i + 1 < bytes.length ? bytes[i + 1]! : -1;
    const c = i + 2 < bytes.length ? bytes[i + 2]! : -1;
    line += B64[a >> 2]! + B64[((a & 3) << 4) | (b < 0 ? 0 : b >> 4)]! + (b < 0 ? '=' : B64[((b & 15) << 2) | (c < 0 ? 0 : c >> 6)]!) + (c < 0 ? '=' : B64[c & 63]!);
    if (line.length >= 8192) {
      chunks.push(line);
      line = '';
    }
  }
  chunks.push(line);
  return chunks.join('');
}

export function fromBase64(s: string): Uint8Array {
  const native = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  if (native) return native(s);
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Reads varints; `next()` throws (caught and reported by the decoders) past the end. */
class VarintReader {
  i = 0;
  constructor(private b: Uint8Array) {}
  next(): number {
    const b = this.b;
    let x = 0;
    let shift = 0;
    for (;;) {
      if (this.i >= b.length || shift > 28) throw new IndexError('truncated or malformed varints');
      const byte = b[this.i++]!;
      x += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return x;
      shift += 7;
    }
  }
  get done(): boolean {
    return this.i >= this.b.length;
  }
}

class IndexError extends Error {}

/** Decodes per-word postings (count, deltas…) for `words` words; every value must be < `limit`. */
function decodePostings(b64: string, words: number, limit: number, what: string): { postStart: Uint32Array; postData: Uint32Array } {
  const bytes = fromBase64(b64);
  const r = new VarintReader(bytes);
  const postStart = new Uint32Array(words + 1);
  // Each entry takes at least one byte, so the byte count bounds the entry count.
  let data = new Uint32Array(Math.max(16, bytes.length));
  let k = 0;
  for (let w = 0; w < words; w++) {
    postStart[w] = k;
    const n = r.next();
    let at = 0;
    for (let j = 0; j < n; j++) {
      at += r.next();
      if (at >= limit || (j > 0 && data[k - 1] === at)) throw new IndexError(`${what} postings of word ${w} point outside the records`);
      data[k++] = at;
    }
  }
  postStart[words] = k;
  if (!r.done) throw new IndexError(`${what} postings: bytes left over`);
  data = data.slice(0, k);
  return { postStart, postData: data };
}

// ---------------------------------------------------------------------------------------------
// Decoding with cheap validation: zod for the small header, hand-written checks for the records.

const headerSchema = z.object({
  format: z.literal(SEARCH_INDEX_FORMAT),
  version: z.literal(SEARCH_INDEX_VERSION),
  buildId: z.string(),
});
const entityShape = headerSchema.extend({
  part: z.literal('entities'),
  events: z.array(z.unknown()),
  people: z.array(z.unknown()),
  organizations: z.array(z.unknown()),
  documents: z.array(z.unknown()),
  passages: z.number().int().nonnegative(),
  vocab: z.array(z.unknown()),
  postings: z.string(),
});
const passageShape = headerSchema.extend({
  part: z.literal('passages'),
  passages: z.number().int().nonnegative(),
  words: z.number().int().nonnegative(),
  meta: z.string(),
  postings: z.string(),
});

function fail(message: string): never {
  throw new Error(`search index is invalid: ${message}`);
}

function header<T>(schema: z.ZodType<T>, data: unknown, name: string): T {
  const r = schema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    fail(`${name}: ${where}${issue?.message ?? 'unknown problem'}`);
  }
  return r.data;
}

const isStr = (x: unknown): x is string => typeof x === 'string';
const isNStr = (x: unknown): x is string | null => x === null || typeof x === 'string';
const isIdx = (x: unknown, n: number): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0 && x < n;

function tuple(x: unknown, len: number, where: string): unknown[] {
  if (!Array.isArray(x) || x.length < len) fail(`${where}: expected an array of ${len}`);
  return x as unknown[];
}
function strs(x: unknown, where: string): string[] {
  if (!Array.isArray(x) || !x.every(isStr)) fail(`${where}: expected strings`);
  return x as string[];
}
/** Delta-encoded ascending indices below n. */
function deltas(x: unknown, n: number, where: string): number[] {
  if (!Array.isArray(x)) fail(`${where}: expected numbers`);
  const out: number[] = [];
  let at = 0;
  for (const d of x as unknown[]) {
    if (typeof d !== 'number' || !Number.isInteger(d) || d < 0) fail(`${where}: expected numbers`);
    at += d;
    if (at >= n) fail(`${where}: an event index is out of range`);
    out.push(at);
  }
  return out;
}

/** Validates and decodes the entity file (untrusted JSON); throws an Error naming the first problem. */
export function parseSearchIndex(json: unknown): SearchIndexData {
  const h = header(entityShape, json, SEARCH_INDEX_FILE);
  const nEvents = h.events.length;
  const documents: DocumentRecord[] = h.documents.map((x, i) => {
    const t = tuple(x, 3, `documents.${i}`);
    if (!isStr(t[0]) || !isNStr(t[1]) || !isNStr(t[2]) || (t.length > 3 && !isStr(t[3]))) fail(`documents.${i}: bad fields`);
    return { id: t[0], title: t[1], published: t[2], textPath: (t[3] as string | undefined) ?? `texts/${t[0]}.txt` };
  });
  const people: PersonRecord[] = h.people.map((x, i) => {
    const t = tuple(x, 6, `people.${i}`);
    if (!isStr(t[0]) || !isStr(t[1]) || !isNStr(t[3]) || !isNStr(t[4])) fail(`people.${i}: bad fields`);
    return { id: t[0], name: t[1], aliases: strs(t[2], `people.${i}.aliases`), role: t[3], affiliation: t[4], events: deltas(t[5], nEvents, `people.${i}.events`) };
  });
  const organizations: OrganizationRecord[] = h.organizations.map((x, i) => {
    const t = tuple(x, 5, `organizations.${i}`);
    if (!isStr(t[0]) || !isStr(t[1]) || (t[3] !== 'organization' && t[3] !== 'country')) fail(`organizations.${i}: bad fields`);
    return { id: t[0], name: t[1], aliases: strs(t[2], `organizations.${i}.aliases`), kind: t[3], events: deltas(t[4], nEvents, `organizations.${i}.events`) };
  });
  const events: EventRecord[] = h.events.map((x, i) => {
    const t = tuple(x, 10, `events.${i}`);
    if (!isStr(t[0]) || !isStr(t[1]) || !isStr(t[2]) || !isNStr(t[3]) || !isNStr(t[4]) || !isNStr(t[5]) || !isIdx(t[8], documents.length) || (t[9] !== 0 && t[9] !== 1)) {
      fail(`events.${i}: bad fields`);
    }
    const orgs = t[6];
    const ppl = t[7];
    if (!Array.isArray(orgs) || !orgs.every((o) => isIdx(o, organizations.length))) fail(`events.${i}: organizer out of range`);
    if (!Array.isArray(ppl) || !ppl.every((p) => isIdx(p, people.length))) fail(`events.${i}: participant out of range`);
    return {
      id: t[0],
      title: t[1],
      type: t[2],
      date: t[3],
      endDate: t[4],
      place: t[5],
      organizers: (orgs as number[]).map((o) => organizations[o]!.name),
      participants: (ppl as number[]).map((p) => people[p]!.name),
      documentId: documents[t[8]]!.id,
      referenced: t[9] === 1,
    };
  });
  const vocab = strs(h.vocab, 'vocab');
  for (let i = 1; i < vocab.length; i++) if (!(vocab[i - 1]! < vocab[i]!)) fail('vocab is not sorted');
  const records = events.length + people.length + organizations.length;
  let post: { postStart: Uint32Array; postData: Uint32Array };
  try {
    post = decodePostings(h.postings, vocab.length, records * 4, 'entity');
  } catch (e) {
    if (e instanceof IndexError) fail(e.message);
    fail('postings are not valid base64');
  }
  return { buildId: h.buildId, events, people, organizations, documents, passageCount: h.passages, vocab, ...post, passages: null };
}

/** Validates and decodes the passage file against its entity part; throws an Error naming the first problem. */
export function parsePassages(json: unknown, data: SearchIndexData): PassageTable {
  const h = header(passageShape, json, SEARCH_PASSAGES_FILE);
  if (h.buildId !== data.buildId || h.words !== data.vocab.length || h.passages !== data.passageCount) fail(`${SEARCH_PASSAGES_FILE} is from another build`);
  const n = h.passages;
  const document = new Uint32Array(n);
  const start = new Uint32Array(n);
  const end = new Uint32Array(n);
  const event = new Int32Array(n);
  try {
    const r = new VarintReader(fromBase64(h.meta));
    let doc = 0;
    let prevEnd = 0;
    for (let i = 0; i < n; i++) {
      const dd = r.next();
      doc += dd;
      if (dd > 0 || i === 0) prevEnd = 0;
      const s = prevEnd + r.next();
      const e = s + r.next();
      const ev = r.next() - 1;
      if (doc >= data.documents.length || ev >= data.events.length) fail(`passage ${i} points outside documents or events`);
      document[i] = doc;
      start[i] = s;
      end[i] = e;
      event[i] = ev;
      prevEnd = e;
    }
    if (!r.done) fail('passage offsets: bytes left over');
    return { count: n, document, start, end, event, ...decodePostings(h.postings, data.vocab.length, n, 'passage') };
  } catch (e) {
    if (e instanceof IndexError) fail(e.message);
    if (e instanceof Error && e.message.startsWith('search index is invalid')) throw e;
    fail('passage data is not valid base64');
  }
}


/** `[start, end)` into the displayed string, sorted, not overlapping. */
export type Range = [number, number];

export interface MarkedText {
  text: string;
  ranges: Range[];
}

export interface EventHit {
  group: 'events';
  id: string;
  score: number;
  title: MarkedText;
  type: string;
  date: string | null;
  endDate: string | null;
  place: MarkedText | null;
  /** Organizer and participant names that matched the query. */
  matched: MarkedText[];
}

export interface PersonHit {
  group: 'people';
  id: string;
  score: number;
  name: MarkedText;
  role: MarkedText | null;
  affiliation: MarkedText | null;
  /** Aliases that matched the query. */
  aliases: MarkedText[];
}

export interface OrganizationHit {
  group: 'organizations';
  id: string;
  score: number;
  name: MarkedText;
  kind: 'organization' | 'country';
  aliases: MarkedText[];
}

export interface PassageHit {
  group: 'passages';
  /** Stable key: `documentId:start-end`. */
  id: string;
  score: number;
  documentId: string;
  documentTitle: string | null;
  start: number;
  end: number;
  /** The passage with its matches; empty (and `textPending`) until the document text is loaded. */
  text: MarkedText;
  textPending: boolean;
  eventId: string | null;
  eventTitle: string | null;
  date: string | null;
}

export interface SearchFilters {
  /** `YYYY-MM-DD`, inclusive. */
  from?: string;
  to?: string;
  /** Event type, one of EVENT_TYPES. */
  type?: string;
}

export interface SearchOptions {
  /** Most hits per group (default 10, at most 100). */
  limit?: number;
  filters?: SearchFilters;
}

export interface SearchResults {
  query: string;
  /** The folded query words actually used (after capping). */
  terms: string[];
  /** True when the query was cut (too long or too many words). */
  truncated: boolean;
  events: EventHit[];
  people: PersonHit[];
  organizations: OrganizationHit[];
  passages: PassageHit[];
  /** Matches per group before `limit`. */
  totals: Record<ResultGroup, number>;
}

export function emptyResults(query: string): SearchResults {
  return {
    query,
    terms: [],
    truncated: false,
    events: [],
    people: [],
    organizations: [],
    passages: [],
    totals: { events: 0, people: 0, organizations: 0, passages: 0 },
  };
}
