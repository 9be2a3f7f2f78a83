import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync, existsSync, statSync, symlinkSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATA_FILES } from '../../model/schema';
import { cleanText } from '../clean';
import { htmlToArticle } from '../decode';
import { runIngest, EXIT } from '../cli';
import { applyCorrections, parseCorrections } from '../corrections';
import { datesIn } from '../extract/events';
import { isJsSpace } from '../../lib/text/charCodes';
import { looksLikeOrg } from '../extract/organizations';
import { ORG_WORDS } from '../lexicon/titles';
import { nameCandidates, parseTitlePhrase } from '../extract/people';
import { findPublished } from '../metadata';
import { compareNames, nameTokens, skeleton } from '../names';
import { namesMatch } from '../eval/match';
import { ingestRecords } from '../pipeline';
import { readFileSafely } from '../read';
import { textRecord } from './fixtures/records';
import { nodeFlagsOf } from '../node-flags';
import { bundleIsFresh } from '../../../scripts/ingest.mjs';
import { createHash } from 'node:crypto';
import { jsonChunks, renderFiles, sameFileContent, toJson, writeAtomic, type FileContent } from '../write';

const io = () => {
  const out: string[] = [];
  return { out, io: { out: (s: string) => void out.push(s), err: (s: string) => void out.push(s), isTTY: false } };
};

describe('clean', () => {
  it('drops tickers, menus, photo credits, repeated headlines and share footers', () => {
    const raw = '480.55\n5.36\n\nNews\n\nBig Headline Here\n\nBig Headline Here\nФото: MFA 23.07.2024 09:11 640\n\nThe body sentence stays.\n\nShare:\nTelegram Subscribe to our Telegram channel';
    expect(cleanText(raw).text).toBe('Big Headline Here\n\nThe body sentence stays.');
  });
  it('drops a site\'s menu line, breadcrumbs and "Skip to content", and keeps a date after a label bar', () => {
    const raw = 'Skip to main content\nHome  About  Research  Events  Publications  Media  Contact\nRussian Politics & Diplomacy | World | Business & Economy | Sports\nACTIVITIES › Seminar\nNews | 15 March 2024\n\nHome Office Minister Visits Lahore\n\nThe body sentence stays.';
    expect(cleanText(raw).text).toBe('News | 15 March 2024\n\nHome Office Minister Visits Lahore\n\nThe body sentence stays.');
  });
  it('takes no byline, publication line or menu as the document\'s title', () => {
    const title = (text: string) => ingestRecords([textRecord('t.txt', text)]).corpus.documents[0]!.title;
    expect(title('Skip to content\nBy Rana Sweis-Haddad\nPublished May 12, 2024, 10:05 AM\n\nThe EU celebrated Europe Day in Amman on 9 May.')).toBe('The EU celebrated Europe Day in Amman on 9 May.');
    expect(title('Staff Reporter\n\nGENEVA, Apr 19 (NNI): Geneva hosted a forum on trade. It was well attended.')).toBe('GENEVA, Apr 19 (NNI): Geneva hosted a forum on trade.');
  });
  it('strips the capture date prefix', () => {
    expect(cleanText(' date 2024-06-26 BUCHAREST. Text.').text).toBe('BUCHAREST. Text.');
  });
  it('rejoins a phrase a PDF capture broke across lines, blank line and all', () => {
    const raw = [
      'Dr. Olga Petrenko – Deputy Director',
      '',
      'of the Center for Strategic Studies under the President',
      '',
      'of Tajikistan, Dushanbe',
      '',
      'Dr. Ivan Popov –Leading Expert, Center of Military-',
      '',
      'Political Studies, Moscow',
      '',
      'Mr. Yao Lin - Ambassador of People\'s',
      '',
      'Republic of China',
      '',
      'Host General Ali Khan HI (M),',
      '',
      '(Retd) - Chairman',
      '',
      'The seminar was attended by guests from abroad, international guest',
      '',
      'speakers and diplomats.',
    ].join('\n');
    expect(cleanText(raw).text.split('\n\n')).toEqual([
      'Dr. Olga Petrenko – Deputy Director of the Center for Strategic Studies under the President of Tajikistan, Dushanbe',
      'Dr. Ivan Popov –Leading Expert, Center of Military-Political Studies, Moscow',
      "Mr. Yao Lin - Ambassador of People's Republic of China",
      'Host General Ali Khan HI (M), (Retd) - Chairman',
      'The seminar was attended by guests from abroad, international guest speakers and diplomats.',
    ]);
  });
  it('joins a line that ends in a title\'s modifier to the title under it, and no other line ending in a capital', () => {
    const raw = 'Ambassador Jamil Qureshi – Former Foreign\n\nSecretary of Pakistan\n\nAmbassador Ali Basit - Former High Commissioner\n\nof Pakistan to India\n\nMr. Omar Farooq – Deputy\n\nDirector General\n\nThe Embassy of Chile\n\nSecretary of State';
    expect(cleanText(raw).text.split('\n\n')).toEqual([
      'Ambassador Jamil Qureshi – Former Foreign Secretary of Pakistan',
      'Ambassador Ali Basit - Former High Commissioner of Pakistan to India',
      'Mr. Omar Farooq – Deputy Director General',
      'The Embassy of Chile',
      'Secretary of State',
    ]);
  });
  it('keeps lines apart where nothing shows a phrase goes on', () => {
    // A paragraph break (two blank lines), a finished sentence, a label, a list bullet, a capital.
    const raw = 'The talks covered trade and\n\n\nenergy.\n\nThe seminar ended.\nlater that day, guests left.\nTopics:\ntrade\nSpeakers of\n- Dr. Ana Lima\nAmbassador of Chile\nMinistry of Energy\nChallenges and\nOrganized by';
    expect(cleanText(raw).text).toBe(raw.replace('\n\n\n', '\n\n'));
  });
});

