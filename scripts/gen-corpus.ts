/**
 * `npm run gen:corpus -- --events N --out DIR [--seed S]`
 * Writes N synthetic raw reports (.txt, .md, .html) into DIR plus DIR/truth.json (what each
 * document reports; ingest ignores it). Same arguments → byte-identical files.
 */
import { parseArgs } from 'node:util';
import { generateCorpus } from '../bench/corpus/generate';

async function main(): Promise<number> {
  let values;
  try {
    values = parseArgs({
      args: process.argv.slice(2),
      options: {
        events: { type: 'string', short: 'n' },
        out: { type: 'string', short: 'o' },
        seed: { type: 'string', short: 's', default: '1' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }).values;
  } catch (e) {
    process.stderr.write(`gen:corpus: ${(e as Error).message}\n`);
    return 2;
  }
  const usage = 'usage: npm run gen:corpus -- --events N --out DIR [--seed S]\n';
  if (values.help) {
    process.stdout.write(usage);
    return 0;
  }
  const events = Number(values.events);
  if (!values.out || !Number.isInteger(events) || events < 1) {
    process.stderr.write(usage);
    return 2;
  }
  const s = await generateCorpus({ events, out: values.out, seed: values.seed });
  const exts = Object.entries(s.byExt)
    .map(([k, v]) => `${v} .${k}`)
    .join(', ');
  process.stderr.write(`gen:corpus: ${s.documents} documents (${exts}), ${(s.bytes / 1e6).toFixed(1)} MB in ${(s.ms / 1000).toFixed(1)} s → ${values.out}\n`);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(`gen:corpus: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
