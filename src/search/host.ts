/**
 * The search engine host: what the worker runs (and the main-thread fallback, same messages).
 * Loads the entity part of the index, answers queries, then loads the passage part. Within a
 * channel only the newest query is answered; older ones still waiting are dropped (stale
 * keystrokes). Passage hits need their document's text: the first answer comes at once with
 * those hits `textPending`, and a second answer (same id) follows when the texts are fetched
 * (`texts/<id>.txt`, cached; fetched once the query has settled), or when the passage part arrives.
 */
import { parsePassages, parseSearchIndex, SEARCH_PASSAGES_FILE, type SearchResults } from './format';
import type { WorkerRequest, WorkerResponse } from './protocol';
import { attachPassages, fillPassageTexts, pendingDocuments, prepareIndex, searchWithContext, type HitContext, type PreparedSearchIndex } from './query';
import { warmupQueries } from './warmup';

type SearchRequest = Extract<WorkerRequest, { type: 'search' }>;

/** Document texts kept (least recently used dropped first). */
const TEXT_CACHE = 400;
/**
 * How long a query must stay the newest of its channel before its passage texts are fetched:
 * keystrokes typed past never fetch, and no fetch competes with rendering an answer (on a
 * 2-core machine the requests measurably slowed the popup).
 */
const TEXT_FETCH_DELAY_MS = 120;
/** Warm-up work per task, so a real query that arrives meanwhile waits at most this long. */
const WARMUP_SLICE_MS = 4;

/** Runs `fn` in a later macrotask, without timer clamping where MessageChannel exists. */
function nextTask(fn: () => void): void {
  if (typeof MessageChannel === 'undefined') {
    setTimeout(fn, 0);
    return;
  }
  const ch = new MessageChannel();
  ch.port1.onmessage = () => {
    ch.port1.close();
    fn();
  };
  ch.port2.postMessage(null);
}

export interface EngineHost {
  post(req: WorkerRequest): void;
}

