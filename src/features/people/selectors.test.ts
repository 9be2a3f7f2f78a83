import { firstIndexByInitial } from '../../lib/directory/sort';
import { describe, expect, it } from 'vitest';
import { buildExplorerData } from '../../lib/data/explorerData';
import type { RawData } from '../../lib/data/loadData';
import { createFuzzyIndex } from '../../lib/directory/fuzzy';
import { testEvent, testEvidence, testParticipant } from '../../model/testRecords';
import {
  affiliations,
  coParticipants,
  initialOf,
  mentionsByDocument,
  organizationOptions,
  parsePeopleParams,
  peopleVocabulary,
  personRows,
  roleHistory,
  roleOptions,
  selectPeople,
  timelineStrip,
  type PeopleParams,
  type PersonRow,
} from './selectors';

const raw: RawData = {
  documents: [
    { id: 'd1', file: 'a.txt', url: null, title: 'Report A', published: '2024-07-23', personIds: [], organizationIds: [], eventIds: ['e1'], textPath: 'texts/d1.txt', textLength: 100 },
    { id: 'd2', file: 'b.txt', url: null, title: 'Report B', published: '2024-06-26', personIds: [], organizationIds: [], eventIds: ['e2'], textPath: 'texts/d2.txt', textLength: 100 },
  ],
  events: [
    testEvent('e1', '2024-07-23', [testParticipant('yk', 'Ambassador', 'kz'), testParticipant('fa', 'President', 'ipds'), testParticipant('sm', 'Director General', 'issi')]),
    testEvent('e2', '2024-06-26', [testParticipant('yk', 'Ambassador', null), testParticipant('sm', 'Director General', 'issi'), testParticipant('mb', 'National Coordinator', 'sco')], { documentId: 'd2', documentIds: ['d2'] }),
    testEvent('e3', '2023-01-10', [testParticipant('fa', 'Chair', 'ipds', 'moderator')]),
    testEvent('e4', null, [testParticipant('zz', null, null, 'attendee')]),
  ],
  people: [
    { id: 'yk', name: 'Yerzhan Kistafin', aliases: ['Erzhan Kistafin'] },
    { id: 'fa', name: 'Farhat Asif', aliases: [] },
    { id: 'sm', name: 'Sohail Mahmood', aliases: [] },
    { id: 'mb', name: 'Marghoob Saleem Butt', aliases: [] },
    { id: 'zz', name: 'Zoë Ölçer', aliases: [] },
    { id: 'kt', name: 'Kassym-Jomart Tokayev', aliases: [], mentions: [testEvidence('d1', 40), testEvidence('d2', 10), testEvidence('d1', 40)] },
  ],
  organizations: [
    { id: 'kz', name: 'Kazakhstan', aliases: ['Kazakh'], kind: 'country' },
    { id: 'ipds', name: 'Institute of Peace and Diplomatic Studies', aliases: ['IPDS'] },
    { id: 'issi', name: 'Institute of Strategic Studies Islamabad', aliases: ['ISSI'] },
    { id: 'sco', name: 'Shanghai Cooperation Organisation', aliases: ['SCO'] },
  ],
  skipped: [],
};
const data = buildExplorerData(raw);
const rows = personRows(data);
const vocabulary = peopleVocabulary(rows, data);
const index = createFuzzyIndex<PersonRow>(rows, [
  { get: (r) => r.person.name },
  { get: (r) => r.person.aliases },
  { get: (r) => r.roles, penalty: 0.1 },
  { get: (r) => r.organizations.flatMap((o) => [o.name, ...o.aliases]), penalty: 0.1 },
]);
const person = (id: string) => data.peopleById.get(id)!;
const parse = (query: string) => parsePeopleParams(new URLSearchParams(query), vocabulary);
const names = (params: PeopleParams) => selectPeople(rows, params, index).map((e) => e.row.person.name);

