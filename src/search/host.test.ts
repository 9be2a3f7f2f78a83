import { describe, expect, it } from 'vitest';
import { buildSearchArtifacts } from './build';
import { testCorpus } from './fixtures/corpus';
import type { SearchResults } from './format';
import { createEngineHost } from './host';
import type { WorkerResponse } from './protocol';

const corpus = testCorpus();
const files = buildSearchArtifacts(corpus);

/** A fetch over the built files and the corpus texts, counting requests; `gate` holds the passage file back. */
function fakeFetch(gate?: Promise<void>) {
  const urls: string[] = [];
  const fn = (async (input: RequestInfo | URL) => {
    const url = new URL(String(input));
    urls.push(url.pathname);
    const name = url.pathname.replace(/^\/data\//, '');
    if (name === 'search-passages.json' && gate) await gate;
    const body = files[name] ?? (name.startsWith('texts/') ? corpus.texts[name.slice(6, -4)] : undefined);
    return new Response(body ?? 'missing', { status: body === undefined ? 404 : 200 });
  }) as typeof fetch;
  return { fn, urls };
}

function collect() {
  const msgs: WorkerResponse[] = [];
  let wake: (() => void) | null = null;
  const respond = (m: WorkerResponse) => {
    msgs.push(structuredClone(m)); // postMessage copies too
    wake?.();
  };
  const until = async (pred: (m: WorkerResponse[]) => boolean) => {
    for (let i = 0; i < 200 && !pred(msgs); i++) await new Promise<void>((r) => ((wake = r), setTimeout(r, 10)));
    expect(pred(msgs)).toBe(true);
  };
  return { msgs, respond, until };
}

/** A host over the fake files with both index parts loaded. */
async function loadedHost() {
  const { fn, urls } = fakeFetch();
  const { msgs, respond, until } = collect();
  const host = createEngineHost(respond, fn);
  host.post({ type: 'load', url: 'http://x/data/search-index.json' });
  await until((m) => m.some((x) => x.type === 'ready' && x.passages));
  return { host, msgs, until, urls };
}

const textRequests = (urls: string[]) => urls.filter((u) => u.startsWith('/data/texts/'));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const results = (msgs: WorkerResponse[], id: number) =>
  msgs.filter((m): m is Extract<WorkerResponse, { type: 'result' }> => m.type === 'result' && m.id === id);

describe('engine host (the worker)', () => {
  it('answers at once, then completes passage texts fetched from texts/<id>.txt', async () => {
    const { host, msgs, until, urls } = await loadedHost();
    host.post({ type: 'search', id: 1, channel: 'box', query: 'achakzay', options: { limit: 5 } });
    await until((m) => results(m, 1).some((r) => !r.partial));
    const [first, last] = [results(msgs, 1)[0]!, results(msgs, 1).at(-1)!];
    expect(first.partial).toBe(true);
    expect(first.results.people[0]?.name.text).toBe('Shakur Khan Achakzai');
    expect(first.results.passages.every((p) => p.textPending)).toBe(true);
    const p: SearchResults['passages'][number] = last.results.passages[0]!;
    expect(p.textPending).toBe(false);
    expect(p.text.text).toContain('Achakzai');
    expect(textRequests(urls).length).toBeGreaterThan(0);

    // Texts are cached: the same query is final at once, with no new text requests.
    const before = urls.length;
    host.post({ type: 'search', id: 2, channel: 'box', query: 'achakzay', options: { limit: 5 } });
    await until((m) => results(m, 2).length > 0);
    expect(results(msgs, 2)[0]!.partial).toBe(false);
    expect(urls.length).toBe(before);
  });

  it('searches entities before the passage part arrives, then re-answers with passages', async () => {
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    const { fn } = fakeFetch(gate);
    const { msgs, respond, until } = collect();
    const host = createEngineHost(respond, fn);
    host.post({ type: 'load', url: 'http://x/data/search-index.json' });
    await until((m) => m.some((x) => x.type === 'ready'));
    host.post({ type: 'search', id: 7, channel: 'box', query: 'Kistafn', options: {} });
    await until((m) => results(m, 7).length > 0);
    expect(results(msgs, 7)[0]!.results.people[0]?.name.text).toBe('Yerzhan Kistafin');
    expect(results(msgs, 7)[0]!.results.passages).toEqual([]);
    expect(results(msgs, 7)[0]!.partial).toBe(true);
    open();
    await until((m) => results(m, 7).some((r) => !r.partial));
    expect(results(msgs, 7).at(-1)!.results.passages.length).toBeGreaterThan(0);
  });

  it('drops stale keystrokes of a channel', async () => {
    const { host, msgs, until } = await loadedHost();
    host.post({ type: 'search', id: 1, channel: 'box', query: 'k', options: {} });
    host.post({ type: 'search', id: 2, channel: 'box', query: 'ki', options: {} });
    host.post({ type: 'search', id: 3, channel: 'box', query: 'kistafin', options: {} });
    await until((m) => results(m, 3).some((r) => !r.partial));
    expect(msgs.filter((m) => m.type === 'dropped').map((m) => (m as { id: number }).id)).toEqual([1, 2]);
    expect(results(msgs, 1)).toEqual([]);
  });

  it('fetches passage texts only for a query that stays the newest of its channel', async () => {
    const { host, msgs, until, urls } = await loadedHost();
    // Answered at once (partial), then typed past before its texts were due: never fetched.
    host.post({ type: 'search', id: 1, channel: 'box', query: 'achakzay', options: { limit: 5 } });
    await until((m) => results(m, 1).length > 0);
    expect(results(msgs, 1)[0]!.partial).toBe(true);
    await sleep(40);
    expect(textRequests(urls)).toEqual([]);
    host.post({ type: 'search', id: 2, channel: 'box', query: 'kistafin', options: { limit: 5 } });
    await until((m) => results(m, 2).some((r) => !r.partial));
    await sleep(200);
    expect(results(msgs, 1)).toHaveLength(1);
    const fetched = textRequests(urls);
    const second = results(msgs, 2).at(-1)!.results.passages;
    expect(second.length).toBeGreaterThan(0);
    expect(fetched.sort()).toEqual([...new Set(second.map((p) => `/data/texts/${p.documentId}.txt`))].sort());
  });

  it('reports a load error to queued and later queries', async () => {
    const { respond, until } = collect();
    const host = createEngineHost(respond, (async () => new Response('nope', { status: 500 })) as typeof fetch);
    host.post({ type: 'load', url: 'http://x/data/search-index.json' });
    host.post({ type: 'search', id: 1, channel: 'box', query: 'x', options: {} });
    await until((m) => m.some((x) => x.type === 'load-error'));
    host.post({ type: 'search', id: 2, channel: 'box', query: 'x', options: {} });
    await until((m) => m.filter((x) => x.type === 'error').length === 2);
  });

  it('warms the engine in idle time without messages or fetches of its own, and answers a query that arrives meanwhile', async () => {
    const { host, msgs, until, urls } = await loadedHost();
    // The warm-up is running now (it starts with the index and again with the passages).
    host.post({ type: 'search', id: 1, channel: 'box', query: 'Kistafn', options: { limit: 5 } });
    await until((m) => results(m, 1).length > 0);
    expect(results(msgs, 1)[0]!.results.people[0]?.name.text).toBe('Yerzhan Kistafin');
    await sleep(200);
    expect(msgs.every((m) => m.type === 'ready' || (m.type === 'result' && m.id === 1))).toBe(true);
    expect(urls.filter((u) => !u.startsWith('/data/texts/'))).toEqual(['/data/search-index.json', '/data/search-passages.json']);
  });
});
