/**
 * `npm run ingest -- --in DIR --out DIR [--strict] [--corrections FILE] [--quiet] [--no-fsync]`
 * Exit codes: see CLI.md.
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { Corpus } from '../model/corpus';
import { buildSearchArtifacts } from '../search/build';
import { buildViewArtifacts } from './views';
import { loadCorrections, type Correction } from './corrections';
import { ingestDir, isIngested } from './pipeline';
import { isInside, scanDocuments } from './read';
import { addFileReports, formatReport, summaryLine, type IngestReport } from './report';
import { recoverOutput, renderFiles, writeAtomic } from './write';

export const EXIT = { ok: 0, nothingIngested: 1, usage: 2, strict: 3, writeFailed: 4 } as const;

export interface CliIO {
  out: (s: string) => void;
  err: (s: string) => void;
  isTTY: boolean;
}

export const USAGE = 'usage: npm run ingest -- --in DIR --out DIR [--strict] [--corrections FILE] [--quiet] [--no-fsync]\n';

/** Real path of `p`, or of its nearest existing ancestor joined with the rest. */
function realish(p: string): string {
  const abs = resolve(p);
  if (existsSync(abs)) return realpathSync(abs);
  const up = dirname(abs);
  return up === abs ? abs : resolve(realish(up), abs.slice(up.length + 1));
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

/**
 * Ingests the documents, keeping only what the output needs: the corpus, the report and how many
 * documents were ingested. The per-document records (about 13 KB each, mostly their extractions)
 * are not returned, so their memory is free while the search index and the files are built: the
 * caller's frame would otherwise hold them to the end of the run.
 */
function ingestFolder(
  inDir: string,
  files: string[],
  corrections: Correction[],
  onProgress: ((done: number) => void) | undefined,
): { corpus: Corpus; report: IngestReport; ingested: number } {
  const { docs, corpus, report } = ingestDir(inDir, files, corrections, onProgress);
  return { corpus, report, ingested: docs.filter(isIngested).length };
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
        'no-fsync': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (e) {
    io.err(`ingest: ${(e as Error).message}\n${USAGE}`);
    return EXIT.usage;
  }
  if (args.help) {
    io.out(USAGE);
    return EXIT.ok;
  }
  const started = performance.now();
  const inDir = resolve(args.in);
  if (!args.in.trim() || !existsSync(inDir)) {
    io.err(`ingest: input folder not found: ${args.in}\n${USAGE}`);
    return EXIT.usage;
  }
  if (!statSync(inDir).isDirectory()) {
    io.err(`ingest: --in must be a folder, not a file: ${args.in}\n${USAGE}`);
    return EXIT.usage;
  }
  if (!args.out.trim()) {
    io.err(`ingest: --out must not be empty\n${USAGE}`);
    return EXIT.usage;
  }
  // The output folder is replaced wholesale: it must not be (or contain) the input, and inside
  // the input its files would be read back as reports on the next run.
  const inReal = realpathSync(inDir);
  const outReal = realish(args.out);
  if (isInside(inReal, outReal) || isInside(outReal, inReal)) {
    io.err(`ingest: --out (${args.out}) must not be the input folder, inside it, or contain it\n${USAGE}`);
    return EXIT.usage;
  }
  const scan = scanDocuments(inDir);
  const files = scan.files;
  const { corrections, messages: corrMessages } = loadCorrections(resolve(args.corrections));
  const { corpus, report, ingested } = ingestFolder(inDir, files, corrections, progress(io, files.length));
  addFileReports(report, scan.skipped.map((s) => ({ file: s.file, documentId: null, messages: [s.message] })));
  if (corrMessages.length) addFileReports(report, [{ file: args.corrections, documentId: null, messages: corrMessages }], 'start');
  try {
    for (const note of recoverOutput(args.out)) io.err(`ingest: ${args.out}: ${note} (left by an interrupted run)\n`);
    const extra = { ...buildSearchArtifacts(corpus), ...buildViewArtifacts(corpus) };
    writeAtomic(args.out, renderFiles(corpus, extra, report), { fsync: !args['no-fsync'] });
  } catch (e) {
    io.err(`ingest: cannot write ${args.out}: ${(e as Error).message}\n`);
    return EXIT.writeFailed;
  }
  if (!args.quiet) io.err(formatReport(report));
  const seconds = (performance.now() - started) / 1000;
  io.err(`${summaryLine(report, seconds)}\n`);
  if (files.length === 0) io.err(`ingest: no .txt, .md or .html documents in ${args.in}\n`);
  if (ingested === 0) return EXIT.nothingIngested;
  if (args.strict && report.errors > 0) return EXIT.strict;
  return EXIT.ok;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = runIngest(process.argv.slice(2));
}
