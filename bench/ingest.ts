/**
 * Ingest benchmark: the ingest CLI over a generated corpus in a child process pinned to one core
 * (taskset, when present). Wall time of the whole child (start-up included) and its peak RSS.
 * The child runs with the Node flags of the `ingest` script in package.json, as `npm run ingest` does.
 * The output folder starts empty: a first ingest writes every file, while a re-ingest into an
 * existing output links the files that did not change (src/ingest/write.ts), which is faster. The
 * previous output is renamed aside and deleted after the measurement: on this machine's file
 * system, creating files right after deleting ten thousand others cost up to 6.6 s of kernel time,
 * which is the benchmark's own cleanup, not ingest.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { nodeFlagsOf } from '../src/ingest/node-flags';

/** Node flags of `npm run ingest` (see src/ingest/node-flags.ts). */
export function ingestNodeFlags(): string[] {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts?: Record<string, string> };
  return nodeFlagsOf(pkg.scripts?.ingest ?? '');
}

export interface IngestBench {
  documents: number;
  wallMs: number;
  pipelineMs: number;
  docsPerS: number;
  peakMb: number;
  exitCode: number;
  pinned: boolean;
  summary: string;
}

export function benchIngest(inDir: string, outDir: string, documents: number, timeoutMs = 0): IngestBench {
  const previous = `${outDir}.previous-${process.pid}`;
  if (existsSync(outDir)) renameSync(outDir, previous);
  try {
    return runIngest(inDir, outDir, documents, timeoutMs);
  } finally {
    rmSync(previous, { recursive: true, force: true });
  }
}

function runIngest(inDir: string, outDir: string, documents: number, timeoutMs: number): IngestBench {
  const pinned = existsSync('/usr/bin/taskset') || existsSync('/bin/taskset');
  const node = [process.execPath, ...ingestNodeFlags(), '--import', 'tsx', 'bench/ingest-child.ts', '--in', inDir, '--out', outDir, '--quiet'];
  const cmd = pinned ? 'taskset' : node[0]!;
  const args = pinned ? ['-c', '0', ...node] : node.slice(1);
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: timeoutMs || undefined, killSignal: 'SIGKILL' });
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') throw new Error(`ingest of ${documents} documents did not finish within ${timeoutMs / 1000} s`);
  const wallMs = performance.now() - t0;
  const line = (r.stdout ?? '').trim().split('\n').pop() ?? '';
  let parsed: { code: number; ms: number; maxRssKb: number } | null;
  try {
    parsed = JSON.parse(line) as { code: number; ms: number; maxRssKb: number };
  } catch {
    parsed = null;
  }
  if (!parsed) throw new Error(`ingest crashed (exit ${r.status}): ${(r.stderr ?? '').slice(-2000)}`);
  const summary = (r.stderr ?? '').trim().split('\n').filter(Boolean).pop() ?? '';
  return {
    documents,
    wallMs,
    pipelineMs: parsed.ms,
    docsPerS: documents / (wallMs / 1000),
    peakMb: parsed.maxRssKb / 1024,
    exitCode: parsed.code,
    pinned,
    summary,
  };
}
