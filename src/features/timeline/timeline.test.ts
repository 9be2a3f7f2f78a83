import { describe, expect, it } from 'vitest';
import { buildExplorerData } from '../../lib/data/explorerData';
import type { ExplorerEvent } from '../../model/schema';
import { clearFilters, datePresets, filterEvents, parseTimelineFilters, toggleParam } from './filters';
import { monthBins, monthEnd } from './histogram';
import { groupByMonth } from './TimelinePage';

const ev = (id: string, date: string | null, extra: Partial<ExplorerEvent> = {}): ExplorerEvent => ({
  id,
  documentId: 'd1',
  documentIds: ['d1'],
  title: id,
  type: 'seminar',
  date,
  endDate: null,
  dateSource: 'text',
  location: 'Islamabad',
  organizerIds: [],
  participants: [],
  referenced: false,
  evidence: { documentId: 'd1', start: 0, end: 1 },
  ...extra,
});

const data = buildExplorerData({
  documents: [],
  events: [
    ev('a', '2024-06-26', { type: 'round table', organizerIds: ['issi'] }),
    ev('b', '2024-07-23', { type: 'round table', location: 'Astana', participants: [{ personId: 'p1', role: null, organizationId: 'kz', capacity: 'speaker', evidence: { documentId: 'd1', start: 0, end: 1 } }] }),
    ev('c', '2023-01-10'),
    ev('d', null),
  ],
  people: [{ id: 'p1', name: 'Yerzhan Kistafin', aliases: [] }],
  organizations: [
    { id: 'issi', name: 'Institute of Strategic Studies Islamabad', aliases: ['ISSI'] },
    { id: 'kz', name: 'Kazakhstan', aliases: [], kind: 'country' },
  ],
  skipped: [],
});

const ids = (q: string) => filterEvents(data.events, parseTimelineFilters(new URLSearchParams(q), data)).map((e) => e.id);

describe('timeline filters', () => {
  it('lists newest first, undated last, and reverses on request', () => {
    expect(ids('')).toEqual(['b', 'a', 'c', 'd']);
    expect(ids('order=oldest')).toEqual(['d', 'c', 'a', 'b']);
  });

  it('combines dates with type, place, organization and person', () => {
    expect(ids('from=2024-01-01')).toEqual(['b', 'a']);
    expect(ids('type=round+table&place=Astana')).toEqual(['b']);
    expect(ids('type=round+table&type=seminar&to=2024-06-30')).toEqual(['a', 'c']);
    expect(ids('org=issi')).toEqual(['a']);
    expect(ids('org=kz')).toEqual(['b']);
    expect(ids('person=p1')).toEqual(['b']);
  });

  it('ignores unknown values with a note instead of failing', () => {
    const f = parseTimelineFilters(new URLSearchParams('type=party&place=Mars&org=nope&person=x&from=junk&order=sideways'), data);
    expect(f.types).toEqual([]);
    expect(f.notes).toHaveLength(6);
    expect(filterEvents(data.events, f)).toHaveLength(4);
  });

  it('toggles and clears URL params without touching others', () => {
    const p = toggleParam(new URLSearchParams('q=x&type=seminar'), 'type', 'forum');
    expect(p.getAll('type')).toEqual(['seminar', 'forum']);
    expect(toggleParam(p, 'type', 'seminar').getAll('type')).toEqual(['forum']);
    expect(clearFilters(new URLSearchParams('order=oldest&from=2024-01-01&type=forum')).toString()).toBe('order=oldest');
  });

  it('offers presets relative to the newest event', () => {
    const presets = datePresets('2024-07-23');
    expect(presets.map((p) => p.label)).toEqual(['Last month', 'Last quarter', 'Last year', 'All']);
    expect(presets[0]?.range).toEqual({ from: '2024-06-24', to: '2024-07-23' });
  });
});

describe('grouping and histogram', () => {
  it('groups consecutive events by month', () => {
    expect(groupByMonth(data.events).map((g) => [g.month, g.events.length])).toEqual([
      ['2024-07', 1],
      ['2024-06', 1],
      ['2023-01', 1],
      ['undated', 1],
    ]);
  });

  it('bins every month between the first and last event', () => {
    const bins = monthBins(data.events);
    expect(bins[0]).toEqual({ month: '2023-01', count: 1 });
    expect(bins).toHaveLength(19);
    expect(bins.reduce((s, b) => s + b.count, 0)).toBe(3);
    expect(monthEnd('2024-02')).toBe('2024-02-29');
  });
});
