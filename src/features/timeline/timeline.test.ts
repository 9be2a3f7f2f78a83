import { describe, expect, it } from 'vitest';
import { buildExplorerData } from '../../lib/data/explorerData';
import type { ExplorerEvent } from '../../model/schema';
import { clearFilters, datePresets, filterEvents, parseTimelineFilters, toggleParam } from './filters';
import { buildTimelineFiles, parseTimelineView } from '../../lib/data/timelineView';
import { monthBins, monthEnd } from './histogram';
import { needsWholeTimeline } from './filters';
import { groupByMonth, timelineRows } from './TimelinePage';

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

describe('the head of the timeline (timeline-head.json)', () => {
  const source = {
    documents: [],
    people: [],
    organizations: [],
    events: [
      ev('jul-1', '2024-07-23'),
      ev('jul-2', '2024-07-03'),
      ev('jul-3', '2024-07-01', { referenced: true }),
      ev('jun-1', '2024-06-26'),
      ev('old', '2023-01-10'),
      ev('undated', null),
    ],
  };

  it('holds the newest events with the counts of the whole timeline', () => {
    const { head, full } = buildTimelineFiles(source, 2);
    const view = parseTimelineView(JSON.parse(JSON.stringify(head)))!;
    expect(view.events.map((e) => e.id)).toEqual(['jul-1', 'jul-2']);
    expect(view.head).toEqual({ total: 6, reported: 5, months: { '2024-07': 3 }, reportedByMonth: { '2024-07': 2, '2024-06': 1, '2023-01': 1 } });
    expect(parseTimelineView(JSON.parse(JSON.stringify(full)))!.events).toHaveLength(6);
    expect(parseTimelineView(JSON.parse(JSON.stringify(full)))!.head).toBeNull();
  });

  it('is the whole timeline when every event fits', () => {
    const view = parseTimelineView(JSON.parse(JSON.stringify(buildTimelineFiles(source, 100).head)))!;
    expect(view.events).toHaveLength(6);
    expect(view.head).toBeNull();
  });

  it('is not used when its counts are malformed', () => {
    const { head } = buildTimelineFiles(source, 2);
    expect(parseTimelineView({ ...head, head: { ...head.head, total: -1 } })).toBeNull();
    expect(parseTimelineView({ ...head, head: { ...head.head, months: { '2024-07': 'three' } } })).toBeNull();
  });

  it('gives month headings their whole count and ends with the number still loading', () => {
    const view = parseTimelineView(JSON.parse(JSON.stringify(buildTimelineFiles(source, 2).head)))!;
    const rows = timelineRows(view.events, view.head);
    expect(rows[1]).toEqual({ kind: 'month', month: '2024-07', count: 3 });
    expect(rows.at(-1)).toEqual({ kind: 'more', count: 4 });
  });

  it('is enough only for the unfiltered, newest-first timeline', () => {
    expect(needsWholeTimeline(new URLSearchParams(''))).toBe(false);
    expect(needsWholeTimeline(new URLSearchParams('q=unrelated'))).toBe(false);
    for (const query of ['order=oldest', 'from=2024-01-01', 'to=2024-01-01', 'type=seminar', 'place=Astana', 'org=x', 'person=y']) {
      expect(needsWholeTimeline(new URLSearchParams(query))).toBe(true);
    }
  });
});
