/**
 * Query side of search (pure, browser and Node). The recipe of notes/search-performance.md:
 * Fuse.js ranks a SHORTLIST of vocabulary words (chosen by letter-pair overlap) for each query
 * word; the expansions' postings are then scored over all records in typed arrays.
 *
 * Scores are higher-is-better, about 0–1. Highlight ranges index into the strings of the hit.
 */
import Fuse from 'fuse.js';
import {
  emptyResults,
  type EventHit,
  type MarkedText,
  type OrganizationHit,
  type PassageHit,
  type PersonHit,
  type Range,
  type PassageTable,
  type SearchFilters,
  type SearchIndexData,
  type SearchOptions,
  type SearchResults,
} from './format';
import type { ResultGroup } from './groups';
import { parsePassages, parseSearchIndex, SEARCH_INDEX_FILE, SEARCH_PASSAGES_FILE } from './format';
import { letterPairs, soundKey, tokenize, fold } from './text';
import { editDistance } from '../lib/text/editDistance';

/** Characters of the query looked at; the rest is ignored (and `truncated` set). */
export const MAX_QUERY_CHARS = 200;
/** Query words used. */
export const MAX_TERMS = 8;
/** Vocabulary words kept per query word (exact, prefix, fuzzy together). */
const MAX_EXPANSIONS = 16;
/** Vocabulary words handed to Fuse per query word. */
const SHORTLIST = 256;
/** Words scanned for prefix completions per query word. */
const PREFIX_SCAN = 2000;
/** Fuzzy matching starts at this many letters. */
export const MIN_FUZZY_LENGTH = 3;
/** Postings visited per query word before weaker expansions are skipped. */
const MAX_POSTINGS_PER_TERM = 150_000;
/** One-word queries: a person whose surname (last name word) matches ranks before first names. */
const SURNAME_BOOST = 1.04;
/** Weight of a person's or organization's prominence (events it is in): a tie-breaker. */
const PROMINENCE = 0.005;
/** Later query words are skipped once this much time is spent; the answer stays within 200 ms. */
const TIME_BUDGET_MS = 150;
/** Fuzzy matches further than this many edits (by query length) are dropped (`kistafn` ≠ `pakistan`). */
export function maxEdits(length: number): number {
  return length <= 4 ? 1 : length <= 8 ? 2 : 3;
}

/** Text of a document (by index into `documents`) if it is at hand, else undefined. */
export type TextSource = (document: number) => string | undefined;

export interface PreparedSearchIndex {
  data: SearchIndexData;
  vocabIndex: Map<string, number>;
  /** How many passages contain word w (0 until the passage part is attached). */
  passageDf: Uint32Array;
  /** Letter pair → vocab word ids. */
  pairs: Map<string, Uint32Array>;
  /** Sound-alike key → vocab word ids. */
  sounds: Map<string, number[]>;
  /** First record number of each group, then the record count (passages only once attached). */
  bounds: { people: number; organizations: number; passages: number; total: number };
  /** Document texts for passage hits; without it passage hits come back `textPending`. */
  text: TextSource | null;
  /** Per entity record, 0–1: how many events it is in (log scale); breaks near-ties. */
  prominence: Float32Array;
  /** Reused per query: a query allocates no per-record arrays (garbage collection pauses cost frames). */
  scratch: {
    cur: Float32Array;
    acc: Float32Array;
    mask: Uint16Array;
    pairHits: Uint16Array;
    /** Records touched by the current query word, then by any word: each list holds a record once. */
    touched: Int32Array;
    all: Int32Array;
  };
}

const prepared = new WeakMap<SearchIndexData, PreparedSearchIndex>();

