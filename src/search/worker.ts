/// <reference lib="webworker" />
/**
 * Search worker: loads and validates the index once, then answers queries. Within a channel only
 * the newest query is answered; older ones still waiting are dropped (stale keystrokes).
 */
import { parseSearchIndex } from './format';
import type { WorkerRequest, WorkerResponse } from './protocol';
import { prepareIndex, search, type PreparedSearchIndex } from './query';

declare const self: DedicatedWorkerGlobalScope;

let index: PreparedSearchIndex | null = null;
let loadError: string | null = null;
let loading = false;
const pending = new Map<string, Extract<WorkerRequest, { type: 'search' }>>();
let scheduled = false;

function post(msg: WorkerResponse) {
  self.postMessage(msg);
}

async function load(url: string) {
  if (loading || index) return;
  loading = true;
  const t0 = performance.now();
  try {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`could not load the search index (HTTP ${res.status})`);
    const data = parseSearchIndex(await res.json());
    index = prepareIndex(data);
    post({ type: 'ready', records: index.bounds.total, words: data.vocab.length, loadMs: Math.round(performance.now() - t0) });
    schedule();
  } catch (e) {
    loadError = e instanceof Error ? e.message : String(e);
    post({ type: 'load-error', message: loadError });
    for (const req of pending.values()) post({ type: 'error', id: req.id, message: loadError });
    pending.clear();
  } finally {
    loading = false;
  }
}

function schedule() {
  if (scheduled || pending.size === 0 || !index) return;
  scheduled = true;
  // A macrotask later, so keystrokes already queued replace the ones waiting here.
  setTimeout(run, 0);
}

function run() {
  scheduled = false;
  if (!index) return;
  const reqs = [...pending.values()];
  pending.clear();
  for (const req of reqs) {
    try {
      post({ type: 'result', id: req.id, results: search(index, req.query, req.options) });
    } catch (e) {
      post({ type: 'error', id: req.id, message: e instanceof Error ? e.message : String(e) });
    }
  }
}

self.onmessage = (ev: MessageEvent<WorkerRequest>) => {
  const msg = ev.data;
  if (msg.type === 'load') {
    void load(msg.url);
  } else if (msg.type === 'search') {
    if (loadError) {
      post({ type: 'error', id: msg.id, message: loadError });
      return;
    }
    const prev = pending.get(msg.channel);
    if (prev) post({ type: 'dropped', id: prev.id });
    pending.set(msg.channel, msg);
    schedule();
  }
};
