import type { Corpus } from '../model/corpus';
import type { Evidence, ExplorerEvent } from '../model/schema';
import {
  SEARCH_INDEX_FILE,
  SEARCH_INDEX_FORMAT,
  SEARCH_INDEX_VERSION,
  SEARCH_PASSAGES_FILE,
  VarintWriter,
  toBase64,
  type EntityFile,
  type PassageFile,
} from './format';
import { FNV_OFFSET, fnvStep } from './fnv';
import { PassagePostings } from './passage-postings';
import { compareStrings, tokenize } from './text';

/**
 * Search artifacts built at ingest time, as file name (relative to the output folder) → content.
 * Ingest writes them beside the contract files. Pure and deterministic: same corpus, same bytes.
 */
export function buildSearchArtifacts(corpus: Corpus): Record<string, string> {
  const { entities, passages } = buildSearchFiles(corpus);
  return { [SEARCH_INDEX_FILE]: JSON.stringify(entities), [SEARCH_PASSAGES_FILE]: JSON.stringify(passages) };
}

/** Passages longer than this are cut at a word boundary. */
const MAX_PASSAGE = 360;

/** Builds the two search files (see `format.ts`) from a corpus. */
export function buildSearchFiles(corpus: Corpus): { entities: EntityFile; passages: PassageFile } {
  const personIndex = new Map(corpus.people.map((p, i) => [p.id, i]));
  const orgIndex = new Map(corpus.organizations.map((o, i) => [o.id, i]));
  const docIndex = new Map(corpus.documents.map((d, i) => [d.id, i]));
  const orgById = new Map(corpus.organizations.map((o) => [o.id, o]));
  // Names shown for an event, first of each distinct name (as before: deduplicated by name).
  const byName = (ids: string[], index: Map<string, number>, nameOf: (i: number) => string) => {
    const seen = new Set<string>();
    const out: number[] = [];
    for (const id of ids) {
      const i = index.get(id);
      if (i === undefined) continue;
      const name = nameOf(i);
      if (seen.has(name)) continue;
      seen.add(name);
      out.push(i);
    }
    return out;
  };
  const events = corpus.events.map((e) => ({
    id: e.id,
    title: displayTitle(e),
    type: e.type,
    date: e.date,
    endDate: e.endDate,
    place: e.location,
    organizers: byName(e.organizerIds, orgIndex, (i) => corpus.organizations[i]!.name),
    participants: byName(
      e.participants.map((p) => p.personId),
      personIndex,
      (i) => corpus.people[i]!.name,
    ),
    document: docIndex.get(e.documentId) ?? 0,
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
  const eventDeltas = (s: Set<number> | undefined) => deltaEncode([...(s ?? [])].sort((a, b) => a - b));

  const people = corpus.people.map((p) => ({
    id: p.id,
    name: p.name,
    aliases: uniq(p.aliases.filter((a) => a !== p.name)),
    role: latest.get(p.id)?.role ?? null,
    affiliation: latest.get(p.id)?.affiliation ?? null,
    events: eventDeltas(personEvents.get(p.id)),
  }));
  const organizations = corpus.organizations.map((o) => ({
    id: o.id,
    name: o.name,
    aliases: uniq(o.aliases.filter((a) => a !== o.name)),
    kind: o.kind ?? 'organization',
    events: eventDeltas(orgEvents.get(o.id)),
  }));

  const eventsByDoc = new Map<string, Array<{ e: ExplorerEvent; i: number }>>();
  corpus.events.forEach((e, i) => {
    for (const d of new Set([e.documentId, ...e.documentIds])) {
      let list = eventsByDoc.get(d);
      if (!list) eventsByDoc.set(d, (list = []));
      list.push({ e, i });
    }
  });

  // Vocabulary and postings. Entity records: events, people, organizations in this order (so
  // entries stay ascending). An entry is `record * 4 + kind`: kind 0 when the word is in a primary
  // field (title, name, alias), 2 when it is the last word of a person's name or alias (the
  // surname), 1 when it is only in a secondary field (role, place, participants…).
  const entityPostings = new Map<string, number[]>();
  const passagePostings = new PassagePostings();
  const RANK = [1, 0, 2]; // kind → preference (surname > primary > secondary)
  const indexRecord = (record: number, fields: Array<{ texts: Array<string | null | undefined>; kind: 0 | 1; surname?: boolean }>) => {
    const kinds = new Map<string, number>();
    const offer = (word: string, kind: number) => {
      const prev = kinds.get(word);
      if (prev === undefined || RANK[kind]! > RANK[prev]!) kinds.set(word, kind);
    };
    for (const f of fields) {
      for (const t of f.texts) {
        if (!t) continue;
        const toks = tokenize(t);
        toks.forEach(({ word }, i) => offer(word, f.surname && i === toks.length - 1 && toks.length > 1 ? 2 : f.kind));
      }
    }
    for (const [word, kind] of kinds) {
      let list = entityPostings.get(word);
      if (!list) entityPostings.set(word, (list = []));
      list.push(record * 4 + kind);
    }
  };
  const personName = (i: number) => corpus.people[i]!.name;
  const orgName = (i: number) => corpus.organizations[i]!.name;
  let record = 0;
  for (const e of events) {
    indexRecord(record++, [
      { texts: [e.title], kind: 0 },
      { texts: [e.type, e.place, e.date, ...e.organizers.map(orgName), ...e.participants.map(personName)], kind: 1 },
    ]);
  }
  for (const p of people) {
    indexRecord(record++, [
      { texts: [p.name, ...p.aliases], kind: 0, surname: true },
      { texts: [p.role, p.affiliation], kind: 1 },
    ]);
  }
  for (const o of organizations) indexRecord(record++, [{ texts: [o.name, ...o.aliases], kind: 0 }]);

  // Passages: offsets only (document, start, end, event); postings by passage number.
  const meta = new VarintWriter();
  let passageCount = 0;
  let prevDoc = 0;
  corpus.documents.forEach((doc, di) => {
    const text = corpus.texts[doc.id];
    if (typeof text !== 'string') return;
    const docEvents = eventsByDoc.get(doc.id) ?? [];
    const main = docEvents.find(({ e }) => e.documentId === doc.id && !e.referenced) ?? docEvents[0];
    // Each event's evidence spans in this document, gathered once per document.
    const spans = docEvents.map(({ e, i }) => ({ i, spans: evidenceIn(e, doc.id) }));
    let prevEnd = 0;
    // (Pairs read by index, not destructured: each destructuring made an iterator, per passage.)
    for (const passage of segment(text)) {
      const start = passage[0];
      const end = passage[1];
      const ev = firstOverlapping(spans, start, end) ?? main;
      const dd = di - prevDoc;
      if (dd > 0 || passageCount === 0) prevEnd = 0;
      meta.push(dd);
      meta.push(start - prevEnd);
      meta.push(end - start);
      meta.push(ev ? ev.i + 1 : 0);
      prevDoc = di;
      prevEnd = end;
      passagePostings.addPassage(text, start, end, passageCount);
      passageCount++;
    }
  });

  const vocab = [...new Set([...entityPostings.keys(), ...passagePostings.words])].sort(compareStrings);
  const encode = (m: { get(word: string): number[] | undefined }) => {
    const w = new VarintWriter();
    for (const word of vocab) {
      const list = m.get(word) ?? [];
      w.push(list.length);
      let prev = 0;
      for (const v of list) {
        w.push(v - prev);
        prev = v;
      }
    }
    return toBase64(w.bytes());
  };
  const entityPost = encode(entityPostings);
  const passagePost = encode(passagePostings);
  const metaB64 = toBase64(meta.bytes());
  const buildId = fnv1a([String(events.length), String(people.length), String(organizations.length), String(passageCount), String(vocab.length), entityPost, passagePost, metaB64]);

  const entities: EntityFile = {
    format: SEARCH_INDEX_FORMAT,
    version: SEARCH_INDEX_VERSION,
    part: 'entities',
    buildId,
    events: events.map((e) => [e.id, e.title, e.type, e.date, e.endDate, e.place, e.organizers, e.participants, e.document, e.referenced ? 1 : 0]),
    people: people.map((p) => [p.id, p.name, p.aliases, p.role, p.affiliation, p.events]),
    organizations: organizations.map((o) => [o.id, o.name, o.aliases, o.kind, o.events]),
    documents: corpus.documents.map((d) =>
      d.textPath && d.textPath !== `texts/${d.id}.txt` ? [d.id, d.title, d.published, d.textPath] : [d.id, d.title, d.published],
    ),
    passages: passageCount,
    vocab,
    postings: entityPost,
  };
  const passages: PassageFile = {
    format: SEARCH_INDEX_FORMAT,
    version: SEARCH_INDEX_VERSION,
    part: 'passages',
    buildId,
    passages: passageCount,
    words: vocab.length,
    meta: metaB64,
    postings: passagePost,
  };
  return { entities, passages };
}

function deltaEncode(sorted: number[]): number[] {
  let prev = 0;
  return sorted.map((v) => {
    const d = v - prev;
    prev = v;
    return d;
  });
}

/** FNV-1a (32-bit) over the parts, as 8 hex digits: pairs the two files of one build. */
function fnv1a(parts: string[]): string {
  let h = FNV_OFFSET;
  for (const s of parts) {
    for (let i = 0; i < s.length; i++) h = fnvStep(h, s.charCodeAt(i));
    h = fnvStep(h, 0xff); // between parts
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

function displayTitle(e: ExplorerEvent): string {
  if (e.title && e.title.trim()) return e.title.trim();
  const type = e.type.charAt(0).toUpperCase() + e.type.slice(1);
  return e.location ? `${type} in ${e.location}` : type;
}

/**
 * The first event with an evidence span that overlaps `[start, end)`. (Loops, not `find` and `some`
 * with callbacks: those were two closures for every passage of the corpus.)
 */
function firstOverlapping<T extends { spans: Array<[number, number]> }>(events: T[], start: number, end: number): T | undefined {
  for (const x of events) for (const sp of x.spans) if (sp[0] < end && sp[1] > start) return x;
  return undefined;
}

/** `[start, end)` of an event's evidence spans (event, title, date, place, organizers, participants) in one document. */
function evidenceIn(e: ExplorerEvent, docId: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // (By loops, not spreads of `map` and `flatMap` results: those come in more than one elements
  // kind, and each new one sent the optimized evidenceIn back to be compiled again, 6 times.)
  const add = (s: Evidence | null | undefined): void => {
    if (s && s.documentId === docId) out.push([s.start, s.end]);
  };
  add(e.evidence);
  add(e.titleEvidence);
  add(e.dateEvidence);
  add(e.locationEvidence);
  for (const o of e.organizers ?? []) add(o.evidence);
  for (const p of e.participants) {
    add(p.evidence);
    add(p.roleEvidence);
  }
  return out;
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