describe('html', () => {
  it('reads a table row as one line, its cells as an apposition, and its people with their affiliations', () => {
    const html = '<html><body><article><h1>Round table on Arctic security</h1><p>Oslo, 3 May 2023 – The Arctic Institute organised a round table on Arctic security.</p><table><tr><th>Speaker</th><th>Affiliation</th></tr><tr><td>Dr. Lena Vogt</td><td>Director, Arctic Institute</td></tr><tr><td>Ambassador Karl Berg</td><td></td><td>Embassy of Sweden</td></tr></table></article></body></html>';
    expect(htmlToArticle(html).text).toContain('Speaker, Affiliation\n\nDr. Lena Vogt, Director, Arctic Institute\n\nAmbassador Karl Berg, Embassy of Sweden');
    const { corpus } = ingestRecords([textRecord('t.html', html)]);
    const org = (id: string | null) => corpus.organizations.find((o) => o.id === id)?.name;
    const got = corpus.events[0]!.participants.map((p) => [corpus.people.find((x) => x.id === p.personId)!.name, p.capacity, p.role, org(p.organizationId)]);
    expect(got).toEqual([
      ['Lena Vogt', 'speaker', 'Director', 'Arctic Institute'],
      ['Karl Berg', 'speaker', 'Ambassador', 'Embassy of Sweden'],
    ]);
  });
});

