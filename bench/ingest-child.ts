/**
 * Runs the ingest CLI in this process and prints one JSON line with its wall time and peak RSS
 * (process.resourceUsage().maxRSS), so the benchmark can measure ingest without /usr/bin/time.
 */
import { runIngest } from '../src/ingest/cli';

const t0 = performance.now();
const code = runIngest(process.argv.slice(2), { out: () => {}, err: (s) => process.stderr.write(s), isTTY: false });
const ms = performance.now() - t0;
process.stdout.write(`${JSON.stringify({ code, ms, maxRssKb: process.resourceUsage().maxRSS })}\n`);
process.exitCode = code;
