/** Sorting and the A–Z index shared by the people and organization directories. */

export const DIRECTORY_SORTS = ['name', 'events', 'recent', 'match'] as const;
export type DirectorySort = (typeof DIRECTORY_SORTS)[number];

export const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** A directory row as filtered: how many of its events match, the latest of them, fuzzy score. */
export interface RankedEntry {
  row: { initial: string };
  matchedEvents: number;
  matchedLatest: string | null;
  score: number;
}

/**
 * Sorts by name, number of matching events, most recent, or fuzzy match; ties by name, then id,
 * so the order is stable whatever the input order.
 */
export function sortDirectory<E extends RankedEntry>(entries: E[], sort: DirectorySort, nameOf: (e: E) => string, idOf: (e: E) => string): E[] {
  const byName = (a: E, b: E) => collator.compare(nameOf(a), nameOf(b)) || (idOf(a) < idOf(b) ? -1 : 1);
  const compare: Record<DirectorySort, (a: E, b: E) => number> = {
    name: byName,
    events: (a, b) => b.matchedEvents - a.matchedEvents || byName(a, b),
    recent: (a, b) => {
      if (a.matchedLatest !== b.matchedLatest) {
        if (!a.matchedLatest) return 1;
        if (!b.matchedLatest) return -1;
        return a.matchedLatest < b.matchedLatest ? 1 : -1;
      }
      return byName(a, b);
    },
    match: (a, b) => a.score - b.score || byName(a, b),
  };
  return [...entries].sort(compare[sort]);
}

/** Index of the first entry with each initial (A–Z, '#'), for the letter jump. */
export function firstIndexByInitial(entries: { row: { initial: string } }[]): Map<string, number> {
  const first = new Map<string, number>();
  entries.forEach((entry, index) => {
    if (!first.has(entry.row.initial)) first.set(entry.row.initial, index);
  });
  return first;
}
