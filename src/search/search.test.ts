import { describe, expect, it } from 'vitest';
import { buildSearchArtifacts, segment } from './build';
import { testCorpus } from './fixtures/corpus';
import { RESULT_GROUPS } from './groups';
import { parsePassages, parseSearchIndex, SEARCH_INDEX_FILE, SEARCH_PASSAGES_FILE, type MarkedText, type SearchResults } from './format';
import { fillPassageTexts, loadSearchIndex, search, searchWithContext } from './query';
import { editDistance } from '../lib/text/editDistance';
import { fold, tokenize } from './text';

const corpus = testCorpus();
const files = buildSearchArtifacts(corpus);
const textOf = (d: number) => corpus.texts[corpus.documents[d]!.id];
const index = loadSearchIndex(files, textOf);
const data = index.data;
const passages = data.passages!;
const passageText = (i: number) => corpus.texts[data.documents[passages.document[i]!]!.id]!.slice(passages.start[i]!, passages.end[i]!);

function names(r: SearchResults) {
  return {
    events: r.events.map((h) => h.title.text),
    people: r.people.map((h) => h.name.text),
    organizations: r.organizations.map((h) => h.name.text),
    passages: r.passages.map((h) => h.text.text),
  };
}

function marked(m: MarkedText): string[] {
  return m.ranges.map(([s, e]) => m.text.slice(s, e));
}

function allMarked(r: SearchResults): MarkedText[] {
  return [
    ...r.events.flatMap((h) => [h.title, ...(h.place ? [h.place] : []), ...h.matched]),
    ...r.people.flatMap((h) => [h.name, ...h.aliases, ...(h.role ? [h.role] : []), ...(h.affiliation ? [h.affiliation] : [])]),
    ...r.organizations.flatMap((h) => [h.name, ...h.aliases]),
    ...r.passages.map((h) => h.text),
  ];
}

describe('text', () => {
  it('folds case and diacritics, keeping offsets into the original', () => {
    expect(fold('Achakzaï MÜLLER Straße')).toBe('achakzai muller strasse');
    const toks = tokenize('Café «Zürich» — Kistafin’s');
    expect(toks.map((t) => t.word)).toEqual(['cafe', 'zurich', 'kistafin', 's']);
    expect('Café «Zürich» — Kistafin’s'.slice(toks[1]!.start, toks[1]!.end)).toBe('Zürich');
  });

  it('segments text into trimmed sentences with offsets', () => {
    const text = 'First one. Second one!\n\nThird “quoted.” Fourth';
    const parts = segment(text).map(([s, e]) => text.slice(s, e));
    expect(parts).toEqual(['First one.', 'Second one!', 'Third “quoted.”', 'Fourth']);
  });
});

describe('buildSearchIndex', () => {
  it('is deterministic: same corpus, same bytes', () => {
    const a = buildSearchArtifacts(testCorpus());
    const b = buildSearchArtifacts(testCorpus());
    expect(Object.keys(a)).toEqual([SEARCH_INDEX_FILE, SEARCH_PASSAGES_FILE]);
    expect(a[SEARCH_INDEX_FILE]).toBe(b[SEARCH_INDEX_FILE]);
    expect(a[SEARCH_PASSAGES_FILE]).toBe(b[SEARCH_PASSAGES_FILE]);
  });

  it('writes files that pass their own validation, without passage text', () => {
    const parsed = parseSearchIndex(JSON.parse(files[SEARCH_INDEX_FILE]!));
    expect(parsed.postStart.length).toBe(parsed.vocab.length + 1);
    expect([...parsed.vocab].sort()).toEqual(parsed.vocab);
    expect(parsePassages(JSON.parse(files[SEARCH_PASSAGES_FILE]!), parsed).count).toBe(passages.count);
    expect(files[SEARCH_PASSAGES_FILE]).not.toContain('Achakzai');
  });

  it('rejects a malformed index', () => {
    expect(() => parseSearchIndex({ format: 'nope' })).toThrow(/search index is invalid/);
    const broken = JSON.parse(files[SEARCH_INDEX_FILE]!);
    // Word 0: one entry, far outside the records.
    broken.postings = Buffer.from([1, 0xff, 0xff, 0x7f, ...new Array<number>(data.vocab.length - 1).fill(0)]).toString('base64');
    expect(() => parseSearchIndex(broken)).toThrow(/outside the records/);
    broken.postings = 'AAAA';
    expect(() => parseSearchIndex(broken)).toThrow(/search index is invalid/);
    const badEvent = JSON.parse(files[SEARCH_INDEX_FILE]!);
    badEvent.people[0][5] = [99999];
    expect(() => parseSearchIndex(badEvent)).toThrow(/out of range/);
    const other = JSON.parse(files[SEARCH_PASSAGES_FILE]!);
    other.buildId = 'deadbeef';
    expect(() => parsePassages(other, data)).toThrow(/another build/);
  });

  it('keeps records short and linked', () => {
    const kistafin = data.people.find((p) => p.id === 'p-kistafin')!;
    // Latest event by date is 2024-07-23 (Post-Astana), role Ambassador of Kazakhstan.
    expect(kistafin).toMatchObject({ role: 'Ambassador', affiliation: 'Kazakhstan' });
    expect(kistafin.events.map((i) => data.events[i]!.id).sort()).toEqual(['ev-astana-issi', 'ev-post-astana']);
    expect(data.events.find((e) => e.id === 'ev-reception')!.title).toBe('Reception in Zürich');
    const post = data.events.find((e) => e.id === 'ev-post-astana')!;
    expect(post.organizers).toContain('Rifah Institute of Public Policy');
    expect(post.participants).toContain('Shakur Khan Achakzai');
  });

  it('stores passages as offsets into the document text', () => {
    expect(passages.count).toBeGreaterThan(5);
    for (let i = 0; i < passages.count; i++) {
      const t = passageText(i);
      expect(t.length).toBeGreaterThan(0);
      expect(t.length).toBeLessThanOrEqual(360);
      expect(t.trim()).toBe(t);
    }
    const achakzai = Array.from({ length: passages.count }, (_, i) => i).find((i) => passageText(i).includes('Achakzai'))!;
    expect(data.events[passages.event[achakzai]!]!.id).toBe('ev-post-astana');
  });
});

