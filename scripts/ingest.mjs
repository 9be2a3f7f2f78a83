#!/usr/bin/env node
// `npm run ingest`: the ingest CLI (src/ingest/cli.ts), bundled by esbuild into one ES module and
// run by plain Node. Through tsx, which transpiles and resolves module by module on every start,
// the CLI took 1.0–1.5 s to start on one core; bundled (about 50 ms with esbuild), 0.45 s; with the
// bundle reused while no source changed, about 0.25 s. The dependencies stay in node_modules
// (`packages: 'external'`), so the bundle is only our code.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = join(ROOT, 'src/ingest/cli.ts');
// Inside node_modules, so the bundle resolves the project's dependencies like the sources do.
const BUNDLE = join(ROOT, 'node_modules/.cache/event-explorer/ingest-cli.mjs');
/** The sources the bundle was built from (paths relative to the project), as esbuild listed them. */
const INPUTS = `${BUNDLE}.inputs.json`;

/**
 * True when `bundle` is newer than this script and than every source listed in `inputsFile`
 * (relative to `root`): nothing it was built from has changed since. Any doubt (a file missing or
 * unreadable, no list) says no.
 */
export function bundleIsFresh(bundle = BUNDLE, inputsFile = INPUTS, root = ROOT) {
  try {
    const built = statSync(bundle).mtimeMs;
    const inputs = JSON.parse(readFileSync(inputsFile, 'utf8'));
    if (!Array.isArray(inputs) || inputs.length === 0) return false;
    for (const file of [fileURLToPath(import.meta.url), ...inputs.map((p) => join(root, p))]) if (statSync(file).mtimeMs > built) return false;
    return true;
  } catch {
    return false;
  }
}

/** Writes `contents` beside `path` and renames it over `path`: a reader never sees half a file. */
function replaceFile(path, contents) {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, contents);
  renameSync(tmp, path);
}

/**
 * The CLI module, bundled from the sources when any of them changed since the last bundle (the
 * bundling, about 0.15 s of every start on one core, is skipped otherwise). Runs started together
 * never import a half-written bundle.
 * @returns {Promise<typeof import('../src/ingest/cli')>}
 */
export async function loadIngestCli() {
  if (!bundleIsFresh()) {
    const { build } = await import('esbuild');
    const result = await build({
      entryPoints: [ENTRY],
      absWorkingDir: ROOT,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    mkdirSync(dirname(BUNDLE), { recursive: true });
    replaceFile(BUNDLE, result.outputFiles[0].contents);
    replaceFile(INPUTS, JSON.stringify(Object.keys(result.metafile.inputs)));
  }
  return import(pathToFileURL(BUNDLE).href);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { runIngest } = await loadIngestCli();
  process.exitCode = runIngest(process.argv.slice(2));
}
