/**
 * "Nothing lost, nothing executed": ingest fed a hostile corpus (the seed reports beside empty,
 * binary, mis-encoded, huge, scripted, duplicated, non-English, oddly named files, a dangling
 * link, a FIFO and a link loop) never crashes or hangs, tells each bad file one clear message,
 * and the seed reports yield exactly the facts they yield alone. Exit codes, and a SIGKILL in the
 * middle of writing leaves a complete, valid previous output.
 *
 * Everything is generated into a temp folder at test time (fixtures/hostile.ts).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, watch, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT, runIngest } from '../cli';
import { LIMITS } from '../read';
import { recoverOutput } from '../write';
import {
  ACTIVE_MARKERS,
  buildBigCorpus,
  buildHostileCorpus,
  copySeeds,
  EXPECTED_MESSAGES,
  GOOD_EXTRA,
  PNG_BYTES,
  readOutput,
  runCli,
  seedFiles,
  snapshot,
  syntheticReport,
  type RunResult,
} from './fixtures/hostile';

const tmp = mkdtempSync(join(tmpdir(), 'ingest-hostile-'));
const NO_CORRECTIONS = join(tmp, 'no-corrections.json');
const hostileDir = join(tmp, 'hostile');
const seedsDir = join(tmp, 'seeds');
const hostileOut = join(tmp, 'out-hostile');
const seedsOut = join(tmp, 'out-seeds');

function capture(): { text: () => string; io: { out: (s: string) => void; err: (s: string) => void; isTTY: boolean } } {
  const lines: string[] = [];
  return { text: () => lines.join(''), io: { out: (s) => void lines.push(s), err: (s) => void lines.push(s), isTTY: false } };
}
const ingest = (args: string[]): { code: number; output: string } => {
  const c = capture();
  const code = runIngest([...args, '--corrections', NO_CORRECTIONS, '--no-fsync'], c.io);
  return { code, output: c.text() };
};

const BIG_N = 150;

/** Runs ingest over a big corpus into `out` (which holds a first output) and SIGKILLs it mid-write. */
async function killMidWrite(): Promise<{ r: RunResult; tmpSeen: string | null; killedAt: string; before: Map<string, string>; out: string }> {
  const out = join(tmp, 'kill', 'out');
  expect(ingest(['--in', seedsDir, '--out', out]).code).toBe(EXIT.ok);
  const before = snapshot(out);
  const big = join(tmp, 'big');
  buildBigCorpus(big, BIG_N);
  let pid = 0;
  let tmpSeen: string | null = null;
  let killedAt = '';
  const watcher = watch(join(tmp, 'kill'), (_event, name) => {
    if (!tmpSeen && name && String(name).startsWith('.out.tmp-')) tmpSeen = join(tmp, 'kill', String(name));
  });
  // Kill once the temp folder holds some of the texts (fsync makes writing take a while), or as
  // soon as it is gone if it filled too fast for the poll.
  const poll = setInterval(() => {
    if (!pid || !tmpSeen) return;
    let n = 0;
    try {
      n = readdirSync(join(tmpSeen, 'texts')).length;
    } catch {
      /* not there yet, or already swapped */
    }
    if (n >= BIG_N / 4 || !existsSync(tmpSeen)) {
      killedAt = `${n} texts written`;
      process.kill(pid, 'SIGKILL');
      pid = 0;
    }
  }, 2);
  const r = await runCli(['--in', big, '--out', out, '--corrections', NO_CORRECTIONS, '--quiet'], 55_000, (p) => (pid = p));
  clearInterval(poll);
  watcher.close();
  return { r, tmpSeen, killedAt, before, out };
}

let hostile: RunResult;
let usageChild: RunResult;
let killed: Awaited<ReturnType<typeof killMidWrite>>;