describe('role history', () => {
  it('lists each participation newest first with role, affiliation and the participant index', () => {
    const history = roleHistory(person('yk'), data);
    expect(history.map((h) => [h.event.id, h.participant.role, h.organization?.name ?? null, h.index])).toEqual([
      ['e1', 'Ambassador', 'Kazakhstan', 0],
      ['e2', 'Ambassador', null, 0],
    ]);
  });

  it('is empty for someone only mentioned', () => {
    expect(roleHistory(person('kt'), data)).toEqual([]);
  });

  it('groups affiliations with roles and date span', () => {
    const result = affiliations(roleHistory(person('fa'), data));
    expect(result).toEqual([
      { organization: data.organizationsById.get('ipds'), roles: ['President', 'Chair'], eventCount: 2, firstDate: '2023-01-10', lastDate: '2024-07-23' },
    ]);
  });
});

describe('directory rows', () => {
  it('gives latest role, affiliation, event count and initial', () => {
    const yk = rows.find((r) => r.person.id === 'yk')!;
    expect(yk).toMatchObject({ eventCount: 2, latestRole: 'Ambassador', latestDate: '2024-07-23', initial: 'Y', roles: ['Ambassador'] });
    expect(yk.latestOrganization?.id).toBe('kz');
    expect(rows.find((r) => r.person.id === 'kt')).toMatchObject({ eventCount: 0, latestRole: null, latestDate: null });
  });

  it('folds diacritics into the initial and puts other characters under #', () => {
    expect(initialOf('Zoë Ölçer')).toBe('Z');
    expect(initialOf('Ölçer')).toBe('O');
    expect(initialOf('  3rd person')).toBe('#');
    expect(initialOf('Юрий')).toBe('#');
  });

  it('offers roles and organizations with people counts', () => {
    expect(roleOptions(rows).map((r) => `${r.role}:${r.people}`)).toEqual(['Ambassador:1', 'Chair:1', 'Director General:1', 'National Coordinator:1', 'President:1']);
    expect(organizationOptions(rows).map((o) => `${o.organization.id}:${o.people}`)).toEqual(['ipds:1', 'issi:1', 'kz:1', 'sco:1']);
  });
});

describe('co-participants', () => {
  it('counts shared events, most frequent first, then by name', () => {
    expect(coParticipants(person('yk'), data).map((c) => `${c.person.name}×${c.count}`)).toEqual(['Sohail Mahmood×2', 'Farhat Asif×1', 'Marghoob Saleem Butt×1']);
  });
  it('is empty for a lone participant', () => {
    expect(coParticipants(person('zz'), data)).toEqual([]);
  });
});

describe('mentions', () => {
  it('groups by document, newest first, without duplicates', () => {
    const result = mentionsByDocument(person('kt'), data, false);
    expect(result.map((m) => [m.document.id, m.mentions.length])).toEqual([
      ['d1', 1],
      ['d2', 1],
    ]);
  });
});

describe('timeline strip', () => {
  it('spans whole years and places dots by month and day', () => {
    const strip = timelineStrip(data.eventsByPerson.get('fa')!)!;
    expect(strip.start).toBe('2023-01');
    expect(strip.months).toBe(24);
    expect(strip.years.map((y) => y.year)).toEqual([2023, 2024]);
    expect(strip.dots.map((d) => d.event.id)).toEqual(['e3', 'e1']);
    expect(strip.dots[1]!.position).toBeGreaterThan(0.75);
    expect(strip.dots[1]!.position).toBeLessThan(0.8);
  });
  it('counts undated events and is null without dates', () => {
    expect(timelineStrip(data.eventsByPerson.get('zz')!)).toBeNull();
  });
});

