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
  /**
   * Resolves to the first answer, or `null` when a newer query on the same channel replaced it.
   * A first answer may be partial (passage texts still loading): `onUpdate` then receives the
   * completed results of the same query, unless a newer query replaced it.
   */
  search(query: string, options?: SearchOptions, channel?: string, onUpdate?: (results: SearchResults) => void): Promise<SearchResults | null>;
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
  onUpdate?: (r: SearchResults) => void;
  answered: boolean;
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
  let fallback: { post(req: WorkerRequest): void } | null = null;

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
      case 'result': {
        const p = pending.get(msg.id);
        if (!p) break;
        const current = latest.get(p.channel) === msg.id;
        if (!msg.partial || !current) pending.delete(msg.id);
        if (!p.answered) {
          p.answered = true;
          p.resolve(current ? msg.results : null);
        } else if (current) {
          p.onUpdate?.(msg.results);
        }
        break;
      }
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
    const queue: WorkerRequest[] = [{ type: 'load', url }];
    for (const [id, p] of pending) queue.push({ type: 'search', id, channel: p.channel, query: p.query, options: p.options });
    // The worker's logic on the main thread, loaded on demand; requests wait until it is.
    fallback = { post: (req) => void queue.push(req) };
    void import('./host').then(
      ({ createEngineHost }) => {
        const host = createEngineHost(onResponse);
        fallback = host;
        for (const req of queue) host.post(req);
      },
      (e: unknown) => setStatus('error', e instanceof Error ? e.message : String(e)),
    );
  };

  let started = false;
  const start = () => {
    if (started) return;
    started = true;
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
  };
  // The index is large: fetch it once the first screen has painted (idle time), or at once when a
  // search needs it, so it never competes with the first paint.
  if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 3000 });
  else setTimeout(start, 1500);

  return {
    search(query, options = {}, channel = 'default', onUpdate) {
      start();
      const id = nextId++;
      const prev = latest.get(channel);
      if (prev !== undefined) settle(prev, (p) => (p.answered ? undefined : p.resolve(null)));
      latest.set(channel, id);
      return new Promise<SearchResults | null>((resolve, reject) => {
        pending.set(id, { channel, query, options, resolve, reject, onUpdate, answered: false });
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
