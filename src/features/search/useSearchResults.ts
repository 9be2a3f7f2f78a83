import { useEffect, useState, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import { getSearchClient, type SearchStatus } from '../../search/client';
import type { SearchFilters, SearchResults } from '../../search/format';

export interface SearchState {
  /** Results of the latest answered query (possibly an older one while a newer is running). */
  results: SearchResults | null;
  /** True while the shown results are not those of the current query. */
  pending: boolean;
  status: SearchStatus;
  error: string | null;
}

/** Runs `query` in the search worker; a blank query gives no results and no work. */
export function useSearchResults(query: string, limit: number, filters: SearchFilters | undefined, channel: string): SearchState {
  const client = getSearchClient();
  const status = useSyncExternalStore(client.subscribe, client.status, client.status);
  const key = JSON.stringify([query, limit, filters ?? null]);
  const [answer, setAnswer] = useState<{ key: string; results: SearchResults | null; error: string | null }>({
    key: '',
    results: null,
    error: null,
  });
  const blank = query.trim() === '';

  useEffect(() => {
    if (blank) return;
    let live = true;
    // A partial first answer (passage texts loading) is completed by `onUpdate`.
    const onUpdate = (results: SearchResults) => {
      if (live) setAnswer({ key, results, error: null });
    };
    client.search(query, { limit, filters }, channel, onUpdate).then(
      (results) => {
        // Results are what the user waits for: render them now, not in a later scheduler task.
        if (live && results) flushSync(() => setAnswer({ key, results, error: null }));
      },
      (e: unknown) => {
        if (live) setAnswer({ key, results: null, error: e instanceof Error ? e.message : String(e) });
      },
    );
    return () => {
      live = false;
    };
    // `key` stands for query, limit and filters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, blank, channel, client]);

  if (blank) return { results: null, pending: false, status, error: null };
  return {
    results: answer.results,
    pending: answer.key !== key,
    status,
    error: answer.error ?? (status === 'error' ? client.error() : null),
  };
}