beforeAll(async () => {
  buildHostileCorpus(hostileDir);
  copySeeds(seedsDir);
  expect(ingest(['--in', seedsDir, '--out', seedsOut]).code).toBe(EXIT.ok);
  // The hostile run is a child process: if a read blocked (FIFO) or looped, the timeout kills it.
  // All child processes run at once (the kill test too): startup dominates their time.
  [hostile, usageChild, killed] = await Promise.all([
    // Generous: a hang never ends, while a busy CI machine may be slow.
    runCli(['--in', hostileDir, '--out', hostileOut, '--corrections', NO_CORRECTIONS, '--no-fsync'], 150_000),
    runCli(['--in', hostileDir, '--bogus']),
    killMidWrite(),
  ]);
}, 200_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('hostile corpus', () => {
  it('never crashes or hangs: the child exits 0 in time and writes a valid output', () => {
    expect(hostile.timedOut, hostile.stderr).toBe(false);
    expect(hostile.signal).toBeNull();
    expect(hostile.code, hostile.stderr).toBe(EXIT.ok);
    expect(hostile.stderr).not.toMatch(/\bat \S+:\d+:\d+\)|TypeError|RangeError|stage:crash|:crash\b/);
    const out = readOutput(hostileOut);
    expect(out.problems).toEqual([]);
    expect(hostile.stderr).toMatch(/\d+ documents, \d+ events, .* in [\d.]+s/);
  });

  it('tells each bad file exactly one clear message (file, what is wrong, what was done)', () => {
    const { report } = readOutput(hostileOut);
    const byFile = new Map(report.files.map((f) => [f.file, f.messages]));
    for (const [file, re] of Object.entries(EXPECTED_MESSAGES)) {
      const msgs = byFile.get(file) ?? [];
      expect(msgs.map((m) => m.message), file).toHaveLength(1);
      expect(msgs[0]!.message, file).toMatch(re);
      expect(hostile.stderr, file).toContain(file);
    }
    // The skipped ones are errors, the processed-with-a-change ones warnings.
    for (const f of ['empty.txt', 'whitespace.txt', 'image.txt', 'dangling.txt', 'pipe.txt']) expect(byFile.get(f)![0]!.severity, f).toBe('error');
    for (const f of ['latin1.txt', 'utf16le.txt', 'utf16be.txt', 'huge.txt', 'one-line.txt', 'duplicate b.txt', 'русский.txt']) expect(byFile.get(f)![0]!.severity, f).toBe('warning');
    // Good files: no message at all (and the unsupported notes.json is not a document).
    for (const f of [...seedFiles(), ...GOOD_EXTRA]) expect(byFile.get(f), f).toBeUndefined();
    expect(report.files.some((f) => f.file.includes('notes.json'))).toBe(false);
  });

  it('ingests what can be read, including odd encodings, names with spaces and non-Latin letters', () => {
    const { documents, texts } = readOutput(hostileOut);
    const files = documents.map((d) => d.file).sort();
    const expected = [...seedFiles(), ...GOOD_EXTRA, 'latin1.txt', 'utf16le.txt', 'utf16be.txt', 'huge.txt', 'one-line.txt', 'русский.txt'].sort();
    expect(files).toEqual(expected);
    const text = (file: string): string => texts[documents.find((d) => d.file === file)!.id]!;
    expect(text('latin1.txt')).toContain('Séminaire on regional connectivity number 101');
    expect(text('utf16le.txt')).toContain('Seminar on regional connectivity number 102');
    expect(text('utf16be.txt')).toContain('Seminar on regional connectivity number 103');
    expect(text('отчёт 1.txt')).toContain('number 109');
    expect(text('report (copy).md')).toContain('number 110');
    // Limits: the huge and one-line files are processed up to the per-document cap.
    for (const f of ['huge.txt', 'one-line.txt']) {
      expect(text(f).length, f).toBeLessThanOrEqual(LIMITS.maxTextChars);
      expect(text(f).length, f).toBeGreaterThan(LIMITS.maxTextChars * 0.7);
    }
    expect(text('huge.txt')).toContain('number 104');
  });

  it('keeps scripts, frames and on* handlers out of every output file', () => {
    const files = snapshot(hostileOut);
    for (const [name, content] of files) {
      for (const marker of ACTIVE_MARKERS) expect(content.includes(marker), `${marker} in ${name}`).toBe(false);
    }
    const { documents, texts } = readOutput(hostileOut);
    const html = documents.find((d) => d.file === 'hostile.html')!;
    expect(texts[html.id]).toContain('Water Policy Institute organized a forum on water security');
    expect(texts[html.id]).toContain('Professor Omar Latif');
    expect(html).toMatchObject({ title: 'Forum on water security', url: null });
  });

  it('ingests the same report under two names once, naming both files', () => {
    const { documents, report } = readOutput(hostileOut);
    expect(documents.filter((d) => d.file.startsWith('duplicate ')).map((d) => d.file)).toEqual(['duplicate a.txt']);
    const msg = report.files.find((f) => f.file === 'duplicate b.txt')!.messages[0]!.message;
    expect(msg).toContain('duplicate a.txt');
  });

  it('good reports produce exactly the facts they produce alone', () => {
    const alone = readOutput(seedsOut);
    const mixed = readOutput(hostileOut);
    expect(alone.problems).toEqual([]);
    for (const d of alone.documents) {
      expect(mixed.documents.find((m) => m.file === d.file)?.id, d.file).toBe(d.id);
      expect(mixed.texts[d.id], d.file).toBe(alone.texts[d.id]);
      expect(facts(mixed, d.id), d.file).toEqual(facts(alone, d.id));
    }
  });

  it('one person written five ways is one person', () => {
    const { people } = readOutput(hostileOut) as unknown as { people: { name: string; aliases: string[] }[] };
    const rahmans = people.filter((p) => /rahman/i.test([p.name, ...p.aliases].join(' ')));
    expect(rahmans.map((p) => p.name)).toEqual(['Ayesha Rahman']);
  });

  it('a non-English report: no crash, a language warning, no people or organizations invented', () => {
    const out = readOutput(hostileOut);
    const ru = out.documents.find((d) => d.file === 'русский.txt')!;
    expect(out.texts[ru.id]).toContain('Институт стратегических исследований');
    const inDoc = (xs: unknown[]): unknown[] =>
      (xs as { mentions?: { documentId: string }[] }[]).filter((x) => x.mentions?.some((m) => m.documentId === ru.id));
    expect(inDoc(out.people)).toEqual([]);
    expect(inDoc(out.organizations)).toEqual([]);
    for (const e of out.events as { documentId: string; participants: unknown[] }[]) if (e.documentId === ru.id) expect(e.participants).toEqual([]);
  });
});

