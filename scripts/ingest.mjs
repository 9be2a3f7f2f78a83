#!/usr/bin/env node
// `npm run ingest`: the ingest CLI (src/ingest/cli.ts), bundled by esbuild into one ES module and
// run by plain Node. Through tsx, which transpiles and resolves module by module on every start,
// the CLI took 1.0–1.5 s to start on one core; bundled (about 50 ms with esbuild), 0.45 s. The
// dependencies stay in node_modules (`packages: 'external'`), so the bundle is only our code.
import { build } from 'esbuild';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = join(ROOT, 'src/ingest/cli.ts');
// Inside node_modules, so the bundle resolves the project's dependencies like the sources do.
const BUNDLE = join(ROOT, 'node_modules/.cache/event-explorer/ingest-cli.mjs');

/**
 * The CLI module, freshly bundled from the sources. The bundle is written beside its final name
 * and renamed over it, so runs started together never import a half-written file.
 * @returns {Promise<typeof import('../src/ingest/cli')>}
 */
export async function loadIngestCli() {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'silent',
  });
  mkdirSync(dirname(BUNDLE), { recursive: true });
  const tmp = `${BUNDLE}.${process.pid}.tmp`;
  writeFileSync(tmp, result.outputFiles[0].contents);
  renameSync(tmp, BUNDLE);
  return import(pathToFileURL(BUNDLE).href);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { runIngest } = await loadIngestCli();
  process.exitCode = runIngest(process.argv.slice(2));
}
