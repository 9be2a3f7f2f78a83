/**
 * `npm run ingest -- --in DIR --out DIR [--strict] [--corrections FILE] [--quiet]`
 * Exit codes: see CLI.md.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { buildSearchArtifacts } from '../search/build';
import { loadCorrections } from './corrections';
import { ingestDir, isIngested } from './pipeline';
import { listDocuments } from './read';
import { formatReport, summaryLine } from './report';
import { renderFiles, writeAtomic } from './write';

export const EXIT = { ok: 0, nothingIngested: 1, usage: 2, strict: 3, writeFailed: 4 } as const;

export interface CliIO {
  out: (s: string) => void;
  err: (s: string) => void;
  isTTY: boolean;
}

const defaultIO: CliIO = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stderr.isTTY),
};

/** A minimal progress bar on stderr; drawn only on a TTY and for corpora worth waiting for. */
function progress(io: CliIO, total: number): ((done: number) => void) | undefined {
  if (!io.isTTY || total < 200) return undefined;
  let last = -1;
  return (done) => {
    const pct = Math.floor((done / total) * 100);
    if (pct === last && done !== total) return;
    last = pct;
    const width = 30;
    const fill = Math.round((done / total) * width);
    io.err(`\r[${'#'.repeat(fill)}${'.'.repeat(width - fill)}] ${done}/${total} documents`);
    if (done === total) io.err('\n');
  };
}

export function runIngest(argv: string[], io: CliIO = defaultIO): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        in: { type: 'string', default: 'data/documents' },
        out: { type: 'string', default: 'public/data' },
        corrections: { type: 'string', default: 'data/corrections.json' },
        strict: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (e) {
    io.err(`ingest: ${(e as Error).message}\n`);
    return EXIT.usage;
  }
  if (args.help) {
    io.out('usage: npm run ingest -- --in DIR --out DIR [--strict] [--corrections FILE] [--quiet]\n');
    return EXIT.ok;
  }
  const started = performance.now();
  const inDir = resolve(args.in);
  if (!existsSync(inDir) || !statSync(inDir).isDirectory()) {
    io.err(`ingest: input folder not found: ${args.in}\n`);
    return EXIT.usage;
  }
  const files = listDocuments(inDir);
  const { corrections, messages: corrMessages } = loadCorrections(resolve(args.corrections));
  const result = ingestDir(inDir, files, corrections, progress(io, files.length));
  if (corrMessages.length) {
    result.report.files.unshift({ file: args.corrections, documentId: null, messages: corrMessages });
    result.report.errors += corrMessages.filter((m) => m.severity === 'error').length;
    result.report.warnings += corrMessages.filter((m) => m.severity === 'warning').length;
  }
  const ingested = result.docs.filter(isIngested).length;
  try {
    const extra = buildSearchArtifacts(result.corpus);
    writeAtomic(args.out, renderFiles(result.corpus, extra, result.report));
  } catch (e) {
    io.err(`ingest: cannot write ${args.out}: ${(e as Error).message}\n`);
    return EXIT.writeFailed;
  }
  if (!args.quiet) io.err(formatReport(result.report));
  const seconds = (performance.now() - started) / 1000;
  io.err(`${summaryLine(result.report, seconds)}\n`);
  if (files.length === 0) io.err(`ingest: no .txt, .md or .html documents in ${args.in}\n`);
  if (ingested === 0) return EXIT.nothingIngested;
  if (args.strict && result.report.errors > 0) return EXIT.strict;
  return EXIT.ok;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = runIngest(process.argv.slice(2));
}
