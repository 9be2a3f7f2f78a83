/**
 * The Node flags of the ingest command are written in one place: the `ingest` script of
 * package.json (`node --flag … scripts/ingest.mjs`). The ingest benchmark
 * reads them from there, so it measures the command as `npm run ingest` runs it.
 *
 * `--single-threaded-gc`: ingest is one thread of work, and on one core (the benchmark pins it)
 * V8's parallel and concurrent collector threads only take turns with it; doing the collection on
 * the main thread saved about 5% of the run there. (With idle cores to spare, parallel collection
 * would win back a little of that.)
 *
 * `--maglev`: V8's mid-tier optimizing compiler (on by default from Node 22; Node 20 has it behind
 * this flag). Ingest runs a lot of code a few thousand times each: a cold run's first thousand
 * documents took 3.8 s against 1.6–1.7 s for each later thousand, compiling and running code not
 * yet optimized. Maglev compiles much faster than TurboFan and optimizes such code sooner. Over
 * the 10k corpus, pinned to one core, five alternating pairs gave 28.5–31.0 s against 30.0–33.4 s
 * without it (two of the pairs with --trace-opt); outputs are byte-identical (10k, seed and dev
 * corpora).
 */

/** The `--` options right after `node` in an npm script line, in order. */
export function nodeFlagsOf(script: string): string[] {
  const words = script.trim().split(/\s+/);
  const at = words.indexOf('node');
  if (at < 0) return [];
  const flags: string[] = [];
  for (const w of words.slice(at + 1)) {
    if (!w.startsWith('--')) break;
    flags.push(w);
  }
  return flags;
}
