/**
 * Property-based tests (fast-check) of the invariants the explorer relies on:
 * - evidence offsets stay valid through decoding and cleaning, for arbitrary input;
 * - date resolution yields real YYYY-MM-DD days, deterministically, independent of the clock;
 * - name folding is idempotent and folds case and accents;
 * - linking does not depend on document order and is symmetric (people from the gold files when
 *   present, else a synthetic list); distinct gold people never merge, checked for every pair.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATA_FILES, isoDate } from '../../model/schema';
import type { Corpus } from '../../model/corpus';
import { cleanText } from '../clean';
import { languageOfAnyText, languageProblem } from '../decode';
import { datesIn } from '../extract/events';
import { isAcronym, link } from '../link';
import { findPublished } from '../metadata';
import { compareNames, foldName, nameTokens } from '../names';
import { processDocument } from '../pipeline';
import { newRecord } from '../read';
import { textRecord } from './fixtures/records';
import { emptyExtraction, type DocRecord, type LocalOrg, type LocalPerson } from '../types';
import { REPO, SEED_DIR, seedFiles } from './fixtures/hostile';

const RUNS = { numRuns: 60 };

// ---------------------------------------------------------------------------------------------
// Arbitrary report-like text: seed sentences, names, dates, odd whitespace and markup, noise.

const seedSentences = seedFiles()
  .flatMap((f) => readFileSync(join(SEED_DIR, f), 'utf8').split(/(?<=[.!?])\s+|\n+/))
  .map((s) => s.trim())
  .filter((s) => s.length > 3);

const fragment = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...seedSentences) },
  { weight: 2, arbitrary: fc.constantFrom('Dr. Ayesha Rahman', 'AYESHA RAHMAN', 'Ms Rahman', 'A. Rahman', 'Ambassador Yerzhan Kistafin', 'H.E. José Pérez', 'Prof. Muhammad Khan') },
  { weight: 2, arbitrary: fc.constantFrom('on 3 May 2024', 'July 3-4, 2023', 'on Wednesday', '23.07.2024 09:11', ' date 2024-06-26 ', 'Published December 18, 2016', '31 February 2023', 'ISLAMABAD, Oct 31 (APP):') },
  { weight: 2, arbitrary: fc.constantFrom('\n', '\n\n', '\r\n', '\r', '\t', '\u00a0', '\u200b', '\ufeff', '  ', '\u2028', '. ', '“', '”', '"', '(', ')') },
  { weight: 1, arbitrary: fc.constantFrom('<p>', '</p>', '<script>alert(1)</script>', 'Share:', 'Telegram', 'Фото: MFA', '480.55', '# Heading', '**bold**') },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);
const reportText = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(' '));



interface Ev {
  documentId: string;
  start: number;
  end: number;
}

/** Every evidence span of a corpus with what it supports. */
function evidenceOf(corpus: Corpus): { ev: Ev; kind: string; names?: string[] }[] {
  const out: { ev: Ev; kind: string; names?: string[] }[] = [];
  for (const e of corpus.events) {
    out.push({ ev: e.evidence, kind: 'event' });
    for (const [kind, ev] of [['title', e.titleEvidence], ['date', e.dateEvidence], ['location', e.locationEvidence]] as const) if (ev) out.push({ ev, kind });
    for (const o of e.organizers ?? []) out.push({ ev: o.evidence, kind: 'organizer' });
    for (const p of e.participants) {
      out.push({ ev: p.evidence, kind: 'participant' });
      if (p.roleEvidence) out.push({ ev: p.roleEvidence, kind: 'role' });
    }
  }
  for (const p of corpus.people) for (const ev of p.mentions ?? []) out.push({ ev, kind: 'person', names: [p.name, ...p.aliases] });
  for (const o of corpus.organizations) for (const ev of o.mentions ?? []) out.push({ ev, kind: 'organization' });
  return out;
}

