import { describe, expect, it } from 'vitest';
import { buildSearchArtifacts } from './build';
import { testCorpus } from './fixtures/corpus';
import { loadSearchIndex, searchWithContext } from './query';
import { warmupQueries, WARMUP_QUERIES } from './warmup';

const P = loadSearchIndex(buildSearchArtifacts(testCorpus()));
const vocab = P.data.vocab;

describe('warm-up queries', () => {
  it('are the same for the same index, as many as asked', () => {
    const a = warmupQueries(vocab);
    expect(a).toHaveLength(WARMUP_QUERIES);
    expect(warmupQueries(vocab)).toEqual(a);
    expect(warmupQueries(vocab, 7)).toHaveLength(7);
  });

  it('cover the shapes users type: whole words, prefixes, misspellings and several words', () => {
    const qs = warmupQueries(vocab, 20);
    const known = new Set(vocab);
    expect(qs.some((q) => known.has(q))).toBe(true);
    expect(qs.some((q) => !q.includes(' ') && !known.has(q) && vocab.some((w) => w.startsWith(q)))).toBe(true);
    expect(qs.some((q) => q.split(' ').some((w) => !known.has(w)) && q.includes(' '))).toBe(true);
    expect(qs.some((q) => q.split(' ').length === 3)).toBe(true);
  });

  it('find something in the index they came from', () => {
    const found = warmupQueries(vocab, 20).filter((q) => {
      const r = searchWithContext(P, q, { limit: 5 }).results;
      return r.events.length + r.people.length + r.organizations.length + r.passages.length > 0;
    });
    expect(found.length).toBeGreaterThanOrEqual(18);
  });

  it('are none for an index without words', () => {
    expect(warmupQueries([])).toEqual([]);
    expect(warmupQueries(['ab', '12345'])).toEqual([]);
  });
});