/** Derives the letter-pair and sound-alike indexes and the scoring scratch space. */
export function prepareIndex(data: SearchIndexData, text: TextSource | null = null): PreparedSearchIndex {
  const cached = prepared.get(data);
  if (cached) {
    if (text) cached.text = text;
    return cached;
  }
  const V = data.vocab.length;
  const people = data.events.length;
  const organizations = people + data.people.length;
  const passages = organizations + data.organizations.length;

  const vocabIndex = new Map<string, number>();
  const pairLists = new Map<string, number[]>();
  const sounds = new Map<string, number[]>();
  data.vocab.forEach((word, w) => {
    vocabIndex.set(word, w);
    if (word.length < MIN_FUZZY_LENGTH) return;
    for (const pair of new Set(letterPairs(word))) {
      let list = pairLists.get(pair);
      if (!list) pairLists.set(pair, (list = []));
      list.push(w);
    }
    const key = soundKey(word);
    let s = sounds.get(key);
    if (!s) sounds.set(key, (s = []));
    s.push(w);
  });
  const pairs = new Map<string, Uint32Array>();
  for (const [pair, list] of pairLists) pairs.set(pair, Uint32Array.from(list));

  const prominence = new Float32Array(passages);
  let most = 1;
  for (const x of [...data.people, ...data.organizations]) most = Math.max(most, x.events.length);
  data.people.forEach((x, i) => (prominence[organizations - data.people.length + i] = Math.log2(1 + x.events.length) / Math.log2(1 + most)));
  data.organizations.forEach((x, i) => (prominence[passages - data.organizations.length + i] = Math.log2(1 + x.events.length) / Math.log2(1 + most)));

  const p: PreparedSearchIndex = {
    data,
    vocabIndex,
    prominence,
    passageDf: new Uint32Array(V),
    pairs,
    sounds,
    bounds: { people, organizations, passages, total: passages },
    text,
    scratch: {
      cur: new Float32Array(passages),
      acc: new Float32Array(passages),
      mask: new Uint16Array(passages),
      pairHits: new Uint16Array(V),
      touched: new Int32Array(passages),
      all: new Int32Array(passages),
    },
  };
  prepared.set(data, p);
  if (data.passages) attachPassages(p, data.passages);
  return p;
}

/** Adds the passage part (loaded after the entities) to a prepared index. */
export function attachPassages(P: PreparedSearchIndex, table: PassageTable): void {
  P.data.passages = table;
  const V = P.data.vocab.length;
  for (let w = 0; w < V; w++) P.passageDf[w] = table.postStart[w + 1]! - table.postStart[w]!;
  const total = P.bounds.passages + table.count;
  P.bounds = { ...P.bounds, total };
  P.scratch = {
    ...P.scratch,
    cur: new Float32Array(total),
    acc: new Float32Array(total),
    mask: new Uint16Array(total),
    touched: new Int32Array(total),
    all: new Int32Array(total),
  };
}

/** Both files (name → JSON text, as `buildSearchArtifacts` returns them) parsed and prepared: for Node and tests. */
export function loadSearchIndex(files: Record<string, string>, text: TextSource | null = null): PreparedSearchIndex {
  const data = parseSearchIndex(JSON.parse(files[SEARCH_INDEX_FILE] ?? 'null'));
  const P = prepareIndex(data, text);
  const passages = files[SEARCH_PASSAGES_FILE];
  if (passages) attachPassages(P, parsePassages(JSON.parse(passages), data));
  return P;
}

/** Entity + passage postings of word w. */
function docFreq(P: PreparedSearchIndex, w: number): number {
  return P.data.postStart[w + 1]! - P.data.postStart[w]! + P.passageDf[w]!;
}

interface Expansion {
  word: number;
  weight: number;
  /** Letters of the word matched when it is a prefix completion; 0 when the whole word matched. */
  prefix: number;
}

/** The query words: folded, deduplicated, capped; 1-letter words only when alone. */
export function queryTerms(query: string): { terms: string[]; truncated: boolean } {
  if (typeof query !== 'string') return { terms: [], truncated: false };
  let truncated = query.length > MAX_QUERY_CHARS;
  const tokens = tokenize(query.slice(0, MAX_QUERY_CHARS), MAX_TERMS * 4);
  let terms = [...new Set(tokens.map((t) => t.word))];
  if (terms.length > 1) terms = terms.filter((t) => t.length > 1);
  if (terms.length > MAX_TERMS) {
    terms = terms.slice(0, MAX_TERMS);
    truncated = true;
  }
  return { terms, truncated };
}

