import { describe, expect, it } from 'vitest';
import { buildSearchArtifacts } from '../../search/build';
import { testCorpus } from '../../search/fixtures/corpus';
import { loadSearchIndex, search } from '../../search/query';
import { firstOptions, groupOptions } from './popupOptions';

const corpus = testCorpus();
const index = loadSearchIndex(buildSearchArtifacts(corpus), (d) => corpus.texts[index.data.documents[d]!.id]);

describe('popup options', () => {
  const results = search(index, 'achakzai', { limit: 5 });
  const groups = groupOptions(results, 'b');
  const all = groups.flatMap((g) => g.options);

  it('lists the hits group by group, with unique element ids and in-app links', () => {
    expect(groups.length).toBeGreaterThan(1);
    expect(all.map((o) => o.domId)).toEqual(all.map((_, i) => `b-opt-${i}`));
    expect(all.every((o) => o.href.startsWith('/'))).toBe(true);
    expect(groups.find((g) => g.group === 'people')?.options[0]?.hit).toMatchObject({ name: { text: 'Shakur Khan Achakzai' } });
  });

  it('the first pass keeps the first options in order, cutting within a group, and reuses the option objects', () => {
    const cut = all.length - 1;
    const first = firstOptions(groups, cut);
    const shown = first.flatMap((g) => g.options);
    expect(shown).toHaveLength(cut);
    shown.forEach((o, i) => expect(o).toBe(all[i]));
    expect(first.map((g) => g.group)).toEqual(groups.map((g) => g.group).slice(0, first.length));
    expect(firstOptions(groups, all.length + 5)).toEqual(groups);
    expect(firstOptions(groups, 0)).toEqual([]);
  });
});
