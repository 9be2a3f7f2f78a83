import type { ExplorerDocument, ExplorerEvent, Organization, Person } from './schema';

/** Everything one ingest produces, before it is written as files. */
export interface Corpus {
  documents: ExplorerDocument[];
  events: ExplorerEvent[];
  people: Person[];
  organizations: Organization[];
  /** Cleaned text of each document by document id; evidence offsets point into these. */
  texts: Record<string, string>;
}