/** Vocabulary words for a query word; prefix completions only for the word being typed (`completePrefix`). */
function expand(P: PreparedSearchIndex, term: string, completePrefix: boolean): Expansion[] {
  const { vocab } = P.data;
  const best = new Map<number, Expansion>();
  const offer = (word: number, weight: number, prefix = 0) => {
    const prev = best.get(word);
    if (!prev || weight > prev.weight) best.set(word, { word, weight, prefix });
  };
  const df = (w: number) => docFreq(P, w);

  const exact = P.vocabIndex.get(term);
  if (exact !== undefined) offer(exact, 1);

  // Prefix completions (as you type), shortest and commonest first.
  if (completePrefix && term.length >= 2) {
    let lo = 0;
    let hi = vocab.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (vocab[mid]! < term) lo = mid + 1;
      else hi = mid;
    }
    const found: number[] = [];
    for (let i = lo; i < vocab.length && i < lo + PREFIX_SCAN && vocab[i]!.startsWith(term); i++) {
      if (i !== exact) found.push(i);
    }
    found
      .sort((a, b) => vocab[a]!.length - vocab[b]!.length || df(b) - df(a) || a - b)
      .slice(0, MAX_EXPANSIONS)
      .forEach((w) => offer(w, 0.6 + (0.3 * term.length) / vocab[w]!.length, term.length));
  }

  if (term.length >= MIN_FUZZY_LENGTH) {
    // Letter-pair shortlist, then Fuse ranks the shortlist.
    const qPairs = [...new Set(letterPairs(term))];
    const hits = P.scratch.pairHits;
    const touched: number[] = [];
    for (const pair of qPairs) {
      const list = P.pairs.get(pair);
      if (!list) continue;
      for (let i = 0; i < list.length; i++) {
        const w = list[i]!;
        if (hits[w] === 0) touched.push(w);
        hits[w]!++;
      }
    }
    const scored: Array<{ w: number; dice: number }> = [];
    for (const w of touched) {
      const dice = (2 * hits[w]!) / (qPairs.length + vocab[w]!.length + 1);
      hits[w] = 0;
      if (dice >= 0.3) scored.push({ w, dice });
    }
    scored.sort((a, b) => b.dice - a.dice || a.w - b.w);
    const shortlist = scored.slice(0, SHORTLIST).map((s) => s.w);
    if (shortlist.length > 0) {
      const fuse = new Fuse(
        shortlist.map((w) => vocab[w]!),
        // Location 0 with a short distance: a match deep inside a longer word (`kistan` in
        // `pakistan` for `kistafn`) costs more than one at the start.
        { includeScore: true, threshold: 0.4, location: 0, distance: 10, ignoreFieldNorm: true, isCaseSensitive: true },
      );
      for (const r of fuse.search(term, { limit: 32 })) {
        const w = shortlist[r.refIndex]!;
        const word = vocab[w]!;
        // Bitap aligns the query anywhere in the word: `kistafn` matches inside `pakistan`. A
        // real (whole-word) edit distance keeps only near spellings.
        // One more edit is allowed when the words share their first three letters (`kistaev` ~ `kistafin`).
        const allowed = maxEdits(term.length) + (word.startsWith(term.slice(0, 3)) ? 1 : 0);
        if (editDistance(term, word, allowed) > allowed) continue;
        const lenPenalty = (0.5 * Math.abs(word.length - term.length)) / Math.max(word.length, term.length);
        const weight = (1 - (r.score ?? 1)) * 0.8 - lenPenalty;
        if (weight > 0.3) offer(w, weight);
      }
    }
    // Swapped letters (Bitap counts a swap as two errors).
    for (let i = 0; i + 1 < term.length; i++) {
      if (term[i] === term[i + 1]) continue;
      const swapped = term.slice(0, i) + term[i + 1] + term[i] + term.slice(i + 2);
      const w = P.vocabIndex.get(swapped);
      if (w !== undefined) offer(w, 0.72);
    }
    // Sound-alikes (transliteration variants).
    for (const w of P.sounds.get(soundKey(term)) ?? []) offer(w, 0.75);
  }

  return [...best.values()]
    .sort((a, b) => b.weight - a.weight || a.word - b.word)
    .slice(0, MAX_EXPANSIONS);
}

function groupOf(P: PreparedSearchIndex, rec: number): ResultGroup {
  const b = P.bounds;
  return rec < b.people ? 'events' : rec < b.organizations ? 'people' : rec < b.passages ? 'organizations' : 'passages';
}