describe('cleaning keeps evidence offsets valid', () => {
  it('every evidence span of the output lies within the cleaned text and is not blank', () => {
    fc.assert(
      fc.property(reportText, (text) => {
        const doc = processDocument(textRecord('doc.txt', text));
        const corpus = link(doc.text ? [doc] : []);
        for (const { ev, kind } of evidenceOf(corpus)) {
          const t = corpus.texts[ev.documentId]!;
          expect(t, kind).toBeDefined();
          expect(ev.start, kind).toBeGreaterThanOrEqual(0);
          expect(ev.end, kind).toBeLessThanOrEqual(t.length);
          expect(ev.end, kind).toBeGreaterThan(ev.start);
          expect(t.slice(ev.start, ev.end).trim(), kind).not.toBe('');
        }
        for (const d of corpus.documents) expect(d.textLength).toBe(corpus.texts[d.id]!.length);
      }),
      RUNS,
    );
  });

  // A mention is a form of the person's name, or a capitalised title standing for them (the
  // extraction links role anaphora such as "the President" to the person it names).
  it('a person mention spells a name of that person, or a title standing for them', () => {
    fc.assert(
      fc.property(reportText, (text) => {
        const doc = processDocument(textRecord('doc.txt', text));
        const corpus = link(doc.text ? [doc] : []);
        for (const { ev, names } of evidenceOf(corpus).filter((e) => e.kind === 'person')) {
          const said = nameTokens(corpus.texts[ev.documentId]!.slice(ev.start, ev.end));
          const slice = corpus.texts[ev.documentId]!.slice(ev.start, ev.end);
          expect(slice).not.toMatch(/\n/);
          const isName = said.length > 0 && names!.some((n) => compareNames(said, nameTokens(n)) !== 'different');
          const isTitle = /^\p{Lu}[\p{L}.'’ -]*$/u.test(slice);
          expect(isName || isTitle, `${slice} ∉ ${names!.join(' | ')}`).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('every output record satisfies the schema', () => {
    fc.assert(
      fc.property(reportText, (text) => {
        const doc = processDocument(textRecord('doc.txt', text));
        const corpus = link(doc.text ? [doc] : []);
        for (const { schema } of [DATA_FILES.events]) for (const e of corpus.events) expect(schema.safeParse(e).success).toBe(true);
        for (const d of corpus.documents) expect(DATA_FILES.documents.schema.safeParse(d).success).toBe(true);
      }),
      RUNS,
    );
  });

  it('cleaned text has no carriage returns, no triple newlines and no edge whitespace', () => {
    fc.assert(
      fc.property(reportText, (text) => {
        const { text: t } = cleanText(text);
        expect(t).not.toMatch(/\r|\n{3,}/);
        expect(t).toBe(t.trim());
      }),
      RUNS,
    );
  });
});

// ---------------------------------------------------------------------------------------------

const validIso = (s: string): boolean => isoDate.safeParse(s).success;
const isoArb = fc
  .date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2079-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const dateText = fc
  .array(
    fc.oneof(
      fc.constantFrom('on 3 May 2024', 'July 3-4', 'July 3-4, 2023', 'on Wednesday', 'last Friday', 'yesterday', 'next week', '29 February 2023', '29 February 2024', 'Dec 31', '2024-06-26', '12/11/2020', 'from 1 to 3 June', 'in March', '0 May 2020', '32 Jan 2021', 'June 31, 2022', 'at 10:30', 'tomorrow'),
      fc.constantFrom(...seedSentences),
      fc.string({ maxLength: 15 }),
    ),
    { maxLength: 8 },
  )
  .map((xs) => xs.join(' '));

describe('date resolution', () => {
  afterEach(() => vi.useRealTimers());

  it('resolves only to real YYYY-MM-DD days, with end after start', () => {
    fc.assert(
      fc.property(dateText, fc.option(isoArb, { nil: null }), (text, ref) => {
        for (const d of datesIn(text, { start: 0, end: text.length }, ref)) {
          expect(validIso(d.date), d.date).toBe(true);
          if (d.endDate !== null) {
            expect(validIso(d.endDate), d.endDate).toBe(true);
            expect(d.endDate > d.date).toBe(true);
          }
          expect(d.span.start).toBeGreaterThanOrEqual(0);
          expect(d.span.end).toBeLessThanOrEqual(text.length);
        }
        const pub = findPublished(text, text).date;
        if (pub !== null) expect(validIso(pub), pub).toBe(true);
      }),
      RUNS,
    );
  });

  it('is deterministic and never depends on the clock', () => {
    fc.assert(
      fc.property(dateText, fc.option(isoArb, { nil: null }), isoArb, isoArb, (text, ref, now1, now2) => {
        const run = (): unknown => [datesIn(text, { start: 0, end: text.length }, ref), findPublished(text, text)];
        vi.useFakeTimers({ toFake: ['Date'] });
        vi.setSystemTime(new Date(`${now1}T08:00:00Z`));
        const a = run();
        const a2 = run();
        vi.setSystemTime(new Date(`${now2}T23:30:00Z`));
        const b = run();
        vi.useRealTimers();
        expect(a2).toEqual(a);
        expect(b).toEqual(a);
      }),
      RUNS,
    );
  });

  it('a whole document resolves the same event dates whatever the clock says', () => {
    fc.assert(
      fc.property(reportText, isoArb, isoArb, (text, now1, now2) => {
        const dates = (): unknown => link([processDocument(textRecord('doc.txt', text))]).events.map((e) => [e.date, e.endDate]);
        vi.useFakeTimers({ toFake: ['Date'] });
        vi.setSystemTime(new Date(`${now1}T08:00:00Z`));
        const a = dates();
        vi.setSystemTime(new Date(`${now2}T08:00:00Z`));
        const b = dates();
        vi.useRealTimers();
        expect(b).toEqual(a);
      }),
      { numRuns: 30 },
    );
  });
});

// ---------------------------------------------------------------------------------------------

const ACCENTS: Record<string, string[]> = {
  a: ['á', 'à', 'â', 'ä', 'å', 'ã'],
  e: ['é', 'è', 'ê', 'ë'],
  i: ['í', 'ì', 'î', 'ï'],
  o: ['ó', 'ò', 'ô', 'ö', 'õ'],
  u: ['ú', 'ù', 'û', 'ü'],
  n: ['ñ'],
  c: ['ç'],
  s: ['š', 'ş'],
  z: ['ž'],
};
const plainWord = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'.split('')), minLength: 1, maxLength: 10 });
const plainName = fc.array(plainWord, { minLength: 1, maxLength: 4 }).map((ws) => ws.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' '));
const anyName = fc.oneof(
  plainName,
  fc.tuple(fc.constantFrom('Dr. ', 'Mr ', 'H.E. ', 'Prof. ', ''), plainName, fc.constantFrom('', '-Khan', "'s", ' Jr.')).map((xs) => xs.join('')),
  fc.string({ unit: 'grapheme', maxLength: 25 }),
);

function accented(name: string, picks: number[]): string {
  let k = 0;
  return name.replace(/[a-z]/gi, (c) => {
    const alts = ACCENTS[c.toLowerCase()];
    const p = picks[k++ % Math.max(1, picks.length)] ?? 0;
    if (!alts || p % 3 !== 0) return c;
    const alt = alts[p % alts.length]!;
    return c === c.toUpperCase() ? alt.toUpperCase() : alt;
  });
}

describe('name normalization', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(anyName, (n) => {
        expect(foldName(foldName(n))).toBe(foldName(n));
      }),
      { numRuns: 300 },
    );
  });

  it('folds to lowercase ASCII words separated by single spaces', () => {
    fc.assert(
      fc.property(anyName, (n) => {
        expect(foldName(n)).toMatch(/^(?:[a-z0-9]+(?: [a-z0-9]+)*)?$/);
      }),
      { numRuns: 300 },
    );
  });

  it('folds case', () => {
    fc.assert(
      fc.property(plainName, (n) => {
        expect(foldName(n.toUpperCase())).toBe(foldName(n));
        expect(foldName(n.toLowerCase())).toBe(foldName(n));
      }),
      { numRuns: 300 },
    );
  });

  it('folds accents', () => {
    fc.assert(
      fc.property(plainName, fc.array(fc.nat(30), { minLength: 1, maxLength: 12 }), (n, picks) => {
        const a = accented(n, picks);
        expect(foldName(a)).toBe(foldName(n));
        expect(foldName(a.normalize('NFD'))).toBe(foldName(n));
      }),
      { numRuns: 300 },
    );
  });

  it('ignores leading honorifics', () => {
    fc.assert(
      fc.property(fc.constantFrom('Dr. ', 'Mr ', 'Ms ', 'H.E. ', 'Prof. ', 'Ambassador '), plainName, (h, n) => {
        fc.pre(nameTokens(n).length > 0 && !['dr', 'mr', 'ms', 'he', 'h', 'e', 'prof'].includes(nameTokens(n)[0]!));
        if (h !== 'Ambassador ') expect(foldName(`${h}${n}`)).toBe(foldName(n));
      }),
      { numRuns: 200 },
    );
  });
});

// ---------------------------------------------------------------------------------------------

interface GoldPerson {
  name: string;
  /** Who they are (gold `same`, else the name): equal keys are one person. */
  who: string;
  org: string | null;
}

/** Distinct people of the gold files when present (read at test time), else a synthetic list. */
function goldPeople(): GoldPerson[] {
  const out: GoldPerson[] = [];
  for (const dir of ['seeds', 'dev'].map((c) => join(REPO, '..', 'shared/corpus', c, 'gold'))) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
      const g = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { participants?: { name: string; org?: string | null; same?: string }[]; mentioned?: { name: string; org?: string | null; same?: string }[] };
      for (const p of [...(g.participants ?? []), ...(g.mentioned ?? [])]) out.push({ name: p.name, who: foldName(p.same ?? p.name), org: p.org ?? null });
    }
  }
  if (out.length) return out;
  return ['Ayesha Rahman', 'Ayesha Siddiqui', 'Bilal Rahman', 'Yerzhan Kistafin', 'Sohail Mahmood', 'Khalid Mahmood', 'Farhat Asif', 'Muhammad Khan', 'Muhammad Munir', 'Elena Petrova', 'Irina Volkova', 'Marat Toktarov'].map((n) => ({ name: n, who: foldName(n), org: null }));
}

