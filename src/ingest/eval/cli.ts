/**
 * `npm run eval -- --corpus DIR [--corpus DIR…]` (DIR holds documents/ and gold/), or
 * `npm run eval -- --docs DIR --gold DIR [--docs DIR --gold DIR…]`; `--json FILE` writes the metrics;
 * `--check` (or any `--min-<metric> N`) exits 1 when a metric is below its bar.
 * Ingests all the documents together (so cross-document linking is exercised) and scores them.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadCorrections } from '../corrections';
import { ingestRecords } from '../pipeline';
import { listDocuments, readDocuments } from '../read';
import type { DocRecord } from '../types';
import { loadGoldDir, type Gold } from './gold';
import { score, value, type Metrics, type Miss, type Ratio } from './score';

/** The bars of the task; `--check` applies them, `--min-<name>` overrides one. */
export const BARS: Record<string, number> = {
  participantF1: 0.9,
  roleAccuracy: 0.85,
  affiliationAccuracy: 0.8,
  dateAccuracy: 0.9,
  titleAccuracy: 0.8,
  organizerRecall: 0.85,
  crossDocLinking: 0.95,
};

export interface EvalResult {
  metrics: Metrics;
  misses: Miss[];
  problems: string[];
}

/** Ingests every (docs, gold) pair together and scores. */
export function evaluate(pairs: { docs: string; gold: string }[], correctionsPath?: string): EvalResult {
  const records: DocRecord[] = [];
  const used = new Set<string>();
  const golds: { gold: Gold; record: DocRecord | null }[] = [];
  const problems: string[] = [];
  for (const pair of pairs) {
    const files = listDocuments(pair.docs);
    const recs = readDocuments(pair.docs, files, used);
    records.push(...recs);
    const loaded = loadGoldDir(pair.gold);
    problems.push(...loaded.problems.map((p) => `${pair.gold}/${p}`));
    for (const gold of loaded.golds) {
      const rec = recs.find((r) => r.file === gold.file) ?? null;
      if (!rec) problems.push(`${pair.gold}: no document ${gold.file} in ${pair.docs}`);
      golds.push({ gold, record: rec });
    }
  }
  const corrections = correctionsPath ? loadCorrections(correctionsPath).corrections : [];
  const { corpus, docs } = ingestRecords(records, corrections);
  const ingested = new Set(corpus.documents.map((d) => d.id));
  const { metrics, misses } = score({
    corpus,
    golds: golds.map(({ gold, record }) => ({ gold, documentId: record && ingested.has(record.id) ? record.id : null })),
  });
  for (const d of docs) for (const msg of d.messages) if (msg.severity === 'error') problems.push(`${d.file}: ${msg.message}`);
  return { metrics, misses, problems };
}

function fmt(x: Ratio | number): string {
  if (typeof x === 'number') return x.toFixed(3);
  return `${value(x).toFixed(3)}  (${x.hit}/${x.total})`;
}

export function formatTable(m: Metrics): string {
  const rows: [string, Ratio | number][] = [
    ['participant precision', m.participantPrecision],
    ['participant recall', m.participantRecall],
    ['participant F1', m.participantF1],
    ['role accuracy', m.roleAccuracy],
    ['affiliation accuracy', m.affiliationAccuracy],
    ['named recall', m.namedRecall],
    ['event title', m.titleAccuracy],
    ['event type', m.typeAccuracy],
    ['event date', m.dateAccuracy],
    ['event location', m.locationAccuracy],
    ['organizer recall', m.organizerRecall],
    ['referenced recall', m.referencedRecall],
    ['published date', m.publishedAccuracy],
    ['cross-doc linking', m.crossDocLinking],
    ['false merges', m.falseMerges],
  ];
  return rows.map(([k, v]) => `${k.padEnd(24)}${k === 'false merges' ? String(v) : fmt(v)}`).join('\n');
}

export function metricValue(m: Metrics, name: string): number | null {
  const v = (m as unknown as Record<string, Ratio | number | undefined>)[name];
  if (v === undefined) return null;
  return typeof v === 'number' ? v : value(v);
}

export function runEval(argv: string[]): number {
  const minOptions = Object.fromEntries(
    Object.keys(BARS).map((k) => [`min-${k}`, { type: 'string' as const }]),
  );
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        corpus: { type: 'string', multiple: true },
        docs: { type: 'string', multiple: true },
        gold: { type: 'string', multiple: true },
        json: { type: 'string' },
        corrections: { type: 'string' },
        check: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        ...minOptions,
      },
      strict: true,
    }).values as Record<string, string | string[] | boolean | undefined>;
  } catch (e) {
    process.stderr.write(`eval: ${(e as Error).message}\n`);
    return 2;
  }
  const pairs: { docs: string; gold: string }[] = [];
  for (const c of (parsed.corpus as string[] | undefined) ?? []) pairs.push({ docs: resolve(c, 'documents'), gold: resolve(c, 'gold') });
  const docs = (parsed.docs as string[] | undefined) ?? [];
  const gold = (parsed.gold as string[] | undefined) ?? [];
  if (docs.length !== gold.length) {
    process.stderr.write('eval: give --docs and --gold in pairs\n');
    return 2;
  }
  docs.forEach((d, i) => pairs.push({ docs: resolve(d), gold: resolve(gold[i]!) }));
  if (!pairs.length) {
    const seeds = resolve('../shared/corpus/seeds');
    pairs.push({ docs: join(seeds, 'documents'), gold: join(seeds, 'gold') });
  }
  for (const p of pairs) {
    if (!existsSync(p.docs) || !existsSync(p.gold)) {
      process.stderr.write(`eval: missing ${existsSync(p.docs) ? p.gold : p.docs}\n`);
      return 2;
    }
  }
  const { metrics, misses, problems } = evaluate(pairs, parsed.corrections as string | undefined);
  if (!parsed.quiet) {
    for (const p of problems) process.stdout.write(`! ${p}\n`);
    const byFile = new Map<string, Miss[]>();
    for (const x of misses) byFile.set(x.file, [...(byFile.get(x.file) ?? []), x]);
    for (const [file, xs] of byFile) {
      process.stdout.write(`${file}\n`);
      for (const x of xs) process.stdout.write(`  ${x.metric.padEnd(18)} ${x.detail}\n`);
    }
    process.stdout.write('\n');
  }
  process.stdout.write(`${formatTable(metrics)}\n`);
  if (parsed.json) {
    const path = resolve(parsed.json as string);
    mkdirSync(dirname(path), { recursive: true });
    const flat = Object.fromEntries(Object.keys(metrics).map((k) => [k, metricValue(metrics, k)]));
    writeFileSync(path, `${JSON.stringify({ metrics: flat, raw: metrics, misses }, null, 2)}\n`);
  }
  const bars: Record<string, number> = {};
  if (parsed.check) Object.assign(bars, BARS);
  for (const k of Object.keys(BARS)) {
    const v = parsed[`min-${k}`];
    if (typeof v === 'string') bars[k] = Number(v);
  }
  let failed = false;
  for (const [k, bar] of Object.entries(bars)) {
    const v = metricValue(metrics, k) ?? 0;
    if (v < bar) {
      process.stdout.write(`FAIL ${k} ${v.toFixed(3)} < ${bar}\n`);
      failed = true;
    }
  }
  if ((parsed.check || Object.keys(bars).length) && metrics.falseMerges > 0) {
    process.stdout.write(`FAIL falseMerges ${metrics.falseMerges} > 0\n`);
    failed = true;
  }
  return failed ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = runEval(process.argv.slice(2));
}
