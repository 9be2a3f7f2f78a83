import type { Corpus } from '../model/corpus';

/**
 * Search artifacts built at ingest time, as file name (relative to the output folder) → content.
 * Ingest writes them beside the contract files.
 */
export function buildSearchArtifacts(_corpus: Corpus): Record<string, string> {
  return {};
}