export function createEngineHost(respond: (msg: WorkerResponse) => void, fetchFn: typeof fetch = (...a) => fetch(...a)): EngineHost {
  let index: PreparedSearchIndex | null = null;
  let indexUrl = '';
  let loadError: string | null = null;
  let loading = false;
  let passagesReady = false;
  const queued = new Map<string, SearchRequest>();
  /** Newest request per channel (answered or not). */
  const newest = new Map<string, number>();
  /** Answered but not final (waiting for texts or passages), newest per channel. */
  const unfinished = new Map<string, { req: SearchRequest; results: SearchResults; ctx: HitContext }>();
  let scheduled = false;
  /** Warm-up queries still to run (only while no real query waits). */
  let warmup: string[] = [];
  const texts = new Map<number, string>();
  const fetching = new Map<number, Promise<void>>();

  /** A data file's URL (relative to the index file's folder). */
  const resolve = (rel: string) => new URL(rel, new URL(indexUrl, globalThis.location?.href ?? 'http://localhost/')).href;
  const text = (d: number): string | undefined => {
    const t = texts.get(d);
    if (t !== undefined) {
      texts.delete(d);
      texts.set(d, t);
    }
    return t;
  };

  async function load(url: string) {
    if (loading || index) return;
    loading = true;
    indexUrl = url;
    const t0 = performance.now();
    try {
      const res = await fetchFn(url);
      if (!res.ok) throw new Error(`could not load the search index (HTTP ${res.status})`);
      const data = parseSearchIndex(await res.json());
      index = prepareIndex(data, text);
      respond({ type: 'ready', records: index.bounds.total, words: data.vocab.length, loadMs: Math.round(performance.now() - t0), passages: false });
      warmup = warmupQueries(data.vocab);
      schedule();
    } catch (e) {
      loadError = e instanceof Error ? e.message : String(e);
      respond({ type: 'load-error', message: loadError });
      for (const req of queued.values()) respond({ type: 'error', id: req.id, message: loadError });
      queued.clear();
      return;
    } finally {
      loading = false;
    }
    await loadPassages(t0);
  }

  async function loadPassages(t0: number) {
    const P = index!;
    try {
      const res = await fetchFn(resolve(SEARCH_PASSAGES_FILE));
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      attachPassages(P, parsePassages(await res.json(), P.data));
    } catch (e) {
      // Entities stay searchable; passages are simply absent.
      console.warn(`search: passages not loaded (${e instanceof Error ? e.message : String(e)})`);
    }
    passagesReady = true;
    respond({ type: 'ready', records: P.bounds.total, words: P.data.vocab.length, loadMs: Math.round(performance.now() - t0), passages: true });
    // Again with passages: their scoring loops are new code too.
    warmup = warmupQueries(P.data.vocab);
    // Re-answer what was answered without passages.
    for (const [channel, u] of unfinished) {
      unfinished.delete(channel);
      if (!queued.has(channel) && newest.get(channel) === u.req.id) queued.set(channel, u.req);
    }
    schedule();
  }

  function schedule() {
    if (scheduled || (queued.size === 0 && warmup.length === 0) || !index) return;
    scheduled = true;
    // A macrotask later, so keystrokes already queued replace the ones waiting here (a message
    // port rather than setTimeout, which browsers may clamp to 4 ms).
    nextTask(run);
  }

  function run() {
    scheduled = false;
    const P = index;
    if (!P) return;
    if (queued.size === 0) {
      runWarmup(P);
      return;
    }
    const reqs = [...queued.values()];
    queued.clear();
    for (const req of reqs) {
      try {
        const { results, ctx } = searchWithContext(P, req.query, req.options);
        const docs = pendingDocuments(P, results);
        const partial = docs.length > 0 || !passagesReady;
        respond({ type: 'result', id: req.id, results, partial });
        if (!partial) continue;
        unfinished.set(req.channel, { req, results, ctx });
        if (docs.length > 0) fetchTextsOnceSettled(P, req.channel, req.id, docs);
      } catch (e) {
        respond({ type: 'error', id: req.id, message: e instanceof Error ? e.message : String(e) });
      }
    }
  }

  /** A slice of the warm-up; the next slice runs a task later, after any real query. */
  function runWarmup(P: PreparedSearchIndex) {
    const started = performance.now();
    while (warmup.length > 0 && performance.now() - started < WARMUP_SLICE_MS) searchWithContext(P, warmup.shift()!, { limit: 5 });
    schedule();
  }

  /** Fetches a request's texts, then finishes it, if it is still the newest after TEXT_FETCH_DELAY_MS. */
  function fetchTextsOnceSettled(P: PreparedSearchIndex, channel: string, id: number, docs: number[]) {
    setTimeout(() => {
      if (newest.get(channel) === id) void fetchTexts(P, docs).then(() => finish(P, channel, id));
    }, TEXT_FETCH_DELAY_MS);
  }

  /** Sends the final answer of a request whose texts arrived (if it is still the newest and passages are in). */
  function finish(P: PreparedSearchIndex, channel: string, id: number) {
    const u = unfinished.get(channel);
    if (!u || u.req.id !== id || newest.get(channel) !== id || !passagesReady) return;
    fillPassageTexts(P, u.results, u.ctx, (d) => texts.get(d) ?? '');
    unfinished.delete(channel);
    respond({ type: 'result', id, results: u.results, partial: false });
  }

  function fetchTexts(P: PreparedSearchIndex, docs: number[]): Promise<unknown> {
    return Promise.all(
      docs.map((d) => {
        if (texts.has(d)) return undefined;
        let f = fetching.get(d);
        if (!f) {
          const path = P.data.documents[d]?.textPath ?? '';
          f = fetchFn(resolve(path))
            .then((r) => (r.ok ? r.text() : ''))
            .catch(() => '')
            .then((t) => {
              texts.set(d, t);
              while (texts.size > TEXT_CACHE) texts.delete(texts.keys().next().value!);
            })
            .finally(() => fetching.delete(d));
          fetching.set(d, f);
        }
        return f;
      }),
    );
  }

  return {
    post(msg) {
      if (msg.type === 'load') {
        void load(msg.url);
        return;
      }
      if (loadError) {
        respond({ type: 'error', id: msg.id, message: loadError });
        return;
      }
      const prev = queued.get(msg.channel);
      if (prev) respond({ type: 'dropped', id: prev.id });
      newest.set(msg.channel, msg.id);
      unfinished.delete(msg.channel);
      queued.set(msg.channel, msg);
      schedule();
    },
  };
}
