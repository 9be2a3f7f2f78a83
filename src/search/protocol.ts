/** Messages between the search client and its worker. */
import type { SearchOptions, SearchResults } from './format';

export type WorkerRequest =
  | { type: 'load'; url: string }
  | { type: 'search'; id: number; channel: string; query: string; options: SearchOptions };

export type WorkerResponse =
  /** Sent when the entity part is ready (`passages: false`), then again with the passage part. */
  | { type: 'ready'; records: number; words: number; loadMs: number; passages: boolean }
  | { type: 'load-error'; message: string }
  /**
   * A query's results. `partial`: more will follow for the same id (passage texts still loading,
   * or passages not yet searchable); the last message for an id has `partial: false`.
   */
  | { type: 'result'; id: number; results: SearchResults; partial: boolean }
  | { type: 'dropped'; id: number }
  | { type: 'error'; id: number; message: string };
