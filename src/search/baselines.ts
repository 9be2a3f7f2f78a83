/**
 * Baselines for benchmarks (Node or browser), with the engine's result shape so the same
 * recall and latency code reads all three:
 * - naive Fuse.js over whole records (short fields and passage text, `ignoreLocation`),
 * - MiniSearch with fuzzy 0.2 + prefix (title boosted).
 * Never imported by the app: `minisearch` is a devDependency. Filters are not applied here.
 */
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import {
  emptyResults,
  type EventHit,
  type MarkedText,
  type OrganizationHit,
  type PassageHit,
  type PersonHit,
  type SearchIndexData,
  type SearchOptions,
  type SearchResults,
} from './format';
import type { ResultGroup } from './groups';
import type { TextSource } from './query';

interface Rec {
  group: ResultGroup;
  /** Index within its group's records. */
  i: number;
  title: string;
  text: string;
}

/** Passages with their text (the baselines index the text itself). */
function passageRows(data: SearchIndexData, text: TextSource): Array<{ document: number; start: number; end: number; event: number; text: string }> {
  const t = data.passages;
  if (!t) return [];
  return Array.from({ length: t.count }, (_, i) => ({
    document: t.document[i]!,
    start: t.start[i]!,
    end: t.end[i]!,
    event: t.event[i]!,
    text: (text(t.document[i]!) ?? '').slice(t.start[i]!, t.end[i]!),
  }));
}

type Row = ReturnType<typeof passageRows>[number];

function records(data: SearchIndexData, rows: Row[]): Rec[] {
  const out: Rec[] = [];
  data.events.forEach((e, i) =>
    out.push({ group: 'events', i, title: e.title, text: [e.type, e.place ?? '', ...e.organizers, ...e.participants].join(' ') }),
  );
  data.people.forEach((p, i) => out.push({ group: 'people', i, title: [p.name, ...p.aliases].join(' '), text: [p.role ?? '', p.affiliation ?? ''].join(' ') }));
  data.organizations.forEach((o, i) => out.push({ group: 'organizations', i, title: [o.name, ...o.aliases].join(' '), text: '' }));
  rows.forEach((p, i) => out.push({ group: 'passages', i, title: '', text: p.text }));
  return out;
}

const plain = (text: string): MarkedText => ({ text, ranges: [] });

/** Full hits (same fields as the engine's), without highlight ranges. */
function toResults(data: SearchIndexData, rows: Row[], query: string, hits: Array<{ rec: Rec; score: number }>, limit: number): SearchResults {
  const r = emptyResults(query);
  for (const { rec, score } of hits) {
    r.totals[rec.group]++;
    if ((r[rec.group] as unknown[]).length >= limit) continue;
    if (rec.group === 'events') {
      const e = data.events[rec.i]!;
      const hit: EventHit = { group: 'events', id: e.id, score, title: plain(e.title), type: e.type, date: e.date, endDate: e.endDate, place: e.place ? plain(e.place) : null, matched: [] };
      r.events.push(hit);
    } else if (rec.group === 'people') {
      const p = data.people[rec.i]!;
      const hit: PersonHit = { group: 'people', id: p.id, score, name: plain(p.name), role: p.role ? plain(p.role) : null, affiliation: p.affiliation ? plain(p.affiliation) : null, aliases: [] };
      r.people.push(hit);
    } else if (rec.group === 'organizations') {
      const o = data.organizations[rec.i]!;
      const hit: OrganizationHit = { group: 'organizations', id: o.id, score, name: plain(o.name), kind: o.kind, aliases: [] };
      r.organizations.push(hit);
    } else {
      const p = rows[rec.i]!;
      const doc = data.documents[p.document];
      const ev = p.event >= 0 ? data.events[p.event] : undefined;
      const hit: PassageHit = {
        group: 'passages',
        id: `${doc?.id ?? ''}:${p.start}-${p.end}`,
        score,
        documentId: doc?.id ?? '',
        documentTitle: doc?.title ?? null,
        start: p.start,
        end: p.end,
        text: plain(p.text),
        textPending: false,
        eventId: ev?.id ?? null,
        eventTitle: ev?.title ?? null,
        date: ev?.date ?? doc?.published ?? null,
      };
      r.passages.push(hit);
    }
  }
  return r;
}

export interface BaselineEngine {
  search(query: string, limit: number): SearchResults;
}

/** Fuse.js over every record, passage text included (the "just use Fuse" approach). */
export function createNaiveFuse(data: SearchIndexData, text: TextSource): BaselineEngine {
  const rows = passageRows(data, text);
  const recs = records(data, rows);
  const fuse = new Fuse(recs, { keys: [{ name: 'title', weight: 2 }, 'text'], ignoreLocation: true, includeScore: true, threshold: 0.35 });
  return {
    search(query, limit) {
      const hits = fuse.search(query).map((h) => ({ rec: h.item, score: 1 - (h.score ?? 1) }));
      return toResults(data, rows, query, hits, limit);
    },
  };
}

/** MiniSearch with fuzzy 0.2 and prefix matching, title boosted. */
export function createMiniSearch(data: SearchIndexData, text: TextSource): BaselineEngine {
  const rows = passageRows(data, text);
  const recs = records(data, rows);
  const ms = new MiniSearch<Rec & { key: number }>({ idField: 'key', fields: ['title', 'text'], storeFields: [] });
  ms.addAll(recs.map((r, key) => ({ ...r, key })));
  return {
    search(query, limit) {
      const hits = ms.search(query, { fuzzy: 0.2, prefix: true, boost: { title: 2 } }).map((h) => ({ rec: recs[h.id as number]!, score: h.score }));
      return toResults(data, rows, query, hits, limit);
    },
  };
}

const naiveEngines = new WeakMap<SearchIndexData, BaselineEngine>();
const miniEngines = new WeakMap<SearchIndexData, BaselineEngine>();

/** `search()`-shaped naive Fuse baseline (engine built on first use per index). */
export function naiveSearch(data: SearchIndexData, text: TextSource, query: string, options: SearchOptions = {}): SearchResults {
  let e = naiveEngines.get(data);
  if (!e) naiveEngines.set(data, (e = createNaiveFuse(data, text)));
  return e.search(query, options.limit ?? 10);
}

/** `search()`-shaped MiniSearch baseline (engine built on first use per index). */
export function miniSearch(data: SearchIndexData, text: TextSource, query: string, options: SearchOptions = {}): SearchResults {
  let e = miniEngines.get(data);
  if (!e) miniEngines.set(data, (e = createMiniSearch(data, text)));
  return e.search(query, options.limit ?? 10);
}