/** Which events pass the filters (null: no filter). */
function eventFilter(data: SearchIndexData, f: SearchFilters | undefined): Uint8Array | null {
  if (!f || (!f.from && !f.to && !f.type)) return null;
  return Uint8Array.from(data.events, (e) => (dateTypePass(e.date, e.endDate, e.type, f) ? 1 : 0));
}

function dateTypePass(date: string | null, endDate: string | null, type: string | null, f: SearchFilters): boolean {
  if (f.type && type !== f.type) return false;
  if (f.from && (!date || (endDate ?? date) < f.from)) return false;
  if (f.to && (!date || date > f.to)) return false;
  return true;
}

/**
 * Searches the index. Never throws on any string; answers within ~200 ms (query length and words
 * are capped and fuzzy expansion stops when the time budget is spent).
 */
export function search(index: SearchIndexData | PreparedSearchIndex, query: string, options: SearchOptions = {}): SearchResults {
  return searchWithContext(index, query, options).results;
}

/** What `fillPassageTexts` needs to mark passages after the search. */
export interface HitContext {
  terms: string[];
  matchWords: Map<string, { prefix: number; terms: number }>;
}

/** `search`, also returning the matched words (to mark passage texts that arrive later). */
export function searchWithContext(index: SearchIndexData | PreparedSearchIndex, query: string, options: SearchOptions = {}): { results: SearchResults; ctx: HitContext } {
  const started = now();
  const P = 'vocabIndex' in index ? index : prepareIndex(index);
  const { data } = P;
  const q = typeof query === 'string' ? query : '';
  const { terms, truncated } = queryTerms(q);
  const results = emptyResults(q);
  results.truncated = truncated;
  const matchWords = new Map<string, { prefix: number; terms: number }>();
  if (terms.length === 0) return { results, ctx: { terms: [], matchWords } };
  const limit = Math.max(1, Math.min(100, Math.floor(options.limit ?? 10)));

  const { cur, acc, mask, touched, all } = P.scratch;
  let allCount = 0;
  const T = terms.length;
  const table = data.passages;
  const passageCount = table?.count ?? 0;
  const passageBase = P.bounds.passages;
  const logTotal = Math.log(2 + P.bounds.total);
  const usedTerms: string[] = [];
  const { postStart, postData } = data;

  for (let ti = 0; ti < T; ti++) {
    const term = terms[ti]!;
    if (ti > 0 && now() - started > TIME_BUDGET_MS) break;
    usedTerms.push(term);
    let touchedCount = 0;
    let volume = 0;
    // Only the last word is still being typed: earlier words complete no prefixes (`in`, `of`).
    for (const e of expand(P, term, ti === T - 1)) {
      // Bound the work per word: expansions come best first; weaker ones stop when their
      // postings grow too many (the exact word always counts).
      if (e.weight < 1 && volume > MAX_POSTINGS_PER_TERM) break;
      const w = e.word;
      const df = docFreq(P, w);
      volume += df;
      const word = data.vocab[w]!;
      const prev = matchWords.get(word);
      const prefix = prev && (prev.prefix === 0 || e.prefix === 0) ? 0 : Math.max(prev?.prefix ?? 0, e.prefix);
      matchWords.set(word, { prefix, terms: (prev?.terms ?? 0) | (1 << ti) });

      const rarity = 1 + 0.1 * (1 - Math.log(1 + df) / logTotal);
      const primary = e.weight * rarity;
      const byKind = [primary, primary * 0.6, T === 1 ? primary * SURNAME_BOOST : primary, primary];
      for (let k = postStart[w]!, end = postStart[w + 1]!; k < end; k++) {
        const v = postData[k]!;
        const rec = v >>> 2;
        const s = byKind[v & 3]!;
        if (s > cur[rec]!) {
          if (cur[rec] === 0) touched[touchedCount++] = rec;
          cur[rec] = s;
        }
      }
      // In a multiword query, a word found in more than 5% of passages says little about which
      // passage is meant (`for`, `center`): its passage postings are skipped, which keeps 50k
      // reports within budget. The other words still find and rank the passages.
      if (!table || (T > 1 && passageCount >= 20 && P.passageDf[w]! > passageCount / 20)) continue;
      const pd = table.postData;
      for (let k = table.postStart[w]!, end = table.postStart[w + 1]!; k < end; k++) {
        const rec = passageBase + pd[k]!;
        if (primary > cur[rec]!) {
          if (cur[rec] === 0) touched[touchedCount++] = rec;
          cur[rec] = primary;
        }
      }
    }
    for (let i = 0; i < touchedCount; i++) {
      const rec = touched[i]!;
      if (mask[rec] === 0) all[allCount++] = rec;
      acc[rec]! += cur[rec]!;
      mask[rec]! |= 1 << ti;
      cur[rec] = 0;
    }
  }
  results.terms = usedTerms;
  const used = usedTerms.length;

  // Coarse scores per group, filtered.
  const pass = eventFilter(data, options.filters);
  const f = options.filters;
  const anyEvent = (events: number[]) => events.some((i) => pass![i] === 1);
  // Final bonuses (exact name, first + last name, adjacent words) reorder the best candidates:
  // keep enough of them (names tie often: many `Ilham … Aksoy`). Passages get no bonus.
  const names = limit * 4 + 20;
  const candidates: Record<ResultGroup, TopK> = {
    events: new TopK(limit * 2 + 10),
    people: new TopK(names),
    organizations: new TopK(names),
    passages: new TopK(limit),
  };
  for (let i = 0; i < allCount; i++) {
    const rec = all[i]!;
    const m = popcount(mask[rec]!);
    let score = acc[rec]! / (used * 1.1);
    if (m < used) score *= 0.5 * (m / used);
    if (rec < passageBase) score += PROMINENCE * P.prominence[rec]!;
    acc[rec] = 0;
    mask[rec] = 0;
    const g = groupOf(P, rec);
    if (pass && f) {
      const b = P.bounds;
      if (g === 'events' && pass[rec] !== 1) continue;
      if (g === 'people' && !anyEvent(data.people[rec - b.people]!.events)) continue;
      if (g === 'organizations' && !anyEvent(data.organizations[rec - b.organizations]!.events)) continue;
      if (g === 'passages') {
        const i = rec - b.passages;
        const ev = table!.event[i]!;
        const ok = ev >= 0 ? pass[ev] === 1 : dateTypePass(data.documents[table!.document[i]!]?.published ?? null, null, null, f);
        if (!ok) continue;
      }
    }
    candidates[g].push(score, rec);
  }

  // Rescore the best candidates with field-aware bonuses, build hits with highlights.
  const ctx: HitContext = { terms: usedTerms, matchWords };
  for (const g of ['events', 'people', 'organizations', 'passages'] as const) {
    const heap = candidates[g];
    results.totals[g] = heap.seen;
    const ranked = heap.sorted().map(({ rec, score }) => ({ rec, ...rescore(P, g, rec, score, ctx) }));
    ranked.sort((a, b) => b.score - a.score || compareKeys(a.sortKey, b.sortKey));
    // The per-group arrays are typed by group; the cast is safe because makeHit follows `g`.
    (results[g] as unknown[]) = ranked.slice(0, limit).map((r) => makeHit(P, g, r.rec, r.score, ctx));
  }
  return { results, ctx };
}

