/**
 * The Node flags of the ingest command are written in one place: the `ingest` script of
 * package.json (`tsx --flag … src/ingest/cli.ts`, tsx hands them to node). The ingest benchmark
 * reads them from there, so it measures the command as `npm run ingest` runs it.
 *
 * `--single-threaded-gc`: ingest is one thread of work, and on one core (the benchmark pins it)
 * V8's parallel and concurrent collector threads only take turns with it; doing the collection on
 * the main thread saved about 5% of the run there. (With idle cores to spare, parallel collection
 * would win back a little of that.)
 */

/** The `--` options right after `tsx` in an npm script line, in order. */
export function nodeFlagsOf(script: string): string[] {
  const words = script.trim().split(/\s+/);
  const at = words.indexOf('tsx');
  if (at < 0) return [];
  const flags: string[] = [];
  for (const w of words.slice(at + 1)) {
    if (!w.startsWith('--')) break;
    flags.push(w);
  }
  return flags;
}