const PEOPLE = goldPeople();

/** A document whose extraction holds the given people (one mention each) and their orgs. */
function docWith(id: string, people: GoldPerson[]): DocRecord {
  const doc = newRecord(`${id}.txt`, id);
  const ex = emptyExtraction();
  let text = '';
  const orgs = new Map<string, LocalOrg>();
  people.forEach((p, i) => {
    const start = text.length;
    text += `${p.name}. `;
    let orgKey: string | null = null;
    if (p.org) {
      orgKey = foldName(p.org) || `o${i}`;
      const os = text.length;
      text += `${p.org}. `;
      const o = orgs.get(orgKey) ?? { key: orgKey, name: p.org, aliases: [], kind: 'organization' as const, mentions: [] };
      o.mentions.push({ start: os, end: os + p.org.length });
      orgs.set(orgKey, o);
    }
    const person: LocalPerson = { key: `p${i}`, name: p.name, aliases: [], role: null, orgKey, mentions: [{ start, end: start + p.name.length }], participant: true };
    ex.people.push(person);
  });
  ex.orgs = [...orgs.values()];
  return { ...doc, text, raw: text, extraction: ex };
}

/** Which mentions ended up together: a canonical partition of `doc:start` keys. */
function partition(corpus: Corpus): string[][] {
  return corpus.people
    .map((p) => (p.mentions ?? []).map((m) => `${m.documentId}:${m.start}`).sort())
    .sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

describe('linking', () => {
  const docsArb = fc
    .array(fc.subarray(PEOPLE, { minLength: 1, maxLength: 4 }), { minLength: 2, maxLength: 6 })
    .map((groups) => groups.map((g, i) => ({ id: `d${i}`, people: g })));

  it('merging does not depend on the order of documents', () => {
    fc.assert(
      fc.property(docsArb, fc.nat(), (docs, seed) => {
        const records = (): DocRecord[] => docs.map((d) => docWith(d.id, d.people));
        const shuffled = [...records()];
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = (seed + i * 7919) % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        const a = link(records());
        const b = link(shuffled);
        expect(partition(b)).toEqual(partition(a));
        expect(b.people.map((p) => [p.id, p.name])).toEqual(a.people.map((p) => [p.id, p.name]));
      }),
      { numRuns: 100 },
    );
  });

  it('merging is symmetric for two documents', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PEOPLE), fc.constantFrom(...PEOPLE), (x, y) => {
        const ab = link([docWith('d0', [x]), docWith('d1', [y])]);
        const ba = link([docWith('d1', [y]), docWith('d0', [x])]);
        expect(partition(ba)).toEqual(partition(ab));
      }),
      { numRuns: 200 },
    );
  });

  it('never merges two distinct people, for every pair', () => {
    const merged: string[] = [];
    for (let i = 0; i < PEOPLE.length; i++) {
      for (let j = i + 1; j < PEOPLE.length; j++) {
        const x = PEOPLE[i]!;
        const y = PEOPLE[j]!;
        if (x.who === y.who) continue;
        if (link([docWith('d0', [x]), docWith('d1', [y])]).people.length < 2) merged.push(`${x.name} (${x.org}) + ${y.name} (${y.org})`);
      }
    }
    expect(merged).toEqual([]);
  });
});

