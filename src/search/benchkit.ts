/**
 * Pieces for a search benchmark (Node side; nothing here is used by the app): a deterministic
 * synthetic corpus of N reports, typo and clean queries with their expected record, and a runner
 * that measures p50/p95 latency and hit@5 for the engine and the baselines on the same index.
 */
import type { Corpus } from '../model/corpus';
import type { ExplorerEvent, Organization, Person } from '../model/schema';
import { createMiniSearch, createNaiveFuse } from './baselines';
import { buildSearchArtifacts } from './build';
import type { SearchIndexData, SearchResults } from './format';
import type { ResultGroup } from './groups';
import { loadSearchIndex, search } from './query';

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ONSETS = ['b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'sh', 'kh', 'ch', 'zh', 'y'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ia'];
const CODAS = ['', '', 'n', 'r', 'm', 'k', 'l', 'st', 'v', 'z'];
const FIRST = ['Yerlan', 'Farhat', 'Rashid', 'Ayesha', 'Muhammad', 'Sohail', 'Nadia', 'Timur', 'Aigerim', 'Imran', 'Dinara', 'Kamran', 'Saule', 'Bilal', 'Zarina', 'Tariq'];
const ORG_HEADS = ['Institute of', 'Center for', 'Council on', 'Academy of', 'Foundation for', 'Forum for'];
const ORG_TOPICS = ['Strategic Studies', 'Peace and Diplomacy', 'Public Policy', 'Regional Affairs', 'Economic Research', 'Security Studies', 'Energy Transition', 'Trade and Connectivity'];
const TYPES = ['round table', 'conference', 'seminar', 'webinar', 'forum', 'briefing', 'lecture', 'workshop'] as const;
const CITIES = ['Islamabad', 'Astana', 'Tashkent', 'Lahore', 'Almaty', 'Karachi', 'Bishkek', 'Dushanbe'];
const FILLER =
  'the participants discussed regional cooperation security trade connectivity energy climate diplomacy agenda dialogue partnership investment infrastructure education culture humanitarian development initiatives challenges opportunities priorities member countries expert community analysts students representatives organization chairmanship summit results strengthening interaction'.split(
    ' ',
  );

