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

  it('a newer query on the same channel replaces the older: it resolves to null, the newer to its results', async () => {
    const { c, worker } = client();
    const first = c.search('astana', { limit: 5 }, 'box');
    const second = c.search('astana forum', { limit: 5 }, 'box');
    expect(worker().searches()).toHaveLength(2);
    expect(await first).toBeNull();
    worker().answer({ type: 'result', id: worker().searches()[1]!.id, results: results('astana forum'), partial: false });
    expect(await second).toEqual(results('astana forum'));
  });

  it('queries on different channels do not replace each other', async () => {
    const { c, worker } = client();
    const box = c.search('astana', {}, 'box');
    const page = c.search('astana', {}, 'page');
    const [a, b] = worker().searches();
    worker().answer({ type: 'result', id: a!.id, results: results('astana'), partial: false });
    worker().answer({ type: 'result', id: b!.id, results: results('astana'), partial: false });
    expect(await box).toEqual(results('astana'));
    expect(await page).toEqual(results('astana'));
  });

  it('a partial answer resolves the search; the completed one reaches onUpdate', async () => {
    const { c, worker } = client();
    const updates: SearchResults[] = [];
    const first = c.search('forum', {}, 'box', (r) => updates.push(r));
    const id = worker().searches()[0]!.id;
    worker().answer({ type: 'result', id, results: results('forum'), partial: true });
    expect(await first).toEqual(results('forum'));
    worker().answer({ type: 'result', id, results: results('forum final'), partial: false });
    expect(updates).toEqual([results('forum final')]);
  });
});