describe('dates', () => {
  it('reads publication dates from prefixes, stamps and datelines', () => {
    expect(findPublished(' date 2024-06-26 x', 'x').date).toBe('2024-06-26');
    expect(findPublished('Photo 23.07.2024 09:11', 'Body').date).toBe('2024-07-23');
    expect(findPublished('', 'Islamabad, October 13, 2021 (PPI-OT): Text').date).toBe('2021-10-13');
    expect(findPublished('', 'Published December 18, 2016\nText').date).toBe('2016-12-18');
    expect(findPublished('', 'Arctic Institute News\n\nOslo, 3 May 2023\n\nThe institute held a seminar.').date).toBe('2023-05-03');
  });
  it('reads datelines that end in a full stop, write the date in figures, or put the date first', () => {
    for (const line of ['ALMATY, 20 June 2022. A lecture took place.', 'Almaty, 20.06.2022. A lecture took place.', '20 June 2022, Almaty. A lecture took place.', '20.06.2022, Almaty – A lecture took place.']) {
      expect(findPublished('', line).date, line).toBe('2022-06-20');
    }
    expect(findPublished('', 'ALMATY, 20 June. A lecture took place.').date).toBeNull();
    // A sentence is no dateline: its "place" is no place.
    for (const line of ['A seminar was held in Oslo on 3 May 2023. It went well.', '3 May 2023, The seminar opened. It went well.']) {
      expect(findPublished('', line).date, line).toBeNull();
    }
  });
  it('resolves weekdays and ranges against the publication date', () => {
    const t = 'The envoy spoke on Wednesday. A summit took place on July 3-4 of this year.';
    const d = datesIn(t, { start: 0, end: t.length }, '2024-07-26');
    expect(d.map((x) => [x.date, x.endDate])).toEqual([
      ['2024-07-24', null],
      ['2024-07-03', '2024-07-04'],
    ]);
  });
});

describe('names', () => {
  it('folds honorifics and accents and tolerates transliteration', () => {
    expect(nameTokens('H.E. Dr. José Pérez')).toEqual(['jose', 'perez']);
    expect(skeleton('Mahmood')).toBe(skeleton('Mahmoud'));
    expect(skeleton('Tokayev')).toBe(skeleton('Tokaev'));
    expect(compareNames(['sohail', 'mahmood'], ['sohail', 'mahmoud'])).toBe('same');
    expect(compareNames(['ali', 'khan'], ['imran', 'khan'])).toBe('different');
  });
  it('takes one skeleton for one name only when the spellings are close for their length', () => {
    expect(compareNames(['murat', 'serikov'], ['marat', 'serikov'])).toBe('same');
    expect(compareNames(['muhammad', 'khan'], ['mohammed', 'khan'])).toBe('same');
    expect(compareNames(['mohamed', 'khan'], ['muhammad', 'khan'])).toBe('same');
    expect(skeleton('Sadia')).toBe(skeleton('Shahid'));
    expect(compareNames(['sadia', 'zaidi'], ['shahid', 'zaidi'])).toBe('different');
  });
  it('takes al/el and kh/h, x/ks as one spelling, and no father\'s name inside his son\'s as the son', () => {
    expect(compareNames(nameTokens('Abdel Fattah al-Sisi'), nameTokens('Abdel Fattah el-Sisi'))).toBe('same');
    expect(compareNames(nameTokens('Sherzod Abdurakhmonov'), nameTokens('Sherzod Abdurahmanov'))).toBe('same');
    expect(compareNames(nameTokens('Oleksandra Kovalenko'), nameTokens('Olexandra Kovalenko'))).toBe('same');
    expect(compareNames(nameTokens('Mohammed bin Salman bin Abdulaziz Al Saud'), nameTokens('Salman bin Abdulaziz Al Saud'))).toBe('different');
    expect(compareNames(nameTokens('Salman bin Abdulaziz Al Saud'), nameTokens('Salman Al Saud'))).toBe('subset');
  });
  it('matches names as the gold format scores them', () => {
    expect(namesMatch('Kistafin', 'Yerzhan Kistafin')).toBe(true);
    expect(namesMatch('Aizaz Chaudhry', 'Aizaz Ahmed Chaudhry')).toBe(true);
    expect(namesMatch('Ali Khan', 'Imran Khan')).toBe(false);
  });
  it('finds names without their titles', () => {
    const t = 'ISSI Director General Sohail Mahmood said the Ambassador spoke.';
    expect(nameCandidates(t).map((h) => h.name)).toContain('Sohail Mahmood');
    expect(parseTitlePhrase('ISSI Director General', 0)).toMatchObject({ role: 'Director General', org: 'ISSI' });
    expect(parseTitlePhrase('Dean, Faculty of Arts, Example State University', 0)?.org).toBe('Example State University');
  });
});

