import { describe, expect, it } from 'vitest';
import { ingestDir } from '../pipeline';
import { listDocuments } from '../read';

const dir = 'data/documents';
const { corpus } = ingestDir(dir, listDocuments(dir));
const person = (name: string) => corpus.people.find((p) => p.name === name);
const org = (id: string | null) => corpus.organizations.find((o) => o.id === id);
const reported = corpus.events.filter((e) => !e.referenced).sort((a, b) => (a.date! < b.date! ? -1 : 1));

describe('seed reports', () => {
  it('finds both round tables with title, date, place and organizers', () => {
    expect(reported).toHaveLength(2);
    const [june, july] = reported;
    expect(june).toMatchObject({ type: 'round table', title: 'Astana Summit 2024: Solidifying SCO’s Partnerships', date: '2024-06-26', location: 'Islamabad' });
    expect(july).toMatchObject({ type: 'round table', title: 'Post-Astana SCO Summit 2024: achievements and way forward', date: '2024-07-23', location: 'Islamabad' });
    const names = (e: typeof june) => e!.organizerIds.map((id) => [org(id)!.name, ...org(id)!.aliases].join('|'));
    expect(names(june).join(' ')).toMatch(/Institute of Strategic Studies Islamabad/);
    expect(names(june).join(' ')).toMatch(/Embassy of Kazakhstan/);
    expect(names(july).join(' ')).toMatch(/Embassy of Kazakhstan/);
    expect(names(july).join(' ')).toMatch(/Institute of Peace and Diplomatic Studies/);
    expect(names(july).join(' ')).toMatch(/Rifah Institute of Public Policy/);
  });

  it('pins all ten participants with role and affiliation', () => {
    const expected: [string, RegExp, RegExp | null, string][] = [
      ['Farhat Asif', /President/, /Institute of Peace and Diplomatic Studies/, 'speaker'],
      ['Muhammad Khan', /Professor/, /International Islamic University/, 'speaker'],
      ['Muhammad Munir', /Dean/, /Muslim Youth University/, 'speaker'],
      ['Rashid Aftab', /Director/, /Rifah Institute of Public Policy/, 'speaker'],
      ['Shakur Khan Achakzai', /Senator/, null, 'guest of honor'],
      ['Yerzhan Kistafin', /Ambassador/, /Kazakh/, 'speaker'],
      ['Marghoob Saleem Butt', /National Coordinator/, /SCO/, 'speaker'],
      ['Sohail Mahmood', /Director General/, /ISSI/, 'speaker'],
      ['Murtaza Solangi', /Minister/, null, 'guest of honor'],
    ];
    const all = reported.flatMap((e) => e.participants);
    expect(all).toHaveLength(10);
    for (const [name, role, affiliation, capacity] of expected) {
      const p = person(name);
      expect(p, name).toBeDefined();
      const part = all.find((x) => x.personId === p!.id)!;
      expect(part.role, name).toMatch(role);
      expect(part.capacity, name).toBe(capacity);
      if (affiliation) {
        const affs = all.filter((x) => x.personId === p!.id).map((x) => org(x.organizationId)).map((o) => [o?.name, ...(o?.aliases ?? [])].join('|'));
        expect(affs.join(' '), name).toMatch(affiliation);
      }
    }
  });

  it('links Yerzhan Kistafin as one person taking part in both events', () => {
    const k = corpus.people.filter((p) => /Kistafin/.test(p.name));
    expect(k).toHaveLength(1);
    for (const e of reported) expect(e.participants.some((p) => p.personId === k[0]!.id)).toBe(true);
  });

  it('keeps Tokayev as mentioned, not a participant', () => {
    const t = person('Kassym-Jomart Tokayev')!;
    expect(t).toBeDefined();
    expect(corpus.documents.every((d) => d.personIds.includes(t.id))).toBe(true);
    expect(reported.some((e) => e.participants.some((p) => p.personId === t.id))).toBe(false);
  });

  it('records the SCO summit of 3–4 July 2024 in Astana as a referenced event', () => {
    const ref = corpus.events.find((e) => e.referenced && e.date === '2024-07-03');
    expect(ref).toMatchObject({ endDate: '2024-07-04', location: 'Astana', type: 'summit' });
  });

  it('gives evidence that points into the cleaned text', () => {
    for (const e of corpus.events) {
      const text = corpus.texts[e.documentId]!;
      for (const p of e.participants) expect(p.evidence.end).toBeLessThanOrEqual(text.length);
      if (e.titleEvidence && e.title) expect(text.slice(e.titleEvidence.start, e.titleEvidence.end)).toBe(e.title);
    }
  });
});
