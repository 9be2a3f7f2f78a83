/**
 * Ingest benchmark: the ingest CLI over a generated corpus in a child process pinned to one core
 * (taskset, when present). Wall time of the whole child (start-up included) and its peak RSS.
 * The child loads the CLI as the ingest script does (bundled again only when a source changed) and
 * runs it with the Node flags of the `ingest` script in package.json, as `npm run ingest` does
 * (scripts/ingest.mjs).
 *
 * Two things on this machine measured the machine rather than ingest, and the benchmark avoids them:
 * - **Deleting before measuring.** The output folder must not exist: a first ingest writes every
 *   file. Its caller must not delete thousands of files just before either: on ext4 without a
 *   journal (this machine's disk) the kernel skips inodes freed in the last 1–6 minutes one by one
 *   when it creates a file (`recently_deleted` in ext4's inode allocator). A run right after the
 *   previous run's output was deleted spent 6–9 s of system time instead of about 2 s (perf: about
 *   16% of its samples in ext4's inode allocator: `recently_deleted`, `find_inode_bit` and the
 *   block lookups they make). The bench run keeps every run's output and
 *   deletes them at its end ({@link Trash}).
 * - **A busy core.** The two virtual cores are not equally fast from one minute to the next (the
 *   host's other work): the same loop ran up to 2.6 times slower on one than on the other. Each run is
 *   pinned to the core a short calibration loop finds faster at that moment ({@link quietestCore}),
 *   and the calibration figures are reported beside the result.
 * - **A cold page cache.** This machine's kernel runs DAMON proactive reclaim (`pageout` of memory
 *   idle for about a minute), which drops the corpus's cached file pages between benchmark steps.
 *   A run that read the 10k corpus back from the virtual disk spent 3.4 s of 33.5 s in `read`
 *   (CPU profile) against well under a second with the files cached. Each run reads the corpus
 *   once, untimed, just before it starts ({@link warmFiles}): the figure is ingest's work, not the
 *   disk's. (A first ingest of files just downloaded or written finds them cached too.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { basename, join } from 'node:path';
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
  /** The core the run was pinned to, or null when taskset is missing. */
  core: number | null;
  /** Milliseconds of the calibration loop on each core just before the run (empty when not pinned). */
  calibrationMs: number[];
  summary: string;
}

const TASKSET = ['/usr/bin/taskset', '/bin/taskset'].find((p) => existsSync(p)) ?? null;

/** A fixed integer loop in a fresh Node, pinned to `core`: its wall time in ms. */
function calibrate(core: number): number {
  const loop = 'let x=0;const t=performance.now();for(let i=0;i<1e8;i++)x=(x*31+i)|0;process.stdout.write(String(performance.now()-t+(x&0)))';
  const r = spawnSync(TASKSET!, ['-c', String(core), process.execPath, '-e', loop], { encoding: 'utf8' });
  const ms = Number(r.stdout);
  return Number.isFinite(ms) && ms > 0 ? ms : Infinity;
}

/** The core that ran the calibration loop fastest just now, with every core's figure. */
export function quietestCore(): { core: number; calibrationMs: number[] } {
  const calibrationMs = cpus().map((_, core) => calibrate(core));
  const core = calibrationMs.indexOf(Math.min(...calibrationMs));
  return { core: Math.max(core, 0), calibrationMs };
}

/**
 * Folders set aside instead of deleted while the benchmark measures (see the module comment);
 * `empty()` deletes them all, at the end of the run.
 */
export class Trash {
  private count = 0;
  constructor(private readonly dir: string) {}

  /** Moves `path` (when it exists) into the trash folder; a rename frees no inode. */
  put(path: string): void {
    if (!existsSync(path)) return;
    mkdirSync(this.dir, { recursive: true });
    renameSync(path, join(this.dir, `${this.count++}-${basename(path)}`));
  }

  /** Deletes everything set aside, then flushes it to disk so the freed inodes stop counting as recent sooner. */
  empty(): void {
    rmSync(this.dir, { recursive: true, force: true });
    if (process.platform === 'linux') spawnSync('sync', [], { stdio: 'ignore' });
  }
}

/** Reads every file under `dir` once, so the kernel has them cached. */
function warmFiles(dir: string): void {
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) readFileSync(join(entry.parentPath, entry.name));
  }
}

/** One timed ingest of `inDir` into `outDir`, which must not exist. */
export function benchIngest(inDir: string, outDir: string, documents: number, timeoutMs = 0): IngestBench {
  if (existsSync(outDir)) throw new Error(`ingest benchmark: the output folder must not exist yet: ${outDir}`);
  const pin = TASKSET ? quietestCore() : null;
  warmFiles(inDir);
  const node = [process.execPath, ...ingestNodeFlags(), 'bench/ingest-child.mjs', '--in', inDir, '--out', outDir, '--quiet'];
  const cmd = pin ? TASKSET! : node[0]!;
  const args = pin ? ['-c', String(pin.core), ...node] : node.slice(1);
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
    core: pin?.core ?? null,
    calibrationMs: pin?.calibrationMs.map((ms) => Math.round(ms)) ?? [],
    summary,
  };
}
