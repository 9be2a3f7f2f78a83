/**
 * Baselines for the search benchmark, with the engine's result shape (ids and titles are what the
 * benchmark reads): naive Fuse.js over whole records, and MiniSearch with fuzzy 0.2 + prefix.
 * Used when src/search/baselines.ts is absent.
 */
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { emptyResults, type SearchIndexData, type SearchResults } from '../../src/search/format';

interface Rec {
  group: 'events' | 'people' | 'organizations' | 'passages';
  i: number;
  id: string;
  title: string;
  text: string;
}

function records(data: SearchIndexData): Rec[] {
  const out: Rec[] = [];
  data.events.forEach((e, i) =>
    out.push({ group: 'events', i, id: e.id, title: e.title, text: [e.type, e.place ?? '', ...e.organizers, ...e.participants].join(' ') }),
  );
  data.people.forEach((p, i) => out.push({ group: 'people', i, id: p.id, title: p.name, text: [...p.aliases, p.role ?? '', p.affiliation ?? ''].join(' ') }));
  data.organizations.forEach((o, i) => out.push({ group: 'organizations', i, id: o.id, title: o.name, text: o.aliases.join(' ') }));
  data.passages.forEach((p, i) => out.push({ group: 'passages', i, id: data.documents[p.document]?.id ?? '', title: '', text: p.text }));
  return out;
}

function toResults(query: string, hits: Array<{ rec: Rec; score: number }>, limit: number): SearchResults {
  const r = emptyResults(query);
  for (const { rec, score } of hits) {
    r.totals[rec.group]++;
    const list = r[rec.group] as unknown[];
    if (list.length >= limit) continue;
    const mark = { text: rec.title || rec.text.slice(0, 120), ranges: [] };
    if (rec.group === 'people') r.people.push({ group: 'people', id: rec.id, score, name: mark, role: null, affiliation: null, aliases: [] } as never);
    else if (rec.group === 'organizations') r.organizations.push({ group: 'organizations', id: rec.id, score, name: mark, kind: 'organization', aliases: [] });
    else if (rec.group === 'events') r.events.push({ group: 'events', id: rec.id, score, title: mark, type: '', date: null, endDate: null, place: null, matched: [] } as never);
    else
      r.passages.push({ group: 'passages', id: `${rec.id}:${rec.i}`, score, documentId: rec.id, documentTitle: null, start: 0, end: 0, text: mark, eventId: null, eventTitle: null, date: null });
  }
  return r;
}

export interface BaselineEngine {
  search(query: string, limit: number): SearchResults;
}

/** Fuse.js over every record, body text included (the "just use Fuse" approach). */
export function createNaiveFuse(data: SearchIndexData): BaselineEngine {
  const recs = records(data);
  const fuse = new Fuse(recs, { keys: [{ name: 'title', weight: 2 }, 'text'], ignoreLocation: true, includeScore: true, threshold: 0.35 });
  return {
    search(query, limit) {
      const hits = fuse.search(query).map((h) => ({ rec: h.item, score: 1 - (h.score ?? 1) }));
      return toResults(query, hits, limit);
    },
  };
}

/** MiniSearch with fuzzy 0.2 and prefix matching, title boosted. */
export function createMiniSearch(data: SearchIndexData): BaselineEngine {
  const recs = records(data);
  const ms = new MiniSearch<Rec & { key: number }>({ idField: 'key', fields: ['title', 'text'], storeFields: [] });
  ms.addAll(recs.map((r, key) => ({ ...r, key })));
  return {
    search(query, limit) {
      const hits = ms.search(query, { fuzzy: 0.2, prefix: true, boost: { title: 2 } }).map((h) => ({ rec: recs[h.id as number]!, score: h.score }));
      return toResults(query, hits, limit);
    },
  };
}