describe('language check', () => {
  // Words and characters that steer both paths: function words, long words, non-Latin and
  // accented letters (the general path), typographic punctuation (the one-pass path), İ (which
  // lowercasing lengthens), surrogate pairs.
  const piece = fc.constantFrom(
    'the ', 'of ', 'and ', 'said ', 'was ', 'Ministry ', 'cooperation ', 'Lorem ', 'ipsum ', 'x ', 'AB ', '— ', '“', '” ', '’s ', '… ',
    '\u00a0', '\n', '. ', ', ', '12 ', 'Москва ', 'и ', 'İstanbul ', 'é', 'Ünal ', '北京 ', '😀', 'a',
  );
  const text = fc.array(piece, { maxLength: 400 }).map((xs) => xs.join(''));

  it('gives the answer of the general path for any text (the one-pass path settles early only when the rest cannot change it)', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(languageProblem(t)).toBe(languageOfAnyText(t.slice(0, 20_000)));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('acronym test', () => {
  it('is the test of the text without white space, with none inside', () => {
    const ch = fc.constantFrom('A', 'B', 'Z', 'a', '0', '9', '&', '.', '-', ' ', '\t', '\n', '\u00a0', '\u2028', '\ufeff', 'É', '_');
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 14 }).map((xs) => xs.join('')), (s) => {
        expect(isAcronym(s)).toBe(/^[A-Z][A-Z0-9&.-]{1,9}$/.test(s.replace(/\s/g, '')) && !/\s/.test(s.trim()));
      }),
      { numRuns: 5000 },
    );
  });
});
