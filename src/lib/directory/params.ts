/**
 * The URL state both directories (people, organizations) share: the search text, the sort, and
 * how a parameter is written. Each page adds its own filters on top.
 */
import { DIRECTORY_SORTS, type DirectorySort } from './sort';

export const SORT_LABELS: Record<DirectorySort, string> = {
  name: 'Name (A–Z)',
  events: 'Number of events',
  recent: 'Most recent event',
  match: 'Best match',
};

export const MAX_QUERY_LENGTH = 100;

/** A URL value quoted in a note, cut so that a hostile URL cannot flood the page. */
export function shownValue(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

/** The search text and sort of the URL; a value that is cut or ignored gets a note in `notes`. */
export function parseQueryAndSort(params: URLSearchParams, notes: string[]): { q: string; sort: DirectorySort } {
  let q = (params.get('q') ?? '').trim();
  if (q.length > MAX_QUERY_LENGTH) {
    notes.push(`The search text was cut to ${MAX_QUERY_LENGTH} characters.`);
    q = q.slice(0, MAX_QUERY_LENGTH);
  }
  let sort: DirectorySort = q ? 'match' : 'name';
  const rawSort = params.get('sort');
  if (rawSort) {
    if ((DIRECTORY_SORTS as readonly string[]).includes(rawSort)) {
      // "Best match" needs a search text; without one the list falls back to names.
      if (rawSort !== 'match' || q) sort = rawSort as DirectorySort;
    } else notes.push(`Ignored “sort=${shownValue(rawSort)}”: sort by ${DIRECTORY_SORTS.filter((s) => s !== 'match').join(', ')} or match.`);
  }
  return { q, sort };
}

/** The sorts offered: "Best match" (first) only while there is a search text. */
export function sortChoices(q: string): DirectorySort[] {
  return q ? ['match', 'name', 'events', 'recent'] : ['name', 'events', 'recent'];
}

/** Writes one directory parameter into a copy of the params (empty values are removed). */
export function withParam(params: URLSearchParams, key: string, value: string | null | undefined): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value) next.set(key, value);
  else next.delete(key);
  return next;
}

/** The params with a new search text; clearing the text also drops "Best match", which needs one. */
export function withSearchText(params: URLSearchParams, text: string): URLSearchParams {
  const next = withParam(params, 'q', text.trim() || null);
  if (!text.trim() && next.get('sort') === 'match') next.delete('sort');
  return next;
}

/** The params with a new sort; the default for the current search text is left out of the URL. */
export function withSort(params: URLSearchParams, sort: DirectorySort, q: string): URLSearchParams {
  return withParam(params, 'sort', sort === (q ? 'match' : 'name') ? null : sort);
}
