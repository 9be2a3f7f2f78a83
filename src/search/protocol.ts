/** Messages between the search client and its worker. */
import type { SearchOptions, SearchResults } from './format';

export type WorkerRequest =
  | { type: 'load'; url: string }
  | { type: 'search'; id: number; channel: string; query: string; options: SearchOptions };

export type WorkerResponse =
  | { type: 'ready'; records: number; words: number; loadMs: number }
  | { type: 'load-error'; message: string }
  | { type: 'result'; id: number; results: SearchResults }
  | { type: 'dropped'; id: number }
  | { type: 'error'; id: number; message: string };
