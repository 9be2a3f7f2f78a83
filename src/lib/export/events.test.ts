import { describe, expect, it } from 'vitest';
import { buildExplorerData } from '../data/explorerData';
import type { ExplorerEvent } from '../../model/schema';
import { csvCell, exportEvents } from './events';

const event: ExplorerEvent = {
  id: 'e1',
  documentId: 'd1',
  documentIds: ['d1'],
  title: 'Astana Summit 2024: "Solidifying", partnerships',
  type: 'round table',
  date: '2024-07-03',
  endDate: '2024-07-04',
  dateSource: 'text',
  location: 'Astana',
  organizerIds: ['o1'],
  participants: [{ personId: 'p1', role: 'Ambassador', organizationId: 'o1', capacity: 'speaker', evidence: { documentId: 'd1', start: 0, end: 4 } }],
  referenced: false,
  evidence: { documentId: 'd1', start: 0, end: 4 },
};
const undated: ExplorerEvent = { ...event, id: 'e2', date: null, endDate: null, title: '=HYPERLINK("x")' };
const data = buildExplorerData({
  documents: [{ id: 'd1', file: 'a.txt', url: null, title: null, published: null, personIds: [], organizationIds: [], eventIds: [], textPath: 'texts/d1.txt', textLength: 4 }],
  events: [event, undated],
  people: [{ id: 'p1', name: 'Yerzhan Kistafin', aliases: [] }],
  organizations: [{ id: 'o1', name: 'Embassy of Kazakhstan', aliases: [] }],
  skipped: [],
});

describe('event export', () => {
  it('writes one CSV row per event with quoted fields and named people', () => {
    const csv = exportEvents('csv', [event, undated], data);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe('id,date,endDate,type,title,location,organizers,participants,referenced,sources');
    expect(lines[1]).toContain('"Astana Summit 2024: ""Solidifying"", partnerships"');
    expect(lines[1]).toContain('Yerzhan Kistafin (Ambassador, Embassy of Kazakhstan; speaker)');
    expect(lines[2]).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('neutralizes spreadsheet formulas', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('plain')).toBe('plain');
  });

  it('writes JSON that parses back to the same events', () => {
    const parsed = JSON.parse(exportEvents('json', [event], data)) as { id: string; participantIds: string[] }[];
    expect(parsed.map((e) => e.id)).toEqual(['e1']);
    expect(parsed[0]?.participantIds).toEqual(['p1']);
  });

  it('writes an iCalendar with all-day dated events only', () => {
    const ics = exportEvents('ics', [event, undated], data);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics).toContain('DTSTART;VALUE=DATE:20240703');
    expect(ics).toContain('DTEND;VALUE=DATE:20240705');
    expect(ics).toContain('SUMMARY:Astana Summit 2024: "Solidifying"\\, partnerships');
    for (const line of ics.split('\r\n')) expect(line.length).toBeLessThanOrEqual(75);
  });
});