/**
 * Fills the text and highlights of passage hits that came back `textPending`, from `text`
 * (document index → text). Returns how many are still pending (text not at hand).
 */
export function fillPassageTexts(P: PreparedSearchIndex, results: SearchResults, ctx: HitContext, text: TextSource): number {
  let pending = 0;
  const docIndex = documentIndex(P);
  for (const hit of results.passages) {
    if (!hit.textPending) continue;
    const d = docIndex.get(hit.documentId);
    const t = d === undefined ? undefined : text(d);
    if (t === undefined) {
      pending++;
      continue;
    }
    hit.text = markLabel(t.slice(hit.start, hit.end), ctx).marked;
    hit.textPending = false;
  }
  return pending;
}

/** Document indices of the passage hits still waiting for their text. */
export function pendingDocuments(P: PreparedSearchIndex, results: SearchResults): number[] {
  const docIndex = documentIndex(P);
  const out = new Set<number>();
  for (const hit of results.passages) {
    const d = docIndex.get(hit.documentId);
    if (hit.textPending && d !== undefined) out.add(d);
  }
  return [...out];
}

const docIndexes = new WeakMap<SearchIndexData, Map<string, number>>();
function documentIndex(P: PreparedSearchIndex): Map<string, number> {
  let m = docIndexes.get(P.data);
  if (!m) docIndexes.set(P.data, (m = new Map(P.data.documents.map((d, i) => [d.id, i]))));
  return m;
}

