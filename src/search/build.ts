import type { Corpus } from '../model/corpus';
import type { ExplorerEvent } from '../model/schema';
import {
  SEARCH_INDEX_FILE,
  SEARCH_INDEX_FORMAT,
  SEARCH_INDEX_VERSION,
  type DocumentRecord,
  type EventRecord,
  type OrganizationRecord,
  type PassageRecord,
  type PersonRecord,
  type SearchIndexData,
} from './format';
import { compareStrings, tokenize } from './text';

/**
 * Search artifacts built at ingest time, as file name (relative to the output folder) → content.
 * Ingest writes them beside the contract files. Pure and deterministic: same corpus, same bytes.
 */
export function buildSearchArtifacts(corpus: Corpus): Record<string, string> {
  return { [SEARCH_INDEX_FILE]: JSON.stringify(buildSearchIndex(corpus)) };
}

/** Passages longer than this are cut at a word boundary. */
const MAX_PASSAGE = 360;

/** Builds the search index (see `format.ts`) from a corpus. */
export function buildSearchIndex(corpus: Corpus): SearchIndexData {
  const personById = new Map(corpus.people.map((p) => [p.id, p]));
  const orgById = new Map(corpus.organizations.map((o) => [o.id, o]));

  const events: EventRecord[] = corpus.events.map((e) => ({
    id: e.id,
    title: displayTitle(e),
    type: e.type,
    date: e.date,
    endDate: e.endDate,
    place: e.location,
    organizers: uniq(e.organizerIds.map((id) => orgById.get(id)?.name).filter(isString)),
    participants: uniq(e.participants.map((p) => personById.get(p.personId)?.name).filter(isString)),
    documentId: e.documentId,
    referenced: e.referenced,
  }));

  // People: latest role/affiliation (by event date, then event id), and the events they are in.
  const personEvents = new Map<string, Set<number>>();
  const orgEvents = new Map<string, Set<number>>();
  const latest = new Map<string, { key: string; role: string | null; affiliation: string | null }>();
  const addTo = (m: Map<string, Set<number>>, id: string, i: number) => {
    let s = m.get(id);
    if (!s) m.set(id, (s = new Set()));
    s.add(i);
  };
  corpus.events.forEach((e, i) => {
    for (const id of e.organizerIds) addTo(orgEvents, id, i);
    for (const p of e.participants) {
      addTo(personEvents, p.personId, i);
      if (p.organizationId) addTo(orgEvents, p.organizationId, i);
      if (!p.role && !p.organizationId) continue;
      const key = `${e.date ?? '0000-00-00'}\u0000${e.id}`;
      const prev = latest.get(p.personId);
      if (!prev || compareStrings(key, prev.key) > 0) {
        const affiliation = p.organizationId ? (orgById.get(p.organizationId)?.name ?? null) : null;
        latest.set(p.personId, { key, role: p.role, affiliation });
      }
    }
  });
  const sortedIndices = (s: Set<number> | undefined) => [...(s ?? [])].sort((a, b) => a - b);

  const people: PersonRecord[] = corpus.people.map((p) => ({
    id: p.id,
    name: p.name,
    aliases: uniq(p.aliases.filter((a) => a !== p.name)),
    role: latest.get(p.id)?.role ?? null,
    affiliation: latest.get(p.id)?.affiliation ?? null,
    events: sortedIndices(personEvents.get(p.id)),
  }));
  const organizations: OrganizationRecord[] = corpus.organizations.map((o) => ({
    id: o.id,
    name: o.name,
    aliases: uniq(o.aliases.filter((a) => a !== o.name)),
    kind: o.kind ?? 'organization',
    events: sortedIndices(orgEvents.get(o.id)),
  }));
  const documents: DocumentRecord[] = corpus.documents.map((d) => ({ id: d.id, title: d.title, published: d.published }));

  const eventsByDoc = new Map<string, Array<{ e: ExplorerEvent; i: number }>>();
  corpus.events.forEach((e, i) => {
    for (const d of new Set([e.documentId, ...e.documentIds])) {
      let list = eventsByDoc.get(d);
      if (!list) eventsByDoc.set(d, (list = []));
      list.push({ e, i });
    }
  });
  const passages: PassageRecord[] = [];
  corpus.documents.forEach((doc, di) => {
    const text = corpus.texts[doc.id];
    if (typeof text !== 'string') return;
    const docEvents = eventsByDoc.get(doc.id) ?? [];
    const main = docEvents.find(({ e }) => e.documentId === doc.id && !e.referenced) ?? docEvents[0];
    for (const [start, end] of segment(text)) {
      const overlapping = docEvents.find(({ e }) => eventTouches(e, doc.id, start, end));
      const ev = overlapping ?? main;
      passages.push({ document: di, start, end, text: text.slice(start, end), event: ev ? ev.i : -1 });
    }
  });

  // Vocabulary and postings. Records: events, people, organizations, passages in this order.
  // Each record indexes its primary fields first, so a word's first entry for a record decides
  // whether it counts as primary (entries stay ascending because records are visited in order).
  const wordRecords = new Map<string, number[]>();
  let record = 0;
  const index = (texts: Array<string | null | undefined>, secondary: 0 | 1) => {
    for (const t of texts) {
      if (!t) continue;
      for (const { word } of tokenize(t)) {
        let list = wordRecords.get(word);
        if (!list) wordRecords.set(word, (list = []));
        const last = list[list.length - 1];
        if (last === undefined || last >>> 1 !== record) list.push(record * 2 + secondary);
      }
    }
  };
  for (const e of events) {
    index([e.title], 0);
    index([e.type, e.place, e.date, ...e.organizers, ...e.participants], 1);
    record++;
  }
  for (const p of people) {
    index([p.name, ...p.aliases], 0);
    index([p.role, p.affiliation], 1);
    record++;
  }
  for (const o of organizations) {
    index([o.name, ...o.aliases], 0);
    record++;
  }
  for (const p of passages) {
    index([p.text], 0);
    record++;
  }
  const vocab = [...wordRecords.keys()].sort(compareStrings);
  const postings = vocab.map((w) => {
    const entries = wordRecords.get(w) ?? [];
    let prev = 0;
    return entries.map((v) => {
      const d = v - prev;
      prev = v;
      return d;
    });
  });

  return {
    format: SEARCH_INDEX_FORMAT,
    version: SEARCH_INDEX_VERSION,
    events,
    people,
    organizations,
    documents,
    passages,
    vocab,
    postings,
  };
}