describe('linking', () => {
  const docs = [
    textRecord('a.txt', 'Islamabad, May 2, 2023 (APP): The Institute of Regional Studies (IRS) organized a seminar. IRS Director General Sohail Mahmood said trade matters. Dr. Imran Khan, Professor at Alpha University, spoke.'),
    textRecord('b.txt', 'Lahore, June 5, 2023 (APP): The Institute of Regional Studies organized a round table. Director General Sohail Mahmoud noted ties. Dr. Asad Khan, Dean, Beta University, spoke.'),
  ];
  const { corpus } = ingestRecords(docs);
  it('gives one identity despite spelling variants, and keeps namesakes apart', () => {
    expect(corpus.people.filter((p) => /Sohail/.test(p.name))).toHaveLength(1);
    expect(corpus.people.filter((p) => /Khan/.test(p.name))).toHaveLength(2);
  });
  it('joins an acronym to the full name it abbreviates', () => {
    const irs = corpus.organizations.filter((o) => o.name === 'Institute of Regional Studies' || o.aliases.includes('IRS'));
    expect(irs).toHaveLength(1);
  });
  it('is deterministic: same input, byte-identical output', () => {
    const a = renderFiles(ingestRecords(docs).corpus, {}, {});
    const b = renderFiles(ingestRecords([...docs].reverse()).corpus, {}, {});
    const text = ([name, content]: [string, FileContent]) => [name, typeof content === 'string' ? content : [...content].join('')];
    const files = [...a].map(text);
    expect(files.map(([name]) => name)).toContain('events.json');
    expect(files).toEqual([...b].map(text));
  });
  it('writes schema-valid records', () => {
    for (const [key, { schema }] of Object.entries(DATA_FILES)) {
      for (const r of corpus[key as keyof typeof DATA_FILES]) expect(schema.safeParse(r).success).toBe(true);
    }
  });
});

describe('corrections', () => {
  const { corpus } = ingestRecords([textRecord('a.txt', 'Islamabad, May 2, 2023 (APP): The Institute of Regional Studies organized a seminar. Director General Sohail Mahmood said trade matters.')]);
  it('renames, fixes dates and warns about corrections that match nothing', () => {
    const id = corpus.people[0]!.id;
    const { corrections, messages } = parseCorrections({
      corrections: [
        { op: 'rename', kind: 'person', id, name: 'Sohail M. Mahmood' },
        { op: 'setDate', eventId: corpus.events[0]!.id, date: '2023-05-01' },
        { op: 'rename', kind: 'person', id: 'nobody', name: 'X' },
      ],
    });
    expect(messages).toEqual([]);
    const out = applyCorrections(corpus, corrections);
    expect(out.corpus.people[0]!.name).toBe('Sohail M. Mahmood');
    expect(out.corpus.events[0]!.date).toBe('2023-05-01');
    expect(out.messages).toHaveLength(1);
    expect(out.messages[0]!.message).toMatch(/matches nothing/);
  });
  it('rejects an invalid file with a clear message', () => {
    expect(parseCorrections({ corrections: [{ op: 'explode' }] }).messages[0]!.severity).toBe('error');
  });
  it('ships a valid empty corrections file', () => {
    expect(parseCorrections(JSON.parse(readFileSync('data/corrections.json', 'utf8'))).messages).toEqual([]);
  });
});