type AnyHit = EventHit | PersonHit | OrganizationHit | PassageHit;

/**
 * A candidate's final score (coarse score plus the label bonuses) and its tie-break key. Only
 * the best `limit` candidates of a group become hits (`makeHit`), so this does no more than the
 * score needs: marking roles, aliases and participants of every candidate (about 100 a query) took
 * about a tenth of a query's time.
 */
function rescore(P: PreparedSearchIndex, g: ResultGroup, rec: number, base: number, ctx: HitContext): { score: number; sortKey: string } {
  const { data } = P;
  const b = P.bounds;
  const label = (text: string) => markLabel(text, ctx).bonus;
  const keyOf = (name: string, id: string) => `${name.length.toString().padStart(6, '0')}${id}`;
  switch (g) {
    case 'events': {
      const e = data.events[rec]!;
      return { score: round(base * 0.8 + label(e.title)), sortKey: keyOf(e.title, e.id) };
    }
    case 'people': {
      const p = data.people[rec - b.people]!;
      return { score: round(base * 0.8 + Math.max(markLabel(p.name, ctx, true).bonus, ...p.aliases.map(label))), sortKey: keyOf(p.name, p.id) };
    }
    case 'organizations': {
      const o = data.organizations[rec - b.organizations]!;
      return { score: round(base * 0.8 + Math.max(label(o.name), ...o.aliases.map(label))), sortKey: keyOf(o.name, o.id) };
    }
    case 'passages':
      return { score: round(base * 0.8), sortKey: String(rec).padStart(10, '0') };
  }
}

/** The hit of a candidate that made its group's top, with its highlights. */
function makeHit(P: PreparedSearchIndex, g: ResultGroup, rec: number, score: number, ctx: HitContext): AnyHit {
  const { data } = P;
  const b = P.bounds;
  if (g === 'events') {
    const e = data.events[rec]!;
    const matched = [...e.organizers, ...e.participants].map((s) => mark(s, ctx)).filter((m) => m.ranges.length > 0);
    return {
      group: 'events',
      id: e.id,
      score,
      title: mark(e.title, ctx),
      type: e.type,
      date: e.date,
      endDate: e.endDate,
      place: e.place ? mark(e.place, ctx) : null,
      matched,
    } satisfies EventHit;
  }
  if (g === 'people') {
    const p = data.people[rec - b.people]!;
    return {
      group: 'people',
      id: p.id,
      score,
      name: mark(p.name, ctx),
      role: p.role ? mark(p.role, ctx) : null,
      affiliation: p.affiliation ? mark(p.affiliation, ctx) : null,
      aliases: p.aliases.map((a) => mark(a, ctx)).filter((m) => m.ranges.length > 0),
    } satisfies PersonHit;
  }
  if (g === 'organizations') {
    const o = data.organizations[rec - b.organizations]!;
    return {
      group: 'organizations',
      id: o.id,
      score,
      name: mark(o.name, ctx),
      kind: o.kind,
      aliases: o.aliases.map((a) => mark(a, ctx)).filter((m) => m.ranges.length > 0),
    } satisfies OrganizationHit;
  }
  const table = data.passages!;
  const i = rec - b.passages;
  const di = table.document[i]!;
  const doc = data.documents[di];
  const ev = table.event[i]! >= 0 ? data.events[table.event[i]!] : undefined;
  const start = table.start[i]!;
  const end = table.end[i]!;
  const full = P.text?.(di);
  return {
    group: 'passages',
    id: `${doc?.id ?? ''}:${start}-${end}`,
    score,
    documentId: doc?.id ?? '',
    documentTitle: doc?.title ?? null,
    start,
    end,
    text: full === undefined ? { text: '', ranges: [] } : mark(full.slice(start, end), ctx),
    textPending: full === undefined,
    eventId: ev?.id ?? null,
    eventTitle: ev?.title ?? null,
    date: ev?.date ?? doc?.published ?? null,
  } satisfies PassageHit;
}

