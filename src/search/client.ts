/// <reference types="vite/client" />
/**
 * Browser search client: runs queries in a Web Worker (falls back to the main thread only when
 * Workers are unavailable or fail to start). Per channel, a newer query makes older ones stale:
 * their promises resolve to `null` and the worker skips them if it has not started them yet.
 */
import type { SearchOptions, SearchResults } from './format';
import type { WorkerRequest, WorkerResponse } from './protocol';

export type SearchStatus = 'loading' | 'ready' | 'error';

export interface SearchClient {
  /** Resolves to the results, or `null` when a newer query on the same channel replaced it. */
  search(query: string, options?: SearchOptions, channel?: string): Promise<SearchResults | null>;
  status(): SearchStatus;
  error(): string | null;
  /** Called when the status changes; returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

interface Pending {
  channel: string;
  query: string;
  options: SearchOptions;
  resolve: (r: SearchResults | null) => void;
  reject: (e: Error) => void;
}

/** Where the index is served: `${BASE_URL}data/search-index.json`. */
export function searchIndexUrl(): string {
  const base = import.meta.env.BASE_URL ?? '/';
  return new URL(`${base}data/search-index.json`, globalThis.location?.href ?? 'http://localhost/').href;
}

let shared: SearchClient | null = null;

/** The app-wide client (one worker, one index). */
export function getSearchClient(): SearchClient {
  shared ??= createSearchClient(searchIndexUrl());
  return shared;
}

export function createSearchClient(url: string): SearchClient {
  let status: SearchStatus = 'loading';
  let errorMessage: string | null = null;
  const listeners = new Set<() => void>();
  const pending = new Map<number, Pending>();
  const latest = new Map<string, number>();
  let nextId = 1;
  let worker: Worker | null = null;
  let fallback: ReturnType<typeof mainThreadEngine> | null = null;

  const setStatus = (s: SearchStatus, message: string | null = null) => {
    status = s;
    errorMessage = message;
    for (const l of listeners) l();
  };

  const settle = (id: number, fn: (p: Pending) => void) => {
    const p = pending.get(id);
    if (!p) return;
    pending.delete(id);
    fn(p);
  };

  const onResponse = (msg: WorkerResponse) => {
    switch (msg.type) {
      case 'ready':
        setStatus('ready');
        break;
      case 'load-error':
        setStatus('error', msg.message);
        break;
      case 'result':
        settle(msg.id, (p) => p.resolve(latest.get(p.channel) === msg.id ? msg.results : null));
        break;
      case 'dropped':
        settle(msg.id, (p) => p.resolve(null));
        break;
      case 'error':
        settle(msg.id, (p) => p.reject(new Error(msg.message)));
        break;
    }
  };

  const switchToFallback = () => {
    worker?.terminate();
    worker = null;
    fallback = mainThreadEngine(url, onResponse);
    // Re-issue what the worker had not answered.
    for (const [id, p] of pending) fallback.post({ type: 'search', id, channel: p.channel, query: p.query, options: p.options });
  };

  try {
    if (typeof Worker === 'undefined') throw new Error('no Worker');
    worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'search' });
    worker.onmessage = (ev: MessageEvent<WorkerResponse>) => onResponse(ev.data);
    // A worker that cannot start (blocked, module workers unsupported) reports an error event.
    worker.onerror = (ev) => {
      ev.preventDefault();
      if (status === 'loading') switchToFallback();
    };
    worker.postMessage({ type: 'load', url } satisfies WorkerRequest);
  } catch {
    switchToFallback();
  }

  return {
    search(query, options = {}, channel = 'default') {
      const id = nextId++;
      const prev = latest.get(channel);
      if (prev !== undefined) settle(prev, (p) => p.resolve(null));
      latest.set(channel, id);
      return new Promise<SearchResults | null>((resolve, reject) => {
        pending.set(id, { channel, query, options, resolve, reject });
        const req: WorkerRequest = { type: 'search', id, channel, query, options };
        if (worker) worker.postMessage(req);
        else fallback?.post(req);
      });
    },
    status: () => status,
    error: () => errorMessage,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The worker's logic on the main thread, same messages, for browsers without Workers. */
function mainThreadEngine(url: string, respond: (msg: WorkerResponse) => void) {
  const queued = new Map<string, Extract<WorkerRequest, { type: 'search' }>>();
  let ready: Promise<(q: string, o: SearchOptions) => SearchResults> | null = null;
  let scheduled = false;
  const load = () => {
    ready ??= (async () => {
      const t0 = performance.now();
      const [{ parseSearchIndex }, { prepareIndex, search }] = await Promise.all([import('./format'), import('./query')]);
      const res = await fetch(url);
      if (!res.ok) throw new Error(`could not load the search index (HTTP ${res.status})`);
      const index = prepareIndex(parseSearchIndex(await res.json()));
      respond({ type: 'ready', records: index.bounds.total, words: index.data.vocab.length, loadMs: Math.round(performance.now() - t0) });
      return (q: string, o: SearchOptions) => search(index, q, o);
    })();
    ready.catch((e: unknown) => respond({ type: 'load-error', message: e instanceof Error ? e.message : String(e) }));
    return ready;
  };
  const run = async () => {
    scheduled = false;
    const reqs = [...queued.values()];
    queued.clear();
    try {
      const searchFn = await load();
      for (const r of reqs) respond({ type: 'result', id: r.id, results: searchFn(r.query, r.options) });
    } catch (e) {
      for (const r of reqs) respond({ type: 'error', id: r.id, message: e instanceof Error ? e.message : String(e) });
    }
  };
  void load();
  return {
    post(req: WorkerRequest) {
      if (req.type !== 'search') return;
      const prev = queued.get(req.channel);
      if (prev) respond({ type: 'dropped', id: prev.id });
      queued.set(req.channel, req);
      if (!scheduled) {
        scheduled = true;
        setTimeout(() => void run(), 0);
      }
    },
  };
}
