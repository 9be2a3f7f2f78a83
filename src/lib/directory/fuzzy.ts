/**
 * Typo-forgiving filtering of a directory (people, organizations) with Fuse.js.
 *
 * Fuse ranks short strings well but scanning 10,000 records with several fields each costs
 * hundreds of milliseconds per keystroke (see ../shared/notes/search-performance.md). So Fuse
 * runs over the vocabulary instead: the distinct words of every record's fields, each pointing
 * to the records that contain it. A query of several words matches a record when every word
 * matches one of its words, so "ambassador kistafn" finds the ambassador whose name is in one
 * field and role in another.
 */
import Fuse from 'fuse.js';

export interface FuzzyMatch<T> {
  item: T;
  /** Lower is better (0 = exact). */
  score: number;
}

export interface FuzzyField<T> {
  get: (item: T) => string | readonly string[] | null | undefined;
  /** Added to the score of a match in this field: 0 for the best field, more for weaker ones. */
  penalty?: number;
}

/** Case-folded, diacritic-free words ("Ölçer-Khan" → ["olcer", "khan"]). */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** Words of a query, duplicates removed, each cut to Bitap's 32-character limit. */
export function queryWords(query: string): string[] {
  return [...new Set(words(query).map((w) => w.slice(0, 32)))];
}

export interface FuzzyIndex<T> {
  search(query: string): FuzzyMatch<T>[];
}

/** Record index → best penalty of the field the word occurs in. */
type Postings = Map<number, number>;

/** Letter pairs of a word, with a start marker so the first letter counts ("^k", "ki", "is"…). */
function letterPairs(word: string): string[] {
  const padded = `^${word}`;
  const pairs = new Set<string>();
  for (let i = 0; i < padded.length - 1; i++) pairs.add(padded.slice(i, i + 2));
  return [...pairs];
}

/** At most this many vocabulary words go to Fuse for one query word. */
const SHORTLIST = 256;

/** Builds on first use, so a page that is never searched never pays for the index. */
export function createFuzzyIndex<T>(items: readonly T[], fields: FuzzyField<T>[]): FuzzyIndex<T> {
  let built: FuzzyIndex<T> | null = null;
  return {
    search(query) {
      if (queryWords(query).length === 0) return items.map((item) => ({ item, score: 0 }));
      built ??= buildFuzzyIndex(items, fields);
      return built.search(query);
    },
  };
}

function buildFuzzyIndex<T>(items: readonly T[], fields: FuzzyField<T>[]): FuzzyIndex<T> {
  const postings = new Map<string, Postings>();
  const wordsOfText = new Map<string, string[]>();
  items.forEach((item, index) => {
    for (const field of fields) {
      const value = field.get(item);
      if (!value) continue;
      const texts: readonly string[] = typeof value === 'string' ? [value] : value;
      const penalty = field.penalty ?? 0;
      for (const text of texts) {
        let split = wordsOfText.get(text);
        if (!split) wordsOfText.set(text, (split = words(text)));
        for (const word of split) {
          let list = postings.get(word);
          if (!list) postings.set(word, (list = new Map()));
          const previous = list.get(index);
          if (previous === undefined || penalty < previous) list.set(index, penalty);
        }
      }
    }
  });
  const vocabulary = [...postings.keys()];
  const pairIndex = new Map<string, number[]>();
  vocabulary.forEach((word, i) => {
    for (const pair of letterPairs(word)) {
      const list = pairIndex.get(pair);
      if (list) list.push(i);
      else pairIndex.set(pair, [i]);
    }
  });
  const counts = new Uint16Array(vocabulary.length);
  const cache = new Map<string, Map<number, number>>();

  /** Vocabulary words sharing the most letter pairs with the query word. */
  function shortlist(word: string): string[] {
    const pairs = letterPairs(word);
    const touched: number[] = [];
    for (const pair of pairs) {
      for (const i of pairIndex.get(pair) ?? []) {
        if (counts[i] === 0) touched.push(i);
        counts[i] = (counts[i] ?? 0) + 1;
      }
    }
    // One typo breaks at most two pairs; allow what Fuse's threshold would allow.
    const needed = Math.max(1, pairs.length - 2 * Math.max(1, Math.floor(word.length * 0.3)));
    const candidates = touched.filter((i) => (counts[i] ?? 0) >= needed);
    candidates.sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a - b);
    for (const i of touched) counts[i] = 0;
    return candidates.slice(0, SHORTLIST).map((i) => vocabulary[i] as string);
  }

  /** Records matching one query word, with the best score. */
  function recordsFor(word: string): Map<number, number> {
    const cached = cache.get(word);
    if (cached) return cached;
    const scores = new Map<number, number>();
    const consider = (vocabularyWord: string, score: number) => {
      for (const [index, penalty] of postings.get(vocabularyWord) ?? []) {
        const total = score + penalty;
        const previous = scores.get(index);
        if (previous === undefined || total < previous) scores.set(index, total);
      }
    };
    if (word.length < 3) {
      // Too short for typos to mean anything: prefixes only.
      for (const vocabularyWord of vocabulary) if (vocabularyWord.startsWith(word)) consider(vocabularyWord, vocabularyWord === word ? 0 : 0.05);
    } else {
      const fuse = new Fuse(shortlist(word), { includeScore: true, ignoreLocation: true, threshold: 0.3, shouldSort: false });
      for (const result of fuse.search(word)) {
        const vocabularyWord = result.item;
        // Bitap finds the pattern inside longer words; a prefix is what type-ahead means, a
        // match deep inside an unrelated long word is a weaker one.
        const lengthGap = Math.max(0, vocabularyWord.length - word.length);
        const score = result.score ?? 0;
        const prefix = vocabularyWord.startsWith(word.slice(0, 2));
        // Inside a word only a near-exact match counts ("kistafn" is not "pakistan").
        if (!prefix && score > 0.12) continue;
        consider(vocabularyWord, score + (prefix ? 0 : 0.15) + Math.min(lengthGap, 10) * 0.005);
      }
    }
    if (cache.size > 500) cache.clear();
    cache.set(word, scores);
    return scores;
  }
  return {
    search(query) {
      const terms = queryWords(query);
      if (terms.length === 0) return items.map((item) => ({ item, score: 0 }));
      let total: Map<number, number> | null = null;
      for (const term of terms) {
        const found = recordsFor(term);
        const next = new Map<number, number>();
        if (total === null) for (const [index, score] of found) next.set(index, score);
        else for (const [index, score] of total) {
          const more = found.get(index);
          if (more !== undefined) next.set(index, score + more);
        }
        total = next;
        if (total.size === 0) break;
      }
      return [...(total ?? new Map<number, number>()).entries()]
        .sort((a, b) => a[1] - b[1] || a[0] - b[0])
        .map(([index, score]) => ({ item: items[index] as T, score: score / terms.length }));
    },
  };
}