function surname(r: () => number): string {
  const syl = 2 + Math.floor(r() * 2);
  let s = '';
  for (let i = 0; i < syl; i++) s += ONSETS[Math.floor(r() * ONSETS.length)]! + VOWELS[Math.floor(r() * VOWELS.length)]! + (i === syl - 1 ? CODAS[Math.floor(r() * CODAS.length)]! : '');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A corpus of `n` reports (one event each, 3–6 speakers, 2–3 organizers, ~`bodyChars` of text). */
export function syntheticCorpus(n: number, seed = 1, bodyChars = 2500): Corpus {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const seen = new Set<string>();
  const people: Person[] = [];
  const nPeople = Math.max(10, Math.round(n * 1.5));
  while (people.length < nPeople) {
    const name = `${pick(FIRST)} ${surname(r)}`;
    if (seen.has(name)) continue;
    seen.add(name);
    people.push({ id: `p${people.length}`, name, aliases: [] });
  }
  const organizations: Organization[] = [];
  const nOrgs = Math.max(5, Math.round(n / 5));
  for (let i = 0; i < nOrgs; i++) {
    organizations.push({ id: `o${i}`, name: `${surname(r)} ${pick(ORG_HEADS)} ${pick(ORG_TOPICS)}`, aliases: [] });
  }
  const corpus: Corpus = { documents: [], events: [], people, organizations, texts: {} };
  for (let d = 0; d < n; d++) {
    const id = `d${d}`;
    const speakers = Array.from({ length: 3 + Math.floor(r() * 4) }, () => pick(people));
    const orgs = Array.from({ length: 2 + Math.floor(r() * 2) }, () => pick(organizations));
    const type = pick(TYPES);
    const city = pick(CITIES);
    const date = `20${10 + Math.floor(r() * 15)}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
    const title = `${type} on ${pick(FILLER)} and ${pick(FILLER)} in ${city}`;
    const sentences = [`The ${orgs.map((o) => o.name).join(' and the ')} organized a ${type} in ${city}.`];
    for (const s of speakers) sentences.push(`${s.name} spoke about ${pick(FILLER)} ${pick(FILLER)} and ${pick(FILLER)}.`);
    let text = sentences.join(' ');
    while (text.length < bodyChars) text += ` The ${pick(FILLER)} ${pick(FILLER)} ${pick(FILLER)} of ${pick(FILLER)} ${pick(FILLER)} was ${pick(FILLER)}.`;
    corpus.texts[id] = text;
    corpus.documents.push({ id, file: `${id}.txt`, url: null, title, published: date, personIds: [], organizationIds: [], eventIds: [`e${d}`], textPath: `texts/${id}.txt`, textLength: text.length });
    const ev = { documentId: id, start: 0, end: 10 };
    const event: ExplorerEvent = {
      id: `e${d}`,
      documentId: id,
      documentIds: [id],
      title,
      type,
      date,
      endDate: null,
      dateSource: 'text',
      location: city,
      organizerIds: [...new Set(orgs.map((o) => o.id))],
      participants: [...new Set(speakers)].map((s) => ({ personId: s.id, role: 'Director', organizationId: null, capacity: 'speaker', evidence: ev })),
      referenced: false,
      evidence: ev,
    };
    corpus.events.push(event);
  }
  return corpus;
}

export interface BenchQuery {
  query: string;
  group: ResultGroup;
  /** The record id expected in the top 5 of `group`. */
  expect: string;
  typo: boolean;
}

/** One typo inside a word (never in its first letter): deletion, substitution, swap or insertion. */
function typo(word: string, r: () => number): string {
  const i = 1 + Math.floor(r() * (word.length - 2));
  switch (Math.floor(r() * 4)) {
    case 0:
      return word.slice(0, i) + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + (word[i] === 'e' ? 'a' : 'e') + word.slice(i + 1);
    case 2:
      return word.slice(0, i) + (word[i + 1] ?? '') + word[i] + word.slice(i + 2);
    default:
      return word.slice(0, i) + 'a' + word.slice(i);
  }
}

/** `count` queries: half with one typo in a surname (alone or with the first name), half clean. */
export function syntheticQueries(corpus: Corpus, count: number, seed = 2): BenchQuery[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const out: BenchQuery[] = [];
  // Only people who take part in events (they appear in the text too).
  const active = [...new Set(corpus.events.flatMap((e) => e.participants.map((p) => p.personId)))].sort();
  const byId = new Map(corpus.people.map((p) => [p.id, p]));
  for (let i = 0; i < count; i++) {
    const person = byId.get(pick(active))!;
    const [first, last] = person.name.split(' ') as [string, string];
    const kind = i % 6;
    if (kind === 0) out.push({ query: typo(last, r), group: 'people', expect: person.id, typo: true });
    else if (kind === 1) out.push({ query: `${first} ${typo(last, r)}`, group: 'people', expect: person.id, typo: true });
    else if (kind === 2) out.push({ query: typo(last, r).toLowerCase(), group: 'people', expect: person.id, typo: true });
    else if (kind === 3) out.push({ query: last, group: 'people', expect: person.id, typo: false });
    else if (kind === 4) {
      const org = pick(corpus.organizations);
      out.push({ query: org.name.split(' ').slice(0, 3).join(' '), group: 'organizations', expect: org.id, typo: false });
    } else out.push({ query: `${first} ${last.slice(0, Math.min(last.length, 3 + Math.floor(r() * 3)))}`, group: 'people', expect: person.id, typo: false });
  }
  return out;
}

export type Engine = (query: string) => SearchResults;

export interface EngineStats {
  engine: string;
  buildMs: number;
  p50: number;
  p95: number;
  max: number;
  recallAt5: number;
  typoRecallAt5: number;
  queries: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Runs `queries` through `engine` (after a short warm-up) and measures latency and hit@5. */
export function measure(name: string, engine: Engine, queries: BenchQuery[], buildMs = 0, maxTotalMs = Infinity): EngineStats {
  for (const q of queries.slice(0, 5)) engine(q.query);
  const times: number[] = [];
  let hits = 0;
  let typoHits = 0;
  let typos = 0;
  const started = performance.now();
  for (const q of queries) {
    const t0 = performance.now();
    const r = engine(q.query);
    times.push(performance.now() - t0);
    const ok = r[q.group].slice(0, 5).some((h) => h.id === q.expect);
    if (ok) hits++;
    if (q.typo) {
      typos++;
      if (ok) typoHits++;
    }
    if (performance.now() - started > maxTotalMs) break;
  }
  times.sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    engine: name,
    buildMs: Math.round(buildMs),
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    max: round(times[times.length - 1] ?? 0),
    recallAt5: round(hits / times.length),
    typoRecallAt5: round(typos ? typoHits / typos : 0),
    queries: times.length,
  };
}

export interface BenchOptions {
  n: number;
  queries?: number;
  seed?: number;
  bodyChars?: number;
  engines?: Array<'ours' | 'naive' | 'minisearch'>;
  /** Stop an engine after this much total query time (naive Fuse is slow at scale). */
  maxTotalMs?: number;
}

/** Builds a synthetic corpus and index of `n` reports and measures each engine on it. */
export function runSearchBenchmark(o: BenchOptions): { records: number; words: number; indexBuildMs: number; indexBytes: number | null; stats: EngineStats[] } {
  const corpus = syntheticCorpus(o.n, o.seed ?? 1, o.bodyChars ?? 2500);
  const queries = syntheticQueries(corpus, o.queries ?? 200, (o.seed ?? 1) + 1);
  let t0 = performance.now();
  const files = buildSearchArtifacts(corpus);
  const indexBuildMs = performance.now() - t0;
  const docs = corpus.documents;
  const text = (d: number) => corpus.texts[docs[d]?.id ?? ''];
  const p = loadSearchIndex(files, text);
  const data: SearchIndexData = p.data;
  const stats: EngineStats[] = [];
  for (const name of o.engines ?? ['ours', 'minisearch', 'naive']) {
    t0 = performance.now();
    let engine: Engine;
    if (name === 'ours') {
      engine = (q) => search(p, q, { limit: 10 });
    } else if (name === 'naive') {
      const e = createNaiveFuse(data, text);
      engine = (q) => e.search(q, 10);
    } else {
      const e = createMiniSearch(data, text);
      engine = (q) => e.search(q, 10);
    }
    stats.push(measure(name, engine, queries, performance.now() - t0, o.maxTotalMs));
  }
  const records = data.events.length + data.people.length + data.organizations.length + (data.passages?.count ?? 0);
  return { records, words: data.vocab.length, indexBuildMs: Math.round(indexBuildMs), indexBytes: Object.values(files).reduce((n, s) => n + s.length, 0), stats };
}
