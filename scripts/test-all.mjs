#!/usr/bin/env node
// The whole test suite: type-check, lint, unit tests, ingest of the bundled corpus, production
// build, extraction evaluation (when ../shared is beside the project), benchmark smoke runs and the
// Playwright suite in Chromium. Ends with one line "N passed, N failed" totalling all of it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { findSystemChromium } from './chromium.mjs';

const OUT = 'test-results/summary';
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

let passed = 0;
let failed = 0;
const failures = [];

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

/** A step that is not a test runner counts as one check. */
function step(label, command, args, env) {
  const ok = run(label, command, args, env);
  if (ok) passed += 1;
  else {
    failed += 1;
    failures.push(label);
  }
  return ok;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

function chromiumAvailable() {
  if (findSystemChromium()) return true;
  const check = spawnSync('node', ['-e', "const {chromium}=require('@playwright/test');const fs=require('fs');process.exit(fs.existsSync(chromium.executablePath())?0:1)"], { stdio: 'ignore' });
  return check.status === 0;
}

step('type-check', 'npx', ['tsc', '-b']);
step('lint', 'npx', ['eslint', '.', '--max-warnings=0']);

const unitJson = join(OUT, 'vitest.json');
const unitOk = run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitJson}`]);
const unit = readJson(unitJson);
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  if (unit.numFailedTests > 0 || !unitOk) failures.push('unit tests');
  if (!unitOk && unit.numFailedTests === 0) failed += 1;
} else {
  failed += 1;
  failures.push('unit tests (no report)');
}

const ingestOk = step('ingest of the bundled corpus', 'npm', ['run', '--silent', 'ingest']);
const buildOk = ingestOk && step('production build', 'npx', ['vite', 'build']);

const devCorpus = '../shared/corpus/dev';
if (existsSync(devCorpus)) {
  step('extraction evaluation on ../shared/corpus (dev + seeds)', 'npm', ['run', '--silent', 'eval', '--', '--corpus', devCorpus, '--corpus', '../shared/corpus/seeds', '--check']);
} else {
  console.log('\n=== extraction evaluation skipped: ../shared/corpus/dev is not beside the project');
}

if (existsSync('scripts/bench-smoke.mjs')) step('benchmark smoke runs', 'node', ['scripts/bench-smoke.mjs']);

if (!chromiumAvailable()) {
  console.error(
    '\nNo Chromium found for the browser tests. Install one of:\n' +
      '  Debian/Ubuntu: apt-get install -y chromium   (or set CHROMIUM_PATH=/path/to/chrome)\n' +
      '  elsewhere:     npx playwright install chromium',
  );
  failed += 1;
  failures.push('browser tests (no Chromium)');
} else if (!buildOk) {
  failed += 1;
  failures.push('browser tests (no build)');
} else {
  const e2eJson = join(OUT, 'playwright.json');
  const e2eOk = run('browser tests (Playwright, Chromium, production build)', 'npx', ['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson });
  const e2e = readJson(e2eJson);
  if (e2e?.stats) {
    passed += e2e.stats.expected + e2e.stats.flaky;
    failed += e2e.stats.unexpected;
    if (e2e.stats.unexpected > 0 || !e2eOk) failures.push('browser tests');
    if (!e2eOk && e2e.stats.unexpected === 0) failed += 1;
  } else {
    failed += 1;
    failures.push('browser tests (no report)');
  }
}

console.log(failures.length ? `\nFailed: ${failures.join('; ')}` : '\nAll suites green.');
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