type Output = ReturnType<typeof readOutput>;
interface Ev {
  documentId: string;
  start: number;
  end: number;
}
/** Identity-free view of one document's facts: people and organizations as their mention spans. */
function facts(out: Output, docId: string): unknown {
  const spans = (m: Ev[] | undefined): string =>
    (m ?? [])
      .filter((e) => e.documentId === docId)
      .map((e) => `${e.start}-${e.end}`)
      .sort()
      .join(',');
  const people = out.people as { id: string; mentions?: Ev[] }[];
  const orgs = out.organizations as { id: string; mentions?: Ev[] }[];
  const person = new Map(people.map((p) => [p.id, spans(p.mentions)]));
  const org = new Map(orgs.map((o) => [o.id, spans(o.mentions)]));
  const events = (out.events as Record<string, unknown>[])
    .filter((e) => e.documentId === docId)
    .map((e) => ({
      ...e,
      organizerIds: (e.organizerIds as string[]).map((id) => org.get(id)),
      organizers: (e.organizers as { organizationId: string; evidence: Ev }[]).map((o) => ({ ...o, organizationId: org.get(o.organizationId) })),
      participants: (e.participants as { personId: string; organizationId: string | null }[]).map((p) => ({
        ...p,
        personId: person.get(p.personId),
        organizationId: p.organizationId ? org.get(p.organizationId) : null,
      })),
    }));
  return {
    events,
    people: [...person.values()].filter(Boolean).sort(),
    organizations: [...org.values()].filter(Boolean).sort(),
  };
}

describe('exit codes (CLI.md)', () => {
  it('0 when at least one document was ingested, even beside bad files', () => {
    expect(hostile.code).toBe(EXIT.ok);
    expect(ingest(['--in', seedsDir, '--out', join(tmp, 'o-0')]).code).toBe(EXIT.ok);
  });

  it('1 when no document could be ingested, with the reasons', () => {
    const dir = join(tmp, 'only-bad');
    mkdirSync(dir);
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'image.txt'), PNG_BYTES);
    const r = ingest(['--in', dir, '--out', join(tmp, 'o-1')]);
    expect(r.code).toBe(EXIT.nothingIngested);
    expect(r.output).toMatch(/empty\.txt\n.*skipped: empty file/);
    expect(r.output).toMatch(/image\.txt\n.*skipped: binary content \(PNG image\)/);
    const none = join(tmp, 'no-docs');
    mkdirSync(none);
    const r2 = ingest(['--in', none, '--out', join(tmp, 'o-1b')]);
    expect(r2.code).toBe(EXIT.nothingIngested);
    expect(r2.output).toMatch(/no \.txt, \.md or \.html documents/);
  });

  it('3 with --strict when any error was reported, 0 without it', () => {
    const dir = join(tmp, 'strict');
    copySeeds(dir);
    writeFileSync(join(dir, 'empty.txt'), '');
    expect(ingest(['--in', dir, '--out', join(tmp, 'o-3'), '--strict']).code).toBe(EXIT.strict);
    expect(ingest(['--in', dir, '--out', join(tmp, 'o-3')]).code).toBe(EXIT.ok);
    expect(ingest(['--in', seedsDir, '--out', join(tmp, 'o-3b'), '--strict']).code).toBe(EXIT.ok);
  });

  it('2 on usage errors, with a clear message and the usage line', () => {
    expect(usageChild.code).toBe(EXIT.usage);
    expect(usageChild.stderr).toMatch(/ingest: Unknown option '--bogus'[\s\S]*usage: npm run ingest/);
    const cases: [string[], RegExp][] = [
      [['--in', join(tmp, 'missing'), '--out', join(tmp, 'o-2')], /input folder not found/],
      [['--in', join(hostileDir, 'no-date.txt'), '--out', join(tmp, 'o-2')], /--in must be a folder/],
      [['--in', seedsDir, '--out', seedsDir], /must not be the input folder/],
      [['--in', seedsDir, '--out', join(seedsDir, 'out')], /must not be the input folder, inside it/],
      [['--in', seedsDir, '--out', tmp], /or contain it/],
      [['--in', seedsDir, '--strict=yes'], /usage:/],
      [['--in'], /argument missing|usage:/],
      [['stray-positional'], /usage:/],
    ];
    for (const [args, re] of cases) {
      const r = ingest(args);
      expect(r.code, args.join(' ')).toBe(EXIT.usage);
      expect(r.output, args.join(' ')).toMatch(re);
    }
    expect(existsSync(join(seedsDir, 'out'))).toBe(false);
  });

  it('4 when the output cannot be written, previous output kept', () => {
    const blocker = join(tmp, 'a-file');
    writeFileSync(blocker, 'not a folder');
    const r = ingest(['--in', seedsDir, '--out', join(blocker, 'out')]);
    expect(r.code).toBe(EXIT.writeFailed);
    expect(r.output).toMatch(/cannot write/);
  });
});