describe('cli and atomic write', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'ingest-'));
  it('exits 0 and writes the contract files; a bad document is reported, not fatal', () => {
    const inDir = join(tmp, 'in');
    mkdirSync(inDir, { recursive: true });
    writeFileSync(join(inDir, 'good.txt'), 'Lahore, June 5, 2023 (APP): The Institute of Regional Studies organized a round table.');
    writeFileSync(join(inDir, 'bad.html'), Buffer.from([0, 1, 2, 0]));
    const { io: cio, out } = io();
    const code = runIngest(['--in', inDir, '--out', join(tmp, 'out'), '--corrections', join(tmp, 'none.json')], cio);
    expect(code).toBe(EXIT.ok);
    expect(readdirSync(join(tmp, 'out')).sort()).toEqual(expect.arrayContaining(['documents.json', 'events.json', 'people.json', 'organizations.json', 'report.json', 'texts']));
    expect(out.join('')).toMatch(/bad\.html/);
    expect(runIngest(['--in', inDir, '--out', join(tmp, 'out'), '--strict', '--corrections', join(tmp, 'none.json')], cio)).toBe(EXIT.strict);
  });
  it('exits 1 when nothing was ingested and 2 on usage errors', () => {
    const empty = join(tmp, 'empty');
    mkdirSync(empty, { recursive: true });
    const { io: cio } = io();
    expect(runIngest(['--in', empty, '--out', join(tmp, 'out2')], cio)).toBe(EXIT.nothingIngested);
    expect(runIngest(['--in', join(tmp, 'missing')], cio)).toBe(EXIT.usage);
    expect(runIngest(['--bogus'], cio)).toBe(EXIT.usage);
  });
  it('keeps unchanged files of the previous output (same inode) and writes changed ones anew', () => {
    const out = join(tmp, 'reuse');
    writeAtomic(out, new Map([['a.txt', 'same'], ['t/b.txt', 'old b']]), { fsync: false });
    const ino = (name: string) => statSync(join(out, name)).ino;
    const before = { a: ino('a.txt'), b: ino('t/b.txt') };
    writeAtomic(out, new Map([['a.txt', 'same'], ['t/b.txt', 'new b'], ['c.txt', 'c']]), { fsync: false });
    expect(ino('a.txt')).toBe(before.a);
    expect(ino('t/b.txt')).not.toBe(before.b);
    expect(readFileSync(join(out, 't/b.txt'), 'utf8')).toBe('new b');
    expect(readFileSync(join(out, 'c.txt'), 'utf8')).toBe('c');
    expect(statSync(join(out, 'a.txt')).nlink).toBe(1); // the old folder is gone
  });
  it('compares a previous file by its bytes, never through a symbolic link', () => {
    const dir = join(tmp, 'cmp');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'f'), 'abc');
    symlinkSync(join(dir, 'f'), join(dir, 'link'));
    expect(sameFileContent(join(dir, 'f'), Buffer.from('abc'))).toBe(true);
    expect(sameFileContent(join(dir, 'f'), Buffer.from('abd'))).toBe(false);
    expect(sameFileContent(join(dir, 'f'), Buffer.from('abcd'))).toBe(false);
    expect(sameFileContent(join(dir, 'link'), Buffer.from('abc'))).toBe(false);
    expect(sameFileContent(join(dir, 'missing'), Buffer.from(''))).toBe(false);
    expect(sameFileContent(dir, Buffer.from(''))).toBe(false);
  });
  it('writes each file as its source produces it, so the whole output is never held at once', () => {
    const out = join(tmp, 'stream');
    const writtenSoFar: string[][] = [];
    // The files written into the temp folder so far, seen from inside the source.
    const inTemp = () => readdirSync(tmp).filter((n) => n.startsWith('.stream.tmp-')).flatMap((d) => readdirSync(join(tmp, d)));
    function* files(): Generator<[string, string]> {
      yield ['a.json', 'A'];
      writtenSoFar.push(inTemp());
      yield ['b.json', 'B'];
      writtenSoFar.push(inTemp());
    }
    writeAtomic(out, files(), { fsync: false });
    expect(writtenSoFar).toEqual([['a.json'], ['a.json', 'b.json']]);
    expect(readFileSync(join(out, 'b.json'), 'utf8')).toBe('B');
  });
  it('renders JSON in pieces that join to the same text as one string', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue()), fc.jsonValue(), fc.integer({ min: 1, max: 4 }), (arr, other, batch) => {
        expect([...jsonChunks(arr, batch)].join('')).toBe(toJson(arr));
        expect([...jsonChunks(other, batch)].join('')).toBe(toJson(other));
      }),
    );
    expect([...jsonChunks([{ a: [1, { b: 'x\ny' }] }, [], null, 'q'], 2)].join('')).toBe(toJson([{ a: [1, { b: 'x\ny' }] }, [], null, 'q']));
  });
  it('renders each output file only when the writer asks for it', () => {
    const read: string[] = [];
    const c = ingestRecords([textRecord('a.txt', 'Lahore, June 5, 2023 (APP): Dr. Asad Khan, Dean, Beta University, spoke at a seminar.')]).corpus;
    const spy = new Proxy(c, { get: (t, key) => (read.push(String(key)), Reflect.get(t, key)) });
    const files = renderFiles(spy, {}, {});
    expect(files.next().value?.[0]).toBe('documents.json');
    expect(read).toEqual(['documents']); // events.json, people.json, … not rendered yet
    expect([...files].map(([name]) => name)).toContain('events.json');
  });
  it('keeps the previous output when rendering a later file fails', () => {
    const out = join(tmp, 'render-fails');
    writeAtomic(out, new Map([['a.json', '1']]), { fsync: false });
    function* files(): Generator<[string, string]> {
      yield ['a.json', '2'];
      throw new Error('cannot render b.json');
    }
    expect(() => writeAtomic(out, files(), { fsync: false })).toThrow('cannot render b.json');
    expect(readFileSync(join(out, 'a.json'), 'utf8')).toBe('1');
    expect(readdirSync(tmp).filter((n) => n.startsWith('.render-fails.tmp-'))).toEqual([]);
  });
  it('leaves the previous output intact when writing fails', () => {
    const out = join(tmp, 'atomic');
    writeAtomic(out, new Map([['a.json', '1']]));
    expect(() => writeAtomic(out, new Map([['a.json', '2'], ['bad\0name', 'x']]))).toThrow();
    expect(readFileSync(join(out, 'a.json'), 'utf8')).toBe('1');
    expect(readdirSync(tmp).filter((n) => n.includes('.tmp-'))).toEqual([]);
    rmSync(tmp, { recursive: true, force: true });
    expect(existsSync(tmp)).toBe(false);
  });
});

