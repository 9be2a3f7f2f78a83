import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSearchClient } from './client';
import type { SearchResults } from './format';
import type { WorkerRequest, WorkerResponse } from './protocol';

/** A stand-in for the search worker: records requests; the test answers them. */
class FakeWorker {
  static last: FakeWorker | null = null;
  requests: WorkerRequest[] = [];
  onmessage: ((ev: { data: WorkerResponse }) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(req: WorkerRequest) {
    this.requests.push(req);
  }
  terminate() {}
  answer(msg: WorkerResponse) {
    this.onmessage?.({ data: msg });
  }
  searches() {
    return this.requests.filter((r): r is Extract<WorkerRequest, { type: 'search' }> => r.type === 'search');
  }
}

const results = (query: string) => ({ query }) as unknown as SearchResults;

describe('search client', () => {
  afterEach(() => vi.unstubAllGlobals());

  function client() {
    vi.stubGlobal('Worker', FakeWorker);
    const c = createSearchClient('http://localhost/data/search-index.json');
    return { c, worker: () => FakeWorker.last! };
  }

  it('an identical search, still unanswered, joins the first: one request, both answered', async () => {
    const { c, worker } = client();
    const early = c.search('astana', { limit: 5 }, 'box');
    const late = c.search('astana', { limit: 5 }, 'box');
    expect(worker().searches()).toHaveLength(1);
    worker().answer({ type: 'result', id: worker().searches()[0]!.id, results: results('astana'), partial: false });
    expect(await early).toEqual(results('astana'));
    expect(await late).toEqual(results('astana'));
  });

  it('a different query or other options are a new request, and the older one resolves to null', async () => {
    const { c, worker } = client();
    const first = c.search('astana', { limit: 5 }, 'box');
    const other = c.search('astana', { limit: 20 }, 'box');
    expect(worker().searches()).toHaveLength(2);
    expect(await first).toBeNull();
    worker().answer({ type: 'result', id: worker().searches()[1]!.id, results: results('astana'), partial: false });
    expect(await other).toEqual(results('astana'));
  });

  it('a partial answer reaches every joined caller once, and the completion their updates', async () => {
    const { c, worker } = client();
    const updates: string[] = [];
    const a = c.search('forum', {}, 'box', () => updates.push('a'));
    const b = c.search('forum', {}, 'box', () => updates.push('b'));
    const id = worker().searches()[0]!.id;
    worker().answer({ type: 'result', id, results: results('forum'), partial: true });
    worker().answer({ type: 'result', id, results: results('forum'), partial: false });
    expect(await a).toEqual(results('forum'));
    expect(await b).toEqual(results('forum'));
    expect(updates).toEqual(['a', 'b']);
  });
});