describe('interrupted writes', () => {
  it('a SIGKILL in the middle of writing leaves the previous output complete and valid', () => {
    const { r, tmpSeen, killedAt, before, out } = killed;
    expect(r.signal, `${r.stderr} ${killedAt}`).toBe('SIGKILL');
    expect(tmpSeen, 'the kill came after the write had started').not.toBeNull();
    // At this instant `out` is the old or the new complete output — or, if the kill fell between
    // the two renames, missing with `.out.old` complete, which the next run's recovery restores.
    const outNow = existsSync(out) ? snapshot(out) : null;
    if (outNow) {
      expect(readOutput(out).problems).toEqual([]);
      const docs = readOutput(out).documents.length;
      expect(docs === BIG_N || outNow.get('documents.json') === before.get('documents.json')).toBe(true);
    } else {
      expect(existsSync(join(tmp, 'kill', '.out.old'))).toBe(true);
    }
    recoverOutput(out);
    expect(readdirSync(join(tmp, 'kill')).sort()).toEqual(['out']);
    const after = snapshot(out);
    expect(readOutput(out).problems).toEqual([]);
    if (after.get('documents.json') === before.get('documents.json')) expect(after).toEqual(before);
    else expect(readOutput(out).documents).toHaveLength(BIG_N); // the kill came after the swap
  });

  it('recovers every intermediate state of the swap', () => {
    const root = join(tmp, 'states');
    mkdirSync(root);
    const out = join(root, 'out');
    expect(ingest(['--in', seedsDir, '--out', out]).code).toBe(EXIT.ok);
    const good = snapshot(out);
    // Killed between `out` → `.out.old` and temp → `out`: out missing, old complete, temp partial.
    renameSync(out, join(root, '.out.old'));
    mkdirSync(join(root, '.out.tmp-999999999-x/texts'), { recursive: true });
    writeFileSync(join(root, '.out.tmp-999999999-x/documents.json'), '[{"trunc');
    expect(recoverOutput(out)).toEqual(['restored the previous output from .out.old', 'removed stale .out.tmp-999999999-x']);
    expect(snapshot(out)).toEqual(good);
    // Killed after the swap, before removing the old output: the new one stays, old is removed.
    cpSync(out, join(root, '.out.old'), { recursive: true });
    expect(recoverOutput(out)).toEqual(['removed .out.old']);
    expect(readdirSync(root)).toEqual(['out']);
    // A live run's temp folder (our own pid) is left alone.
    mkdirSync(join(root, `.out.tmp-${process.pid}-y`));
    expect(recoverOutput(out)).toEqual([]);
    rmSync(join(root, `.out.tmp-${process.pid}-y`), { recursive: true });
    // The next run recovers on its own and says so.
    renameSync(out, join(root, '.out.old'));
    const r = ingest(['--in', seedsDir, '--out', out]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.output).toMatch(/restored the previous output/);
    expect(snapshot(out)).toEqual(good);
  });

  it('synthetic reports are distinct (the big corpus is not deduplicated away)', () => {
    expect(new Set(Array.from({ length: 50 }, (_, i) => syntheticReport(i))).size).toBe(50);
  });
});