/**
 * Marks the matched words of a label and scores it: 0.2 when it equals the query (folded), else
 * 0.1 per pair of consecutive query words found as adjacent words in it, plus 0.12 when the
 * query's first and last words are the label's first and last (`Shahid Bhatti` for `Shahid Arshad
 * Bhatti`), together at most 0.19. For a person's name (`surname`), a one-word query matching the
 * last word (the surname, the usual way to refer to someone) adds 0.03.
 */
function markLabel(text: string, ctx: HitContext, surname = false): { marked: MarkedText; bonus: number } {
  const toks = tokenize(text);
  const ranges: Range[] = [];
  let bonus = 0;
  let prev: { prefix: number; terms: number } | undefined;
  let first: { prefix: number; terms: number } | undefined;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const m = ctx.matchWords.get(t.word);
    if (m) {
      ranges.push([t.start, m.prefix > 0 ? prefixEnd(text, t.start, t.end, m.prefix) : t.end]);
      if (prev && (prev.terms << 1) & m.terms) bonus += 0.1;
    }
    if (i === 0) first = m;
    prev = m;
  }
  const T = ctx.terms.length;
  const exact = toks.length === T && toks.every((t, i) => t.word === ctx.terms[i]);
  if (exact) return { marked: { text, ranges }, bonus: 0.2 };
  bonus = Math.min(bonus, 0.15);
  const last = toks.length > 0 ? ctx.matchWords.get(toks[toks.length - 1]!.word) : undefined;
  if (T >= 2 && first && last && first.terms & 1 && last.terms & (1 << (T - 1))) bonus += 0.12;
  else if (T === 1 && surname && toks.length > 1 && last) bonus += 0.03;
  return { marked: { text, ranges }, bonus: Math.min(bonus, 0.19) };
}

/** Ranges of `text` to highlight: the words (or completed prefixes) that matched. */
export function mark(text: string, ctx: HitContext): MarkedText {
  return markLabel(text, ctx).marked;
}

/** End offset in `text` of the first `letters` folded letters of the word at [start, end). */
function prefixEnd(text: string, start: number, end: number, letters: number): number {
  let i = start;
  while (i < end) {
    const cp = text.codePointAt(i) ?? 0;
    i += cp > 0xffff ? 2 : 1;
    if (fold(text.slice(start, i)).length >= letters) break;
  }
  // Keep combining marks with their letter.
  while (i < end && /\p{M}/u.test(text.charAt(i))) i++;
  return i;
}

/** The best `k` (score, record) pairs seen: a min-heap on typed arrays, ties to the lower record. */
class TopK {
  private scores: Float64Array;
  private recs: Int32Array;
  private size = 0;
  /** How many were offered. */
  seen = 0;
  constructor(private k: number) {
    this.scores = new Float64Array(k);
    this.recs = new Int32Array(k);
  }
  /** True when (s1, r1) ranks below (s2, r2). */
  private worse(s1: number, r1: number, s2: number, r2: number): boolean {
    return s1 < s2 || (s1 === s2 && r1 > r2);
  }
  push(score: number, rec: number) {
    this.seen++;
    const { scores, recs } = this;
    if (this.size < this.k) {
      let i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.worse(score, rec, scores[parent]!, recs[parent]!)) break;
        scores[i] = scores[parent]!;
        recs[i] = recs[parent]!;
        i = parent;
      }
      scores[i] = score;
      recs[i] = rec;
      return;
    }
    if (!this.worse(scores[0]!, recs[0]!, score, rec)) return;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.size) break;
      const r = l + 1;
      const c = r < this.size && this.worse(scores[r]!, recs[r]!, scores[l]!, recs[l]!) ? r : l;
      if (!this.worse(scores[c]!, recs[c]!, score, rec)) break;
      scores[i] = scores[c]!;
      recs[i] = recs[c]!;
      i = c;
    }
    scores[i] = score;
    recs[i] = rec;
  }
  /** Best first. */
  sorted(): Array<{ rec: number; score: number }> {
    const out: Array<{ rec: number; score: number }> = [];
    for (let i = 0; i < this.size; i++) out.push({ rec: this.recs[i]!, score: this.scores[i]! });
    return out.sort((a, b) => b.score - a.score || a.rec - b.rec);
  }
}

function popcount(x: number): number {
  let c = 0;
  for (; x; x &= x - 1) c++;
  return c;
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}
