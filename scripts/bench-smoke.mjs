#!/usr/bin/env node
// Smoke run of every benchmark on tiny corpora (200 and 400 events, 12 queries): checks that each
// one runs and yields numbers. Speed is printed, never asserted. Exit 1 if a benchmark crashes or
// a required figure is not a number. Results: bench/out/smoke-results.json.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const OUT = 'bench/out/smoke-results.json';
const REQUIRED = [
  'search.p95_ms_10k',
  'search.p95_ms_50k',
  'search.naive_fuse_p95_ms_10k',
  'search.minisearch_p95_ms_10k',
  'search.recall_at_5',
  'search.naive_recall_at_5',
  'load.initial_js_gzip_kb',
  'load.first_events_ms_10k',
  'lists.dom_elements_10k',
  'lists.scroll_p95_frame_ms',
  'ingest.docs_per_s_10k',
  'ingest.peak_mb_10k',
  'extraction.participant_recall_10k',
  'extraction.capacity_10k',
  'extraction.role_10k',
  'extraction.affiliation_10k',
];

const started = Date.now();
const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--smoke', '--out', OUT], { stdio: 'inherit' });
let results;
try {
  results = JSON.parse(readFileSync(OUT, 'utf8'));
} catch {
  results = null;
}
const problems = [];
if (run.status !== 0) problems.push(`bench/run.ts --smoke exited with ${run.status ?? run.signal}`);
if (!results) problems.push(`no results in ${OUT}`);
else {
  for (const key of REQUIRED) {
    const v = results[key];
    if (typeof v !== 'number' || !Number.isFinite(v)) problems.push(`${key} is not a number (${JSON.stringify(v)})`);
  }
  for (const e of results.errors ?? []) problems.push(`crashed: ${e}`);
}
const seconds = ((Date.now() - started) / 1000).toFixed(0);
if (problems.length) {
  console.error(`\nbench smoke: FAILED after ${seconds} s\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`\nbench smoke: every benchmark ran and produced numbers (${seconds} s)`);
