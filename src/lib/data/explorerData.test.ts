import { describe, expect, it } from 'vitest';
import type { Participant } from '../../model/schema';
import { testEvent, testParticipant } from '../../model/testRecords';
import { buildExplorerData, buildExplorerDataInSteps, timelineOf } from './explorerData';
import type { RawData } from './loadData';
import { buildTimelineFiles, parseTimelineView } from './timelineView';

const participant = (personId: string, organizationId: string | null) => testParticipant(personId, null, organizationId);
const event = (id: string, date: string | null, participants: Participant[], organizerIds: string[] = []) => testEvent(id, date, participants, { organizerIds });

const raw: RawData = {
  documents: [{ id: 'd1', file: 'a.txt', url: null, title: 'Report', published: '2024-07-23', personIds: [], organizationIds: [], eventIds: ['e1'], textPath: 'texts/d1.txt', textLength: 100 }],
  events: [
    // A report can name one person twice (as speaker and in a quote), and two people of one organization.
    event('e1', '2024-01-10', [participant('p1', 'org'), participant('p1', 'org'), participant('p2', 'org')], ['org', 'org']),
    event('e2', '2024-07-23', [participant('p2', 'org')]),
    event('e3', '2023-03-01', [participant('p1', null)], ['org']),
  ],
  people: [
    { id: 'p1', name: 'Aigerim Sadykova', aliases: [] },
    { id: 'p2', name: 'Tamer Haddad', aliases: [] },
  ],
  organizations: [{ id: 'org', name: 'Institute of World Affairs', aliases: [] }],
  skipped: [],
};

const ids = (events: readonly { id: string }[] | undefined) => (events ?? []).map((e) => e.id);

describe('buildExplorerData', () => {
  it('lists each event once per person and organization, newest first', () => {
    const data = buildExplorerData(raw);
    expect(ids(data.eventsByPerson.get('p1'))).toEqual(['e1', 'e3']);
    expect(ids(data.eventsByPerson.get('p2'))).toEqual(['e2', 'e1']);
    expect(ids(data.eventsAttendedBy.get('org'))).toEqual(['e2', 'e1']);
    expect(ids(data.eventsOrganizedBy.get('org'))).toEqual(['e1', 'e3']);
  });
});

describe('buildExplorerDataInSteps', () => {
  it('builds the same data in short steps, pausing between them', async () => {
    const many: RawData = {
      ...raw,
      events: Array.from({ length: 4500 }, (_, i) => event(`e${i}`, `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`, [participant(`p${1 + (i % 2)}`, 'org')])),
    };
    let pauses = 0;
    const stepped = await buildExplorerDataInSteps(many, async () => {
      pauses++;
    });
    expect(stepped).toEqual(buildExplorerData(many));
    // Sorting, three slices of participants, the id maps: no step indexes more than 2,000 events.
    expect(pauses).toBeGreaterThanOrEqual(5);
  });
});

describe('timelineOf', () => {
  const data = buildExplorerData(raw);
  const fileView = (source: RawData) => parseTimelineView(JSON.parse(JSON.stringify(buildTimelineFiles(source).full)))!;

  it('keeps the timeline already on screen when the full data confirms it', () => {
    const shown = fileView(raw);
    expect(timelineOf(data, shown)).toBe(shown);
    // What it stands for: the same cards the full data gives (the file leaves out participants,
    // which only the person and organization filters read).
    const cards = (view: ReturnType<typeof timelineOf>) => view.events.map(({ participants: _, ...card }) => card);
    expect(cards(shown)).toEqual(cards(timelineOf(data)));
  });

  it('rebuilds the timeline from the data when validation skipped records', () => {
    const withSkipped = buildExplorerData({ ...raw, skipped: [{ file: 'people.json', index: 2, id: 'p3', message: 'name: expected a string' }] });
    const shown = fileView(raw);
    expect(timelineOf(withSkipped, shown)).not.toBe(shown);
  });

  it('rebuilds it when the timeline file is stale or only the first screen', () => {
    const stale = fileView({ ...raw, events: raw.events.slice(0, 2) });
    expect(ids(timelineOf(data, stale).events)).toEqual(['e2', 'e1', 'e3']);
    const head = parseTimelineView(JSON.parse(JSON.stringify(buildTimelineFiles(raw, 1).head)))!;
    expect(timelineOf(data, head).head).toBeNull();
    expect(timelineOf(data, head).events).toHaveLength(3);
  });
});
