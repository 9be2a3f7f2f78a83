#!/usr/bin/env node
// Makes the README's screenshots from the production build: `npm run screenshots`
// (run `npm run ingest && npx vite build` first). Pages: timeline, event, person, search.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findSystemChromium } from './chromium.mjs';

const PORT = 4179;
const BASE = `http://localhost:${PORT}`;
const OUT = 'docs/screenshots';

async function waitForServer(url, attempts = 100) {
  for (let i = 0; i < attempts; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the preview server did not start at ${url}`);
}

const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
try {
  await waitForServer(BASE);
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({ executablePath: findSystemChromium() ?? undefined, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });

  await page.goto(`${BASE}/`);
  await page.getByTestId('event-card').first().waitFor();
  await page.screenshot({ path: `${OUT}/timeline.png` });

  await page.getByTestId('event-card').filter({ hasNotText: 'referred to' }).first().getByRole('link').first().click();
  await page.getByTestId('document-text').waitFor();
  await page.waitForTimeout(300);
  const roleButton = page.getByRole('button', { name: 'role evidence' }).first();
  if (await roleButton.count()) await roleButton.click();
  await page.screenshot({ path: `${OUT}/event.png` });

  const personLink = page.getByTestId('participant').first().getByRole('link').first();
  if (await personLink.count()) {
    await personLink.click();
    await page.waitForURL(/\/people\//);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${OUT}/person.png` });
  }

  await page.goto(`${BASE}/`);
  await page.getByRole('combobox').first().fill('Kistafn');
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${OUT}/search.png` });

  await browser.close();
  console.log(`screenshots written to ${OUT}/`);
} finally {
  process.kill(-server.pid);
}
