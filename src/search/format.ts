/**
 * The search index file (`search-index.json`): written by `build.ts` at ingest time, read by the
 * worker. Everything the result list shows (and filters on) is inside, so a search needs no other
 * file. Derived structures that are cheap to rebuild (letter-pair index over the vocabulary,
 * sound-alike keys) are NOT shipped: `prepareIndex` builds them at load in a few milliseconds.
 */
import { z } from 'zod';

export const SEARCH_INDEX_FILE = 'search-index.json';
export const SEARCH_INDEX_FORMAT = 'event-explorer-search';
export const SEARCH_INDEX_VERSION = 1;

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
}

export interface PassageRecord {
  /** Index into `documents`. */
  document: number;
  /** Offsets of the passage in the document's cleaned text; `text` is that slice. */
  start: number;
  end: number;
  text: string;
  /** Index into `events` of the event the passage reports, or -1. */
  event: number;
}

export interface SearchIndexData {
  format: typeof SEARCH_INDEX_FORMAT;
  version: typeof SEARCH_INDEX_VERSION;
  events: EventRecord[];
  people: PersonRecord[];
  organizations: OrganizationRecord[];
  documents: DocumentRecord[];
  passages: PassageRecord[];
  /** Folded words, sorted by code unit. */
  vocab: string[];
  /**
   * For each vocab word, the records containing it, delta-encoded ascending. An entry is
   * `record * 2 + secondary`: records are numbered events, then people, organizations, passages;
   * `secondary` is 1 when the word occurs only in a secondary field (role, place, participants…).
   */
  postings: number[][];
}

const str = z.string();
const nullableStr = z.string().nullable();
const idx = z.number().int().nonnegative();

export const searchIndexSchema = z
  .object({
    format: z.literal(SEARCH_INDEX_FORMAT),
    version: z.literal(SEARCH_INDEX_VERSION),
    events: z.array(
      z.object({
        id: str,
        title: str,
        type: str,
        date: nullableStr,
        endDate: nullableStr,
        place: nullableStr,
        organizers: z.array(str),
        participants: z.array(str),
        documentId: str,
        referenced: z.boolean(),
      }),
    ),
    people: z.array(
      z.object({ id: str, name: str, aliases: z.array(str), role: nullableStr, affiliation: nullableStr, events: z.array(idx) }),
    ),
    organizations: z.array(
      z.object({ id: str, name: str, aliases: z.array(str), kind: z.enum(['organization', 'country']), events: z.array(idx) }),
    ),
    documents: z.array(z.object({ id: str, title: nullableStr, published: nullableStr })),
    passages: z.array(z.object({ document: idx, start: idx, end: idx, text: str, event: z.number().int().min(-1) })),
    vocab: z.array(str),
    postings: z.array(z.array(z.number().int())),
  })
  .superRefine((d, ctx) => {
    if (d.postings.length !== d.vocab.length) {
      ctx.addIssue({ code: 'custom', message: 'postings and vocab differ in length' });
    }
    const records = d.events.length + d.people.length + d.organizations.length + d.passages.length;
    for (let w = 0; w < d.postings.length; w++) {
      let at = 0;
      for (const delta of d.postings[w] ?? []) {
        at += delta;
        if (delta < 0 || at >= records * 2) {
          ctx.addIssue({ code: 'custom', message: `postings of word ${w} point outside the records` });
          return;
        }
      }
    }
    const events = d.events.length;
    const bad = (i: number) => i >= events;
    if (d.people.some((p) => p.events.some(bad)) || d.organizations.some((o) => o.events.some(bad))) {
      ctx.addIssue({ code: 'custom', message: 'an event index is out of range' });
    }
    if (d.passages.some((p) => p.document >= d.documents.length || p.event >= events)) {
      ctx.addIssue({ code: 'custom', message: 'a passage points outside documents or events' });
    }
  });

/** Validates untrusted JSON as a search index; throws an Error naming the first problem. */
export function parseSearchIndex(data: unknown): SearchIndexData {
  const r = searchIndexSchema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    throw new Error(`search index is invalid: ${where}${issue?.message ?? 'unknown problem'}`);
  }
  return r.data as SearchIndexData;
}

export type ResultGroup = 'events' | 'people' | 'organizations' | 'passages';
export const RESULT_GROUPS: readonly ResultGroup[] = ['events', 'people', 'organizations', 'passages'];

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
  text: MarkedText;
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
