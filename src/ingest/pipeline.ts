/**
 * The ingest pipeline: read → decode → clean → metadata → segment → extract → (corrections) → link.
 * Per-document stages are pure functions over a DocRecord; a stage that fails on odd content adds
 * an error to that record and the others go on.
 */
import type { Corpus } from '../model/corpus';
import { clean } from './clean';
import { applyCorrections, type Correction } from './corrections';
import { decode } from './decode';
import { extract } from './extract/index';
import { link } from './link';
import { addMessage } from './messages';
import { metadata } from './metadata';
import { streamDocuments } from './read';
import { buildReport, type FileReport, type IngestReport } from './report';
import { segment } from './segment';
import type { DocRecord } from './types';

type Stage = (doc: DocRecord) => DocRecord;
export const STAGES: [string, Stage][] = [
  ['decode', decode],
  ['clean', clean],
  ['metadata', metadata],
  ['segment', segment],
  ['extract', extract],
];

/** Runs the per-document stages; a stage that throws is reported and skipped (never fatal). */
export function processDocument(doc: DocRecord): DocRecord {
  let cur = doc;
  for (const [name, stage] of STAGES) {
    if (cur.messages.some((m) => m.severity === 'error' && m.source !== 'extract')) break;
    try {
      cur = stage(cur);
    } catch (e) {
      addMessage(cur, 'error', name, 'crash', `${name} failed: ${(e as Error).message}`);
      break;
    }
  }
  // The bytes are not needed past decoding, nor the decoded source once there is cleaned text (a
  // message's position is read from `raw` only when `text` is empty): dropping them keeps memory
  // flat on large corpora.
  return { ...cur, bytes: null, raw: cur.text ? '' : cur.raw.length > 4000 ? cur.raw.slice(0, 4000) : cur.raw };
}

/** A document is ingested when it produced some text. */
export function isIngested(doc: DocRecord): boolean {
  return doc.text.length > 0;
}

export interface IngestResult {
  docs: DocRecord[];
  corpus: Corpus;
  report: IngestReport;
}

/** Runs the pipeline; `records` may be a lazy iterable (each is processed, then its bytes dropped). */
export function ingestRecords(
  records: Iterable<DocRecord>,
  corrections: Correction[] = [],
  onProgress?: (done: number) => void,
): IngestResult {
  const docs: DocRecord[] = [];
  for (const r of records) {
    docs.push(processDocument(r));
    onProgress?.(docs.length);
  }
  const ok = docs.filter(isIngested);
  const corrected = applyCorrections(link(ok), corrections);
  const extra: FileReport[] = corrected.messages.length
    ? [{ file: 'corrections.json', documentId: null, messages: corrected.messages }]
    : [];
  return { docs, corpus: corrected.corpus, report: buildReport(docs, corrected.corpus, extra) };
}

export function ingestDir(dir: string, files: string[], corrections: Correction[] = [], onProgress?: (done: number) => void): IngestResult {
  return ingestRecords(streamDocuments(dir, files), corrections, onProgress);
}