describe('URL params', () => {
  it('reads valid values', () => {
    expect(parse('q=kist&sort=events&org=issi&role=director%20general&from=2024-01-01&to=2024-12-31')).toEqual({
      q: 'kist',
      sort: 'events',
      org: 'issi',
      role: 'Director General',
      from: '2024-01-01',
      to: '2024-12-31',
      notes: [],
    });
  });

  it('defaults to name order, and to best match when searching', () => {
    expect(parse('').sort).toBe('name');
    expect(parse('q=asif').sort).toBe('match');
    expect(parse('sort=match').sort).toBe('name');
    expect(parse('sort=match').notes).toEqual([]);
  });

  it('ignores unknown values with a note each, never throwing', () => {
    const params = parse('sort=shoe&org=nowhere&role=Wizard&from=2024-13-01&to=yesterday');
    expect(params).toMatchObject({ sort: 'name', org: null, role: null, from: null, to: null });
    expect(params.notes).toHaveLength(5);
    expect(params.notes.join(' ')).toMatch(/sort=shoe/);
    expect(params.notes.join(' ')).toMatch(/org=nowhere/);
    expect(params.notes.join(' ')).toMatch(/role=Wizard/);
  });

  it('cuts an overlong search text and swaps a reversed range', () => {
    const params = parse(`q=${'a'.repeat(300)}&from=2024-12-31&to=2024-01-01`);
    expect(params.q).toHaveLength(100);
    expect(params.from).toBe('2024-01-01');
    expect(params.notes).toHaveLength(2);
  });
});

describe('filtering and sorting', () => {
  it('sorts by name by default', () => {
    expect(names(parse(''))).toEqual(['Farhat Asif', 'Kassym-Jomart Tokayev', 'Marghoob Saleem Butt', 'Sohail Mahmood', 'Yerzhan Kistafin', 'Zoë Ölçer']);
  });

  it('sorts by number of events, then by name', () => {
    expect(names(parse('sort=events')).slice(0, 3)).toEqual(['Farhat Asif', 'Sohail Mahmood', 'Yerzhan Kistafin']);
  });

  it('sorts by most recent event, people without dated events last', () => {
    expect(names(parse('sort=recent'))).toEqual(['Farhat Asif', 'Sohail Mahmood', 'Yerzhan Kistafin', 'Marghoob Saleem Butt', 'Kassym-Jomart Tokayev', 'Zoë Ölçer']);
  });

  it('forgives typos and matches aliases, roles and organizations', () => {
    expect(names(parse('q=kistafn'))).toEqual(['Yerzhan Kistafin']);
    expect(names(parse('q=erzhan'))).toContain('Yerzhan Kistafin');
    expect(names(parse('q=ambasador'))).toEqual(['Yerzhan Kistafin']);
    expect(names(parse('q=ISSI'))).toEqual(['Sohail Mahmood']);
    expect(names(parse('q=ambassador kistafin'))).toEqual(['Yerzhan Kistafin']);
    expect(names(parse('q=olcer'))).toEqual(['Zoë Ölçer']);
    expect(names(parse('q=qqqqqq'))).toEqual([]);
  });

  it('filters by organization, role and dates together, counting matching events', () => {
    const byOrg = selectPeople(rows, parse('org=issi'), index);
    expect(byOrg.map((e) => [e.row.person.id, e.matchedEvents])).toEqual([['sm', 2]]);
    expect(names(parse('role=president'))).toEqual(['Farhat Asif']);
    // Farhat Asif was President in 2024 and Chair in 2023: the role and the range must meet in one event.
    expect(names(parse('role=President&to=2023-12-31'))).toEqual([]);
    expect(names(parse('role=Chair&to=2023-12-31'))).toEqual(['Farhat Asif']);
    const june = selectPeople(rows, parse('from=2024-06-01&to=2024-06-30&sort=events'), index);
    expect(june.map((e) => e.row.person.name)).toEqual(['Marghoob Saleem Butt', 'Sohail Mahmood', 'Yerzhan Kistafin']);
    expect(june.every((e) => e.matchedEvents === 1)).toBe(true);
  });

  it('finds the first entry for each initial in the shown order', () => {
    const first = firstIndexByInitial(selectPeople(rows, parse(''), index));
    expect(Object.fromEntries(first)).toEqual({ F: 0, K: 1, M: 2, S: 3, Y: 4, Z: 5 });
  });
});