describe('search', () => {
  it.each([
    ['Kistafn', 'people', 'Yerzhan Kistafin'],
    ['kistafin', 'people', 'Yerzhan Kistafin'],
    ['yerzhan kistafn', 'people', 'Yerzhan Kistafin'],
    ['achakzay', 'people', 'Shakur Khan Achakzai'],
    ['Mahmod', 'people', 'Sohail Mahmood'],
    ['Riphah', 'organizations', 'Rifah Institute of Public Policy'],
    ['Rifah institute', 'organizations', 'Rifah Institute of Public Policy'],
    ['issi', 'organizations', 'Institute of Strategic Studies Islamabad'],
    ['strategic studies', 'organizations', 'Institute of Strategic Studies Islamabad'],
    ['Solidifying partnerships', 'events', 'Astana Summit 2024: Solidifying SCO’s Partnerships'],
    ['zurich', 'events', 'Reception in Zürich'],
    ['MUELLER', 'people', 'Müller'],
    ['muller', 'people', 'Müller'],
  ] as const)('%s finds %s: %s first', (query, group, expected) => {
    const r = search(index, query, { limit: 5 });
    expect(names(r)[group][0]).toBe(expected);
  });

  it('drops inner-word fuzzy matches: Kistafn is not Pakistan', () => {
    const r = search(index, 'Kistafn', { limit: 10 });
    expect(r.people[0]?.name.text).toBe('Yerzhan Kistafin');
    const all = allMarked(r).flatMap(marked).map((w) => fold(w));
    expect(all.filter((w) => w.includes('pakistan'))).toEqual([]);
    expect(all).toContain('kistafin');
  });

  it('measures whole-word edit distance (swaps count once)', () => {
    expect(editDistance('kistafn', 'kistafin', 2)).toBe(1);
    expect(editDistance('kistafn', 'pakistan', 2)).toBe(3);
    expect(editDistance('mahmood', 'mahmodo', 2)).toBe(1);
  });

  it('returns passages pending their text when no text is at hand, and fills them later', () => {
    const bare = loadSearchIndex(buildSearchArtifacts(testCorpus()));
    const { results, ctx } = searchWithContext(bare, 'achakzay');
    expect(results.passages.length).toBeGreaterThan(0);
    expect(results.passages.every((p) => p.textPending && p.text.text === '')).toBe(true);
    expect(fillPassageTexts(bare, results, ctx, () => undefined)).toBe(results.passages.length);
    expect(fillPassageTexts(bare, results, ctx, textOf)).toBe(0);
    expect(results.passages[0]!.textPending).toBe(false);
    expect(results.passages[0]!.text.text).toContain('Shakur Khan Achakzai');
    expect(marked(results.passages[0]!.text)).toEqual(['Achakzai']);
  });

  it('forgives typos in passages too, and links them to their event', () => {
    const r = search(index, 'achakzay');
    expect(r.passages[0]?.text.text).toContain('Shakur Khan Achakzai');
    expect(r.passages[0]?.eventId).toBe('ev-post-astana');
    expect(marked(r.passages[0]!.text)).toEqual(['Achakzai']);
  });

  it('ranks exact matches before fuzzy and prefix ones', () => {
    // "kistaev" exists exactly; "Kistafin" is one substitution away.
    const r = search(index, 'kistaev');
    expect(names(r).people.slice(0, 2)).toEqual(['Arman Kistaev', 'Yerzhan Kistafin']);
    expect(r.people[0]!.score).toBeGreaterThan(r.people[1]!.score);
    const khan = search(index, 'khan');
    expect(names(khan).people.slice(0, 2).sort()).toEqual(['Muhammad Khan', 'Shakur Khan Achakzai']);
    const full = search(index, 'Muhammad Khan');
    expect(names(full).people[0]).toBe('Muhammad Khan');
  });

  it('completes prefixes as you type', () => {
    expect(names(search(index, 'Yerzh')).people[0]).toBe('Yerzhan Kistafin');
    expect(names(search(index, 'Achak')).people[0]).toBe('Shakur Khan Achakzai');
  });

  it('does not fuzz words under 3 letters', () => {
    // "kh" would fuzz to many words; as a 2-letter word it only completes prefixes.
    const r = search(index, 'xq');
    expect(RESULT_GROUPS.every((g) => r[g].length === 0)).toBe(true);
    expect(search(index, 'sco').events.length).toBeGreaterThan(0);
  });

  it('groups results and respects the limit', () => {
    const r = search(index, 'institute', { limit: 2 });
    expect(r.organizations.length).toBe(2);
    expect(r.totals.organizations).toBeGreaterThanOrEqual(3);
    for (const g of RESULT_GROUPS) for (const h of r[g]) expect(h.group).toBe(g);
  });

  it('returns valid highlight ranges on the displayed strings', () => {
    for (const q of ['Kistafn', 'institute of strategic', 'Zürich', 'rifah', 'Yerzh', 'sco summit 2024']) {
      const r = search(index, q, { limit: 10 });
      for (const m of allMarked(r)) {
        let last = 0;
        for (const [s, e] of m.ranges) {
          expect(Number.isInteger(s) && Number.isInteger(e)).toBe(true);
          expect(s).toBeGreaterThanOrEqual(last);
          expect(e).toBeGreaterThan(s);
          expect(e).toBeLessThanOrEqual(m.text.length);
          last = e;
        }
      }
    }
    const r = search(index, 'Kistafn');
    expect(marked(r.people[0]!.name)).toEqual(['Kistafin']);
    expect(marked(search(index, 'Yerzh').people[0]!.name)).toEqual(['Yerzh']);
    expect(marked(search(index, 'zurich').events[0]!.title)).toEqual(['Zürich']);
  });

  it('filters by date and event type', () => {
    const june = search(index, 'kistafin', { filters: { from: '2024-06-01', to: '2024-06-30' } });
    expect(june.events.map((e) => e.id)).toEqual(['ev-astana-issi']);
    expect(june.people.map((p) => p.id)).toEqual(['p-kistafin']);
    expect(june.passages.every((p) => p.eventId === 'ev-astana-issi')).toBe(true);
    const receptions = search(index, 'zurich', { filters: { type: 'reception' } });
    expect(receptions.events.map((e) => e.id)).toEqual(['ev-reception']);
    const none = search(index, 'zurich', { filters: { type: 'round table' } });
    expect(none.events).toEqual([]);
    // Undated events fall outside any bounded range.
    expect(search(index, 'zurich', { filters: { from: '2000-01-01' } }).events).toEqual([]);
  });

  it('is deterministic', () => {
    const a = search(loadSearchIndex(buildSearchArtifacts(testCorpus()), textOf), 'institute kazakh', { limit: 10 });
    const b = search(index, 'institute kazakh', { limit: 10 });
    expect(a).toEqual(b);
  });

  const hostile: Array<[string, string]> = [
    ['10,000 characters', 'a'.repeat(10_000)],
    ['10,000 characters of words', 'Kistafin Achakzai '.repeat(600)],
    ['Fuse extended-search operators', "^kis $tafin !achak 'rifah =issi | foo"],
    ['only operators', "^ $ ! ' = | !^ '$"],
    ['regex metacharacters', '(.*)+[\\]{}?*+^$|\\'],
    ['emoji', '🙂🙂 Kistafin 👩‍👩‍👧 🇰🇿'],
    ['right-to-left text', 'شكور خان اچکزئی עברית'],
    ['bidi controls', '\u202eKistafin\u202c\u200f'],
    ['lone surrogates and NUL', '\u0000\uffff\ud800 kis\udc00tafin'],
    ['many short words', 'a b c d e f g h i j k l m n o p q r s t u v w x y z'],
    ['many long words', Array.from({ length: 400 }, (_, i) => `word${i}xyzzy`).join(' ')],
    ['whitespace only', ' \t\n '],
    ['empty', ''],
  ];
  it.each(hostile)('answers %s without throwing, within 200 ms', (_, query) => {
    const t0 = performance.now();
    const r = search(index, query, { limit: 10 });
    const ms = performance.now() - t0;
    expect(ms).toBeLessThan(200);
    expect(r.terms.length).toBeLessThanOrEqual(8);
    for (const m of allMarked(r)) for (const [s, e] of m.ranges) expect(0 <= s && s < e && e <= m.text.length).toBe(true);
  });

  it('finds the name inside hostile wrappers', () => {
    expect(names(search(index, '🙂 Kistafin 🙂')).people[0]).toBe('Yerzhan Kistafin');
    expect(names(search(index, "^Kistafin$ | !'")).people[0]).toBe('Yerzhan Kistafin');
    expect(search(index, 'a'.repeat(10_000)).truncated).toBe(true);
  });

  it('treats a non-string query as empty', () => {
    expect(search(index, undefined as unknown as string).terms).toEqual([]);
  });
});
