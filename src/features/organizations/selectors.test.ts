import { firstIndexByInitial } from '../../lib/directory/sort';
import { describe, expect, it } from 'vitest';
import { buildExplorerData } from '../../lib/data/explorerData';
import type { RawData } from '../../lib/data/loadData';
import { createFuzzyIndex } from '../../lib/directory/fuzzy';
import type { ExplorerEvent, Participant } from '../../model/schema';
import {
  affiliatedPeople,
  coOrganizers,
  initialOf,
  organizationEvents,
  organizationRows,
  parseOrganizationParams,
  selectOrganizations,
  type OrganizationRow,
} from './selectors';

const ev = { documentId: 'd1', start: 0, end: 5 };
const p = (personId: string, role: string | null, organizationId: string | null): Participant => ({ personId, role, organizationId, capacity: 'speaker', evidence: ev });
const event = (id: string, date: string | null, organizerIds: string[], participants: Participant[]): ExplorerEvent => ({
  id,
  documentId: 'd1',
  documentIds: ['d1'],
  title: id,
  type: 'round table',
  date,
  endDate: null,
  dateSource: 'text',
  location: null,
  organizerIds,
  participants,
  referenced: false,
  evidence: ev,
});

const raw: RawData = {
  documents: [],
  events: [
    event('e1', '2024-07-23', ['emb', 'ipds'], [p('yk', 'Ambassador', 'kz'), p('fa', 'President', 'ipds')]),
    event('e2', '2024-06-26', ['issi', 'emb'], [p('sm', 'Director General', 'issi'), p('yk', 'Ambassador', null)]),
    event('e3', '2023-03-01', [], [p('sm', 'Director General', 'issi'), p('fa', 'Chair', 'issi')]),
  ],
  people: [
    { id: 'yk', name: 'Yerzhan Kistafin', aliases: [] },
    { id: 'fa', name: 'Farhat Asif', aliases: [] },
    { id: 'sm', name: 'Sohail Mahmood', aliases: [] },
  ],
  organizations: [
    { id: 'issi', name: 'Institute of Strategic Studies Islamabad', aliases: ['ISSI'] },
    { id: 'ipds', name: 'Institute of Peace and Diplomatic Studies', aliases: ['IPDS'] },
    { id: 'emb', name: 'The Embassy of Kazakhstan', aliases: [] },
    { id: 'kz', name: 'Kazakhstan', aliases: ['Kazakh'], kind: 'country' },
    { id: 'un', name: 'United Nations', aliases: ['UN'] },
  ],
  skipped: [],
};
const data = buildExplorerData(raw);
const rows = organizationRows(data);
const index = createFuzzyIndex<OrganizationRow>(rows, [{ get: (r) => r.organization.name }, { get: (r) => r.organization.aliases }]);
const org = (id: string) => data.organizationsById.get(id)!;
const select = (query: string) => selectOrganizations(rows, parseOrganizationParams(new URLSearchParams(query)), index).map((e) => e.row.organization.id);

describe('organization facts', () => {
  it('separates events organized from events its people attended, newest first, each once', () => {
    expect(organizationEvents(org('issi'), data).map((l) => [l.event.id, l.organized, l.attended])).toEqual([
      ['e2', true, true],
      ['e3', false, true],
    ]);
  });

  it('lists affiliated people with roles and counts', () => {
    expect(affiliatedPeople(org('issi'), data).map((a) => [a.person.name, a.roles, a.eventCount, a.latestDate])).toEqual([
      ['Sohail Mahmood', ['Director General'], 2, '2024-06-26'],
      ['Farhat Asif', ['Chair'], 1, '2023-03-01'],
    ]);
    expect(affiliatedPeople(org('un'), data)).toEqual([]);
  });

  it('counts co-organizers', () => {
    expect(coOrganizers(org('emb'), data).map((c) => `${c.organization.id}×${c.count}`)).toEqual(['ipds×1', 'issi×1']);
  });

  it('makes rows with kind, counts and initial (skipping a leading "The")', () => {
    const emb = rows.find((r) => r.organization.id === 'emb')!;
    expect(emb).toMatchObject({ kind: 'organization', organized: 2, attended: 0, eventCount: 2, people: 0, latestDate: '2024-07-23', initial: 'E' });
    expect(rows.find((r) => r.organization.id === 'kz')).toMatchObject({ kind: 'country', attended: 1, people: 1 });
    expect(initialOf('The Embassy')).toBe('E');
    expect(initialOf('Ömer Institute')).toBe('O');
  });
});

describe('URL params', () => {
  it('reads valid values and defaults', () => {
    expect(parseOrganizationParams(new URLSearchParams('q=issi&sort=events&kind=country&from=2024-01-01'))).toEqual({ q: 'issi', sort: 'events', kind: 'country', from: '2024-01-01', to: null, notes: [] });
    expect(parseOrganizationParams(new URLSearchParams('q=x')).sort).toBe('match');
    expect(parseOrganizationParams(new URLSearchParams('sort=match')).sort).toBe('name');
  });
  it('ignores bad values with notes', () => {
    const params = parseOrganizationParams(new URLSearchParams('sort=size&kind=planet&to=2024-02-30'));
    expect(params).toMatchObject({ sort: 'name', kind: null, to: null });
    expect(params.notes).toHaveLength(3);
  });
});

describe('directory selection', () => {
  it('sorts by name ignoring a leading "The", by events and by recency', () => {
    expect(select('')).toEqual(['emb', 'ipds', 'issi', 'kz', 'un']);
    expect(select('sort=events')).toEqual(['emb', 'issi', 'ipds', 'kz', 'un']);
    expect(select('sort=recent')).toEqual(['emb', 'ipds', 'kz', 'issi', 'un']);
  });
  it('filters by kind and by date range', () => {
    expect(select('kind=country')).toEqual(['kz']);
    expect(select('kind=organization')).not.toContain('kz');
    expect(select('to=2023-12-31')).toEqual(['issi']);
  });
  it('finds by acronym and forgives typos', () => {
    expect(select('q=ISSI')[0]).toBe('issi');
    expect(select('q=strategik')).toEqual(['issi']);
    expect(select('q=kazakstan')).toEqual(expect.arrayContaining(['emb', 'kz']));
  });
  it('indexes the first entry of each initial', () => {
    const entries = selectOrganizations(rows, parseOrganizationParams(new URLSearchParams('')), index);
    expect(Object.fromEntries(firstIndexByInitial(entries))).toEqual({ E: 0, I: 1, K: 3, U: 4 });
  });
});
