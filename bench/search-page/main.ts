/**
 * The search benchmark page: loads a search index, then for each query simulates the keystroke
 * (sets the input and dispatches `input`), runs the engine on the main thread, renders the hits
 * as list items and forces layout; the time from the input event to laid-out results is recorded.
 * Driven by bench/search.ts through `window.bench`.
 */
import { parsePassages, parseSearchIndex, type SearchIndexData, type SearchResults } from '../../src/search/format';
import { attachPassages, prepareIndex, search, type PreparedSearchIndex } from '../../src/search/query';
import { createMiniSearch, createNaiveFuse, type BaselineEngine } from '../../src/search/baselines';

type EngineName = 'ours' | 'naive' | 'minisearch';

interface QueryRun {
  ms: number;
  top: { people: string[]; organizations: string[]; passages: string[] };
}

let data: SearchIndexData | null = null;
let prepared: PreparedSearchIndex | null = null;
/** Document texts (texts.json of the bench data): the baselines index them; ours marks displayed passages. */
let texts: string[] = [];
const textOf = (d: number) => texts[d];
const engines = new Map<EngineName, BaselineEngine>();

const input = document.getElementById('q') as HTMLInputElement;
const list = document.getElementById('results') as HTMLUListElement;

function title(hit: SearchResults[keyof Pick<SearchResults, 'events' | 'people' | 'organizations' | 'passages'>][number]): string {
  if (hit.group === 'events') return hit.title.text;
  if (hit.group === 'passages') return hit.text.text || hit.documentTitle || '';
  return hit.name.text;
}

function render(r: SearchResults): void {
  list.textContent = '';
  for (const g of ['events', 'people', 'organizations', 'passages'] as const) {
    for (const hit of r[g]) {
      const li = document.createElement('li');
      li.setAttribute('role', 'option');
      li.textContent = title(hit);
      list.appendChild(li);
    }
  }
}

let current: (q: string) => SearchResults = () => {
  throw new Error('no engine');
};
let last: SearchResults | null = null;
input.addEventListener('input', () => {
  last = current(input.value);
  render(last);
});

const tick = () => new Promise<void>((r) => setTimeout(r, 0));

const api = {
  /** Both parts of the index: fetch + JSON parse, validate + decode, prepare (each summed over the two files). */
  async load(url: string): Promise<{ records: number; words: number; fetchMs: number; parseMs: number; prepareMs: number; entitiesMs: number }> {
    const t0 = performance.now();
    const json: unknown = await (await fetch(url)).json();
    const t1 = performance.now();
    data = parseSearchIndex(json);
    const t2 = performance.now();
    prepared = prepareIndex(data, textOf);
    const t3 = performance.now();
    const pjson: unknown = await (await fetch(url.replace(/search-index\.json$/, 'search-passages.json'))).json();
    const t4 = performance.now();
    const table = parsePassages(pjson, data);
    const t5 = performance.now();
    attachPassages(prepared, table);
    const t6 = performance.now();
    engines.clear();
    return {
      records: prepared.bounds.total,
      words: data.vocab.length,
      fetchMs: t1 - t0 + (t4 - t3),
      parseMs: t2 - t1 + (t5 - t4),
      prepareMs: t3 - t2 + (t6 - t5),
      entitiesMs: t3 - t0,
    };
  },
  /** All document texts, in document order (not part of the index; the app fetches them per hit). */
  async loadTexts(url: string): Promise<number> {
    const byId = (await (await fetch(url)).json()) as Record<string, string>;
    texts = (data?.documents ?? []).map((d) => byId[d.id] ?? '');
    return texts.length;
  },
  init(engine: EngineName): number {
    if (!data || !prepared) throw new Error('load an index first');
    const t0 = performance.now();
    if (engine === 'naive' && !engines.has('naive')) engines.set('naive', createNaiveFuse(data, textOf));
    if (engine === 'minisearch' && !engines.has('minisearch')) engines.set('minisearch', createMiniSearch(data, textOf));
    return performance.now() - t0;
  },
  drop(engine: EngineName): void {
    engines.delete(engine);
  },
  async run(engine: EngineName, queries: string[], limit: number, budgetMs: number): Promise<QueryRun[]> {
    const p = prepared;
    if (!p) throw new Error('load an index first');
    const base = engines.get(engine);
    current = engine === 'ours' ? (q) => search(p, q, { limit }) : (q) => base!.search(q, limit);
    if (engine !== 'ours' && !base) throw new Error(`init ${engine} first`);
    const out: QueryRun[] = [];
    const started = performance.now();
    for (const q of queries) {
      if (performance.now() - started > budgetMs) break;
      input.value = '';
      list.textContent = '';
      await tick();
      const t0 = performance.now();
      input.value = q;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      void list.offsetHeight; // style and layout of the rendered results
      const ms = performance.now() - t0;
      const r = last as SearchResults | null;
      out.push({
        ms,
        top: {
          people: (r?.people ?? []).map((h) => h.id),
          organizations: (r?.organizations ?? []).map((h) => h.id),
          passages: (r?.passages ?? []).map((h) => h.documentId),
        },
      });
    }
    return out;
  },
};

(window as unknown as { bench: typeof api }).bench = api;
document.title = 'search bench ready';
