/**
 * Runs the ingest CLI in this process the way `npm run ingest` does (scripts/ingest.mjs: bundle
 * when a source changed, then run) and prints one JSON line with the pipeline's time and peak RSS
 * (process.resourceUsage().maxRSS), so the benchmark can measure ingest without /usr/bin/time.
 */
import { loadIngestCli } from '../scripts/ingest.mjs';

const { runIngest } = await loadIngestCli();
const t0 = performance.now();
const code = runIngest(process.argv.slice(2), { out: () => {}, err: (s) => process.stderr.write(s), isTTY: false });
const ms = performance.now() - t0;
process.stdout.write(`${JSON.stringify({ code, ms, maxRssKb: process.resourceUsage().maxRSS })}\n`);
process.exitCode = code;