describe('readFileSafely', () => {
  it('returns the bytes, size and SHA-256 of small, empty and multi-read files alike', () => {
    const dir = mkdtempSync(join(tmpdir(), 'read-'));
    const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
    const small = Buffer.from('A short report.\n');
    const big = Buffer.alloc(3 * 1024 * 1024 + 5, 'x');
    writeFileSync(join(dir, 'small.txt'), small);
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'big.txt'), big);
    const s = readFileSafely(join(dir, 'small.txt'));
    expect(s).toEqual({ ok: true, bytes: new Uint8Array(small), size: small.length, hash: sha(small) });
    const e = readFileSafely(join(dir, 'empty.txt'));
    expect(e).toEqual({ ok: true, bytes: new Uint8Array(0), size: 0, hash: sha(new Uint8Array(0)) });
    // Only the head is kept, but the whole file is hashed and counted.
    const b = readFileSafely(join(dir, 'big.txt'), null, { maxFileBytes: 64 * 1024 * 1024, maxReadBytes: 1024 * 1024 });
    expect(b.ok && b.bytes.length).toBe(1024 * 1024);
    expect(b.ok && b.size).toBe(big.length);
    expect(b.ok && b.hash).toBe(sha(big));
    // A size limit below one read still skips the file.
    expect(readFileSafely(join(dir, 'small.txt'), null, { maxFileBytes: 4, maxReadBytes: 1024 }).ok).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('looksLikeOrg', () => {
  /** The plain reading: a capital or digit first, and a word that is an organization word. */
  const reference = (phrase: string): boolean =>
    /^[A-Z\d]/.test(phrase) && phrase.split(/\s+/).filter(Boolean).some((w) => ORG_WORDS.has(w.toLowerCase().replace(/[’'].*$/, '')));
  it('isJsSpace agrees with /\\s/ on every UTF-16 code unit', () => {
    for (let c = 0; c <= 0xffff; c++) expect(isJsSpace(c)).toBe(/\s/.test(String.fromCharCode(c)));
  });
  it('reads phrases as the plain word-by-word lookup does', () => {
    const word = fc.constantFrom('Institute', 'INSTITUTE', 'institute', "Embassy's", 'Bank’s', '\u212Aingdom', 'ſtates', 'İnstitute', 'The', 'Ahmad', 'of', 'TV', "O'Bank", "'s", 'Centre.', 'Club’s…', 'Think-Tank', '2024', 'Σ', 'Instituto', 'Bunk');
    const space = fc.constantFrom(' ', '\t', '\u00a0', '\u2009', '\u3000', '\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, space), { minLength: 1, maxLength: 6 }), (parts) => {
        const phrase = parts.map(([w, s]) => w + s).join('').trimEnd();
        expect(looksLikeOrg(phrase)).toBe(reference(phrase));
      }),
      { numRuns: 3000 },
    );
    expect(looksLikeOrg('Institute of Strategic Studies')).toBe(true);
    expect(looksLikeOrg('the Institute')).toBe(false);
    expect(looksLikeOrg('\u212Aingdom of Thailand')).toBe(reference('\u212Aingdom of Thailand'));
  });
});

describe('the ingest bundle', () => {
  it('is reused only while it is newer than every source it was built from', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
    try {
      mkdirSync(join(dir, 'src'));
      writeFileSync(join(dir, 'src/a.ts'), 'export {}');
      const bundle = join(dir, 'bundle.mjs');
      writeFileSync(bundle, '');
      const inputs = join(dir, 'inputs.json');
      const past = new Date(Date.now() - 60_000);
      utimesSync(join(dir, 'src/a.ts'), past, past);
      expect(bundleIsFresh(bundle, inputs, dir)).toBe(false); // no list of inputs yet
      writeFileSync(inputs, JSON.stringify(['src/a.ts']));
      expect(bundleIsFresh(bundle, inputs, dir)).toBe(true);
      const later = new Date(Date.now() + 60_000);
      utimesSync(join(dir, 'src/a.ts'), later, later); // a source edited after the bundle
      expect(bundleIsFresh(bundle, inputs, dir)).toBe(false);
      writeFileSync(inputs, JSON.stringify(['src/a.ts', 'src/gone.ts']));
      utimesSync(join(dir, 'src/a.ts'), past, past);
      expect(bundleIsFresh(bundle, inputs, dir)).toBe(false); // a source that no longer exists
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('nodeFlagsOf', () => {
  it('reads the -- options between node and the script of an npm script line', () => {
    expect(nodeFlagsOf('node --single-threaded-gc --max-semi-space-size=16 scripts/ingest.mjs --quiet')).toEqual(['--single-threaded-gc', '--max-semi-space-size=16']);
    expect(nodeFlagsOf('node scripts/ingest.mjs --quiet')).toEqual([]);
    expect(nodeFlagsOf('tsx src/ingest/cli.ts')).toEqual([]);
  });
  it('the ingest script of package.json runs the bundled CLI with those flags', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };
    const script = pkg.scripts.ingest!;
    expect(script.split(/\s+/)).toEqual(['node', ...nodeFlagsOf(script), 'scripts/ingest.mjs']);
  });
});
