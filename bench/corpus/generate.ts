/**
 * Generates a synthetic corpus of raw event reports plus `truth.json`, which says what each
 * document reports (the benchmark derives its queries and relevance from it). Deterministic: the
 * same arguments give byte-identical files. Ingest ignores `truth.json` (not a document format).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { Rng } from './prng';
import { pickTemplate, render, type TemplateName } from './templates';
import { buildWorld, planEvent, type EventPlan } from './world';

export const GENERATOR_VERSION = 1;
export const TRUTH_FILE = 'truth.json';

export interface TruthDocument {
  file: string;
  template: TemplateName;
  published: string;
  /** Documents with the same key report the same event. */
  eventKey: string;
  title: string;
  type: string;
  date: string;
  endDate: string | null;
  city: string;
  organizerIds: string[];
  participants: Array<{ personId: string; capacity: string }>;
  summitIds: string[];
  words: string[];
}

export interface Truth {
  generator: 'event-explorer-bench-corpus';
  version: number;
  seed: string;
  events: number;
  people: Array<{ id: string; name: string; first: string; last: string; honorific: string | null; role: string; orgId: string }>;
  organizations: Array<{ id: string; name: string; acronym: string | null; kind: string }>;
  summits: Array<{ id: string; name: string; city: string; date: string }>;
  documents: TruthDocument[];
}

export interface GenerateOptions {
  events: number;
  out: string;
  seed?: string;
  /** Remove existing documents in `out` first (default true). */
  clean?: boolean;
}

export interface GenerateSummary {
  documents: number;
  bytes: number;
  ms: number;
  byExt: Record<string, number>;
}

export async function generateCorpus(opts: GenerateOptions): Promise<GenerateSummary> {
  const started = performance.now();
  const seed = opts.seed ?? '1';
  const n = Math.max(1, Math.floor(opts.events));
  mkdirSync(opts.out, { recursive: true });
  if (opts.clean !== false) {
    for (const name of readdirSync(opts.out)) {
      if (/\.(txt|md|html)$/.test(name) || name === TRUTH_FILE) rmSync(join(opts.out, name), { force: true });
    }
  }
  const world = buildWorld(new Rng(`${seed}:world:${n}`), n);
  const plans: EventPlan[] = [];
  const width = Math.max(6, String(n).length);
  const byExt: Record<string, number> = {};
  let bytes = 0;

  const truthPath = join(opts.out, TRUTH_FILE);
  const truth = createWriteStream(truthPath, { encoding: 'utf8' });
  const write = async (s: string) => {
    if (!truth.write(s)) await once(truth, 'drain');
  };
  const head = {
    generator: 'event-explorer-bench-corpus',
    version: GENERATOR_VERSION,
    seed,
    events: n,
    people: world.people.map((p) => ({ id: p.id, name: p.name, first: p.first, last: p.last, honorific: p.honorific, role: p.role, orgId: p.orgId })),
    organizations: world.orgs.map((o) => ({ id: o.id, name: o.name, acronym: o.acronym, kind: o.kind })),
    summits: world.summits.map((s) => ({ id: s.id, name: s.name, city: s.city, date: s.date })),
  };
  const headJson = JSON.stringify(head);
  await write(`${headJson.slice(0, -1)},"documents":[\n`);

  for (let i = 0; i < n; i++) {
    const rng = new Rng(`${seed}:doc:${i}`);
    // About 8% of reports cover an event another document already reported (another outlet).
    let plan: EventPlan;
    if (i > 10 && rng.chance(0.08)) plan = plans[i - 1 - rng.int(0, Math.min(i - 1, 300))]!;
    else plan = planEvent(rng, world, `e${String(i).padStart(width, '0')}`);
    plans.push(plan);
    const template = pickTemplate(rng, plan, world);
    const doc = render(rng, world, plan, template);
    const file = `${String(i).padStart(width, '0')}_${rng.hex(16)}.${doc.ext}`;
    writeFileSync(join(opts.out, file), doc.text);
    bytes += Buffer.byteLength(doc.text);
    byExt[doc.ext] = (byExt[doc.ext] ?? 0) + 1;
    const t: TruthDocument = {
      file,
      template,
      published: doc.published,
      eventKey: plan.key,
      title: plan.title,
      type: plan.type,
      date: plan.date,
      endDate: plan.endDate,
      city: plan.city,
      organizerIds: plan.organizerIds,
      participants: plan.participants,
      summitIds: plan.summitIds,
      words: doc.words,
    };
    await write(`${i > 0 ? ',\n' : ''}${JSON.stringify(t)}`);
  }
  await write('\n]}\n');
  truth.end();
  await once(truth, 'finish');
  return { documents: n, bytes, ms: performance.now() - started, byExt };
}
