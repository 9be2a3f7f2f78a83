/**
 * Search engine benchmark in Chromium: our engine, naive Fuse and MiniSearch on the same index
 * and the same queries, on the bench page (bench/search-page), keystroke (input event) → results
 * rendered and laid out, on the main thread.
 */
import { resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import { build } from 'vite';
import { hitAtK, type BenchQuery } from './queries';
import { NAME_SHIM } from './lib/browser';
import { serveStatic } from './lib/serve';
import { percentile } from './lib/stats';

export type EngineName = 'ours' | 'naive' | 'minisearch';

export interface EngineRun {
  engine: EngineName;
  queries: number;
  p50: number;
  p95: number;
  max: number;
  /** hit@5 over the queries run. */
  recall5: number;
  /** hit@5 of the typo queries only. */
  typoRecall5: number;
  initMs: number;
  /** Indices (into the query list) that were run: a time-capped baseline stops early. */
  ran: number;
  perQuery: Array<{ ms: number; hit: boolean }>;
}

export interface SearchBenchResult {
  records: number;
  words: number;
  loadMs: { fetch: number; parse: number; prepare: number; entities: number };
  runs: Partial<Record<EngineName, EngineRun>>;
  baselineSource: string;
}

const PAGE_OUT = 'bench/out/search-page';

/** Bundles the bench page once (Vite build API, no app config). */
export async function buildSearchPage(): Promise<{ dir: string; baselineSource: string }> {
  const baselineSource = 'src/search/baselines.ts';
  await build({
    configFile: false,
    root: resolve('bench/search-page'),
    base: './',
    logLevel: 'warn',
    build: { outDir: resolve(PAGE_OUT), emptyOutDir: true, target: 'es2022', minify: true, reportCompressedSize: false },
  });
  return { dir: resolve(PAGE_OUT), baselineSource };
}

interface BenchApi {
  load(url: string): Promise<{ records: number; words: number; fetchMs: number; parseMs: number; prepareMs: number; entitiesMs: number }>;
  loadTexts(url: string): Promise<number>;
  init(engine: EngineName): number;
  drop(engine: EngineName): void;
  run(engine: EngineName, queries: string[], limit: number, budgetMs: number): Promise<Array<{ ms: number; top: { people: string[]; organizations: string[]; passages: string[] } }>>;
}

export async function benchSearch(
  browser: Browser,
  pageDir: string,
  baselineSource: string,
  dataDir: string,
  queries: BenchQuery[],
  engines: Array<{ engine: EngineName; budgetMs: number }>,
  log: (s: string) => void,
): Promise<SearchBenchResult> {
  const server = await serveStatic(pageDir, { '/data/': dataDir });
  const page = await browser.newPage();
  await page.addInitScript(NAME_SHIM);
  page.setDefaultTimeout(0);
  try {
    await page.goto(`${server.url}/index.html`);
    await page.waitForFunction(() => 'bench' in window);
    const loaded = await page.evaluate((u) => (window as unknown as { bench: BenchApi }).bench.load(u), `${server.url}/data/search-index.json`);
    log(`  index: ${loaded.records} records, ${loaded.words} words; fetch ${Math.round(loaded.fetchMs)} ms, validate ${Math.round(loaded.parseMs)} ms, prepare ${Math.round(loaded.prepareMs)} ms (entities searchable after ${Math.round(loaded.entitiesMs)} ms)`);
    // Document texts: the baselines index passage text, and our passage hits show it.
    await page.evaluate((u) => (window as unknown as { bench: BenchApi }).bench.loadTexts(u), `${server.url}/data/texts.json`);
    const runs: SearchBenchResult['runs'] = {};
    const texts = queries.map((q) => q.q);
    for (const { engine, budgetMs } of engines) {
      const initMs = await page.evaluate((e) => (window as unknown as { bench: BenchApi }).bench.init(e), engine);
      // Warm-up (JIT, caches): a few queries not counted.
      await page.evaluate((a) => (window as unknown as { bench: BenchApi }).bench.run(a.e, a.q, 5, 5000), { e: engine, q: texts.slice(0, 5).map((t) => `${t}x`) });
      const out = await page.evaluate((a) => (window as unknown as { bench: BenchApi }).bench.run(a.e, a.q, 5, a.b), { e: engine, q: texts, b: budgetMs });
      const perQuery = out.map((r, i) => ({ ms: r.ms, hit: hitAtK(queries[i]!, r.top) }));
      const ms = perQuery.map((r) => r.ms);
      const typos = perQuery.filter((_, i) => queries[i]!.typo);
      runs[engine] = {
        engine,
        queries: out.length,
        p50: percentile(ms, 50),
        p95: percentile(ms, 95),
        max: Math.max(...ms),
        recall5: perQuery.filter((r) => r.hit).length / Math.max(1, perQuery.length),
        typoRecall5: typos.filter((r) => r.hit).length / Math.max(1, typos.length),
        initMs,
        ran: out.length,
        perQuery,
      };
      log(`  ${engine}: ${out.length}/${queries.length} queries, p95 ${percentile(ms, 95).toFixed(1)} ms, hit@5 ${(runs[engine].recall5 * 100).toFixed(1)}%, init ${Math.round(initMs)} ms`);
      await page.evaluate((e) => (window as unknown as { bench: BenchApi }).bench.drop(e), engine);
    }
    return { records: loaded.records, words: loaded.words, loadMs: { fetch: loaded.fetchMs, parse: loaded.parseMs, prepare: loaded.prepareMs, entities: loaded.entitiesMs }, runs, baselineSource };
  } finally {
    await page.close();
    await server.close();
  }
}
