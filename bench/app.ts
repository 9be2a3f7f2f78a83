/**
 * App benchmarks on the production build served by `vite preview`: initial JS (gzip), time to the
 * first event card, DOM size and scroll frame times of the long lists, and the header search box
 * (keystroke → rendered options, search in the app's worker).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { NAME_SHIM } from './lib/browser';
import { median, percentile } from './lib/stats';

const VITE = resolve('node_modules/vite/bin/vite.js');

/** Production build of the app into `outDir` (the repo's vite.config.ts, plus a manifest). */
export function buildApp(outDir: string): void {
  const r = spawnSync(process.execPath, [VITE, 'build', '--outDir', outDir, '--emptyOutDir', '--manifest', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`vite build failed (exit ${r.status})`);
  rmSync(join(outDir, 'data'), { recursive: true, force: true });
}

/** A copy of the build serving `dataDir` as its data/ folder. */
export function appWithData(appDir: string, dataDir: string, outDir: string): void {
  rmSync(outDir, { recursive: true, force: true });
  cpSync(appDir, outDir, { recursive: true });
  cpSync(dataDir, join(outDir, 'data'), { recursive: true });
}

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

export interface InitialJs {
  files: Array<{ file: string; bytes: number; gzip: number }>;
  gzipKb: number;
  rawKb: number;
  cssGzipKb: number;
}

/**
 * JS the browser loads for a first visit to `/`: the entry script and modulepreloads named by
 * index.html, plus the timeline page chunk and its static imports (from the build manifest).
 */
export function initialJs(distDir: string): InitialJs {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const files = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) files.add(m[1]!.replace(/^\//, ''));
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) files.add(m[1]!.replace(/^\//, ''));
  const css = new Set<string>();
  for (const m of html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) css.add(m[1]!.replace(/^\//, ''));
  const manifestPath = [join(distDir, '.vite/manifest.json'), join(distDir, 'manifest.json')].find(existsSync);
  if (manifestPath) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
    const timeline = Object.entries(manifest).find(([k]) => /features\/timeline\/TimelinePage\.tsx$/.test(k));
    const add = (key: string) => {
      const c = manifest[key];
      if (!c || files.has(c.file)) return;
      files.add(c.file);
      for (const s of c.css ?? []) css.add(s);
      for (const i of c.imports ?? []) add(i);
    };
    if (timeline) add(timeline[0]);
  }
  const list = [...files].map((file) => {
    const buf = readFileSync(join(distDir, file));
    return { file, bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
  });
  const cssGzip = [...css].reduce((s, f) => s + (existsSync(join(distDir, f)) ? gzipSync(readFileSync(join(distDir, f)), { level: 9 }).length : 0), 0);
  return {
    files: list,
    gzipKb: list.reduce((s, f) => s + f.gzip, 0) / 1024,
    rawKb: list.reduce((s, f) => s + f.bytes, 0) / 1024,
    cssGzipKb: cssGzip / 1024,
  };
}

export interface Preview {
  url: string;
  stop: () => void;
}

/** `vite preview` over `dir` on a free-ish port; resolves when it answers. */
export async function preview(dir: string, port: number): Promise<Preview> {
  const child: ChildProcess = spawn(process.execPath, [VITE, 'preview', '--outDir', dir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`vite preview exited: ${output}`);
    try {
      const r = await fetch(`${url}/`);
      if (r.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() - started > 30000) {
      child.kill();
      throw new Error(`vite preview did not start: ${output}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return { url, stop: () => child.kill() };
}

/** Navigation → first `[data-testid=event-card]` visible, in a fresh context (cold cache) each run. */
export async function firstEvents(browser: Browser, url: string, runs: number): Promise<{ median: number; all: number[] }> {
  const all: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(NAME_SHIM);
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __firstCard?: number };
      const check = () => {
        if (w.__firstCard !== undefined) return true;
        const el = document.querySelector('[data-testid="event-card"]');
        if (el && el.getBoundingClientRect().height > 0) {
          w.__firstCard = performance.now();
          return true;
        }
        return false;
      };
      new MutationObserver((_, obs) => {
        if (check()) obs.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => (window as unknown as { __firstCard?: number }).__firstCard !== undefined, null, { timeout: 60000 });
    all.push(await page.evaluate(() => (window as unknown as { __firstCard: number }).__firstCard));
    await context.close();
  }
  return { median: median(all), all };
}

/**
 * Scroll speeds, in pixels per animation frame. The figure's speed: one mouse-wheel notch (100 px)
 * every frame, 6,000 px/s at 60 Hz, faster than sustained wheel scrolling or keyboard paging and
 * about a hard trackpad fling. The stress speed (24,000 px/s) is reported beside it.
 */
export const SCROLL_STEP_PX = 100;
export const STRESS_STEP_PX = 400;

/** Elements in the document, and rAF frame intervals while scrolling the page's main scroller by `stepPx` a frame. */
async function measureList(page: Page, frames: number, stepPx: number): Promise<{ elements: number; scrollP95: number; scrollMax: number; frames: number; scrolledPx: number }> {
  const elements = await page.evaluate(() => document.querySelectorAll('*').length);
  const scroll = await page.evaluate(async ({ n, step }) => {
    // The largest scrollable element, else the document.
    let target: Element = document.scrollingElement ?? document.documentElement;
    let best = target.scrollHeight - target.clientHeight;
    for (const el of document.querySelectorAll('*')) {
      const st = getComputedStyle(el);
      if (!/(auto|scroll)/.test(st.overflowY)) continue;
      const room = el.scrollHeight - el.clientHeight;
      if (room > best) {
        best = room;
        target = el;
      }
    }
    const deltas: number[] = [];
    let last = performance.now();
    const start = target.scrollTop;
    for (let i = 0; i < n; i++) {
      // A frame that never comes ends the measurement (one bench run waited on it for good); the
      // frames measured are in the result.
      const framed = await new Promise<boolean>((r) => {
        const timer = setTimeout(() => r(false), 5000);
        requestAnimationFrame((t) => {
          clearTimeout(timer);
          deltas.push(t - last);
          last = t;
          r(true);
        });
      });
      if (!framed) break;
      target.scrollTop += step;
    }
    return { deltas: deltas.slice(2), scrolled: target.scrollTop - start };
  }, { n: frames, step: stepPx });
  const peak = await page.evaluate(() => document.querySelectorAll('*').length);
  return {
    elements: Math.max(elements, peak),
    scrollP95: percentile(scroll.deltas, 95),
    scrollMax: Math.max(...scroll.deltas),
    frames: scroll.deltas.length,
    scrolledPx: scroll.scrolled,
  };
}

/**
 * Waits until the page's background loading is over: the full data (fetched once the first
 * screen is up) and its validation worker, the search index and the search worker's warm-up. On a 2-core machine those threads would
 * otherwise take their CPU from the frames being measured; this measures the list itself.
 */
async function settle(page: Page): Promise<void> {
  // The full data is fetched in idle time after the first screen (timeline.json).
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => /\/data\/events\.json$/.test(r.name)), null, { timeout: 60000 });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(2000);
}

type ListFigures = Awaited<ReturnType<typeof measureList>>;

export interface ListsResult {
  timeline: ListFigures;
  people: ListFigures;
  /** The same pages at STRESS_STEP_PX. */
  timelineStress: ListFigures;
  peopleStress: ListFigures;
}

export async function lists(browser: Browser, url: string, frames = 180): Promise<ListsResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(NAME_SHIM);
  const page = await context.newPage();
  page.setDefaultTimeout(60000);
  /** The page at `path` once it shows `ready` and has settled, scrolled at both speeds. */
  const measurePage = async (path: string, ready: string) => {
    await page.goto(`${url}${path}`);
    await page.locator(ready).first().waitFor();
    await settle(page);
    const normal = await measureList(page, frames, SCROLL_STEP_PX);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(500);
    return { normal, stress: await measureList(page, frames, STRESS_STEP_PX) };
  };
  try {
    const timeline = await measurePage('/', '[data-testid="event-card"]');
    const people = await measurePage('/people', 'main a[href^="/people/"]');
    return { timeline: timeline.normal, people: people.normal, timelineStress: timeline.stress, peopleStress: people.stress };
  } finally {
    await context.close();
  }
}

export interface UiSearchResult {
  queries: number;
  p50: number;
  p95: number;
  max: number;
  timeouts: number;
  readyMs: number;
}

/**
 * The header search box: per query, the box is first set to a query with no matches (so stale
 * hits cannot be mistaken for the answer), then the query is entered as one input event; the time
 * runs from that event to the DOM commit that shows hit options (or "No matches.").
 */
export async function uiSearch(browser: Browser, url: string, queries: string[], settleMs = 3000): Promise<UiSearchResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(NAME_SHIM);
  const page = await context.newPage();
  page.setDefaultTimeout(120000);
  try {
    await page.goto(`${url}/`);
    await page.locator('[role="combobox"]').first().waitFor();
    const t0 = Date.now();
    const type = (q: string, wait: 'hits' | 'none') =>
      page.evaluate(
        ({ q, wait }) =>
          new Promise<number>((resolve) => {
            const input = document.querySelector<HTMLInputElement>('[role="combobox"]')!;
            const lb = document.getElementById(input.getAttribute('aria-controls') ?? '')!;
            input.focus();
            // Rendered: the listbox shows the answer to this query (the last answer stays while the next is on its way).
            const done = () => {
              if (lb.dataset.query !== q) return false;
              const hits = [...lb.querySelectorAll('[role="option"]')].filter((o) => !o.id.endsWith('-opt-all')).length;
              const none = (lb.textContent ?? '').includes('No matches.');
              return wait === 'none' ? none : hits > 0 || none;
            };
            let timer = 0;
            const obs = new MutationObserver(() => {
              if (!done()) return;
              const ms = performance.now() - start;
              obs.disconnect();
              clearTimeout(timer);
              resolve(ms);
            });
            obs.observe(lb, { childList: true, subtree: true, characterData: true, attributes: true });
            timer = window.setTimeout(() => {
              obs.disconnect();
              resolve(-1);
            }, 10000);
            const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
            const start = performance.now();
            setter.call(input, q);
            input.dispatchEvent(new Event('input', { bubbles: true }));
          }),
        { q, wait },
      );
    // Index load in the worker: wait until a query answers. Then the worker loads the passage part
    // and warms its engine (src/search/warmup.ts) in idle time, as it would while a user reads
    // the first page; measure after that, as a user who starts typing a few seconds in.
    await type('qqqqqq', 'none');
    const readyMs = Date.now() - t0;
    await page.waitForTimeout(settleMs);
    await type('zzzzzz', 'hits');
    const ms: number[] = [];
    let timeouts = 0;
    for (const q of queries) {
      await type('qqqqqq', 'none');
      const t = await type(q, 'hits');
      if (t < 0) timeouts++;
      else ms.push(t);
    }
    return { queries: queries.length, p50: percentile(ms, 50), p95: percentile(ms, 95), max: Math.max(...ms), timeouts, readyMs };
  } finally {
    await context.close();
  }
}