function displayTitle(e: ExplorerEvent): string {
  if (e.title && e.title.trim()) return e.title.trim();
  const type = e.type.charAt(0).toUpperCase() + e.type.slice(1);
  return e.location ? `${type} in ${e.location}` : type;
}

function eventTouches(e: ExplorerEvent, docId: string, start: number, end: number): boolean {
  const spans = [
    e.evidence,
    e.titleEvidence,
    e.dateEvidence,
    e.locationEvidence,
    ...(e.organizers ?? []).map((o) => o.evidence),
    ...e.participants.flatMap((p) => [p.evidence, p.roleEvidence]),
  ];
  return spans.some((s) => s && s.documentId === docId && s.start < end && s.end > start);
}

/**
 * Sentences of a text as `[start, end)` offsets, trimmed, none longer than MAX_PASSAGE (long
 * ones are cut at a space), and only those containing a letter.
 */
export function segment(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text.charAt(s))) s++;
    while (e > s && /\s/.test(text.charAt(e - 1))) e--;
    if (e <= s) return;
    while (e - s > MAX_PASSAGE) {
      let cut = text.lastIndexOf(' ', s + MAX_PASSAGE);
      if (cut <= s + MAX_PASSAGE / 2) cut = s + MAX_PASSAGE;
      if (/\p{L}/u.test(text.slice(s, cut))) out.push([s, cut]);
      s = cut;
      while (s < e && /\s/.test(text.charAt(s))) s++;
    }
    if (e > s && /\p{L}/u.test(text.slice(s, e))) out.push([s, e]);
  };
  // A sentence ends at . ! ? (plus closing quotes/brackets) before whitespace, or at a line break.
  const boundary = /[.!?]["'”’»)\]]*(?=\s)|\n/g;
  let start = 0;
  for (let m = boundary.exec(text); m !== null; m = boundary.exec(text)) {
    const end = m.index + m[0].length;
    push(start, end);
    start = end;
  }
  push(start, text.length);
  return out;
}

function uniq(xs: string[]): string[] {
  return [...new Set(xs)];
}

function isString(x: string | undefined): x is string {
  return typeof x === 'string';
}
