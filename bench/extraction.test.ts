/** The benchmark's extraction score against a generated corpus' truth, on a hand-made miniature. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Truth } from './corpus/generate';
import { scoreExtraction } from './extraction';

const truth = {
  generator: 'event-explorer-bench-corpus',
  version: 1,
  seed: '1',
  events: 1,
  people: [
    { id: 'p1', name: 'Karl Berg', first: 'Karl', last: 'Berg', honorific: null, role: 'Dean', orgId: 'o1' },
    { id: 'p2', name: 'Lena Vogt', first: 'Lena', last: 'Vogt', honorific: null, role: 'Ambassador', orgId: 'o2' },
    { id: 'p3', name: 'Omar Saleh', first: 'Omar', last: 'Saleh', honorific: null, role: 'Director', orgId: 'o1' },
  ],
  organizations: [
    { id: 'o1', name: 'Oslo University', acronym: 'OU', kind: 'university' },
    { id: 'o2', name: 'Embassy of Chile in Norway', acronym: null, kind: 'embassy' },
  ],
  summits: [],
  documents: [
    { file: 'a.txt', template: 'wire', published: '2024-01-02', eventKey: 'e1', title: 'T', type: 'seminar', date: '2024-01-02', endDate: null, city: 'Oslo', organizerIds: [], participants: [{ personId: 'p1', capacity: 'keynote' }, { personId: 'p2', capacity: 'speaker' }], summitIds: [], words: [] },
    { file: 'b.txt', template: 'wire', published: '2024-01-03', eventKey: 'e2', title: 'T', type: 'seminar', date: '2024-01-03', endDate: null, city: 'Oslo', organizerIds: [], participants: [{ personId: 'p3', capacity: 'host' }], summitIds: [], words: [] },
  ],
} as unknown as Truth;

const participant = (personId: string, capacity: string, role: string | null, organizationId: string | null) => ({ personId, capacity, role, organizationId });
const event = (documentId: string, participants: ReturnType<typeof participant>[]) => ({ id: `${documentId}-e1`, documentId, referenced: false, participants });

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function dataDir(files: Record<string, unknown>): string {
  dir = mkdtempSync(join(tmpdir(), 'extraction-score-'));
  for (const [name, value] of Object.entries(files)) writeFileSync(join(dir, name), JSON.stringify(value));
  return dir;
}

describe('extraction score against the generator truth', () => {
  it('counts participants found, capacities, roles, affiliations and people that merge two true people', () => {
    const score = scoreExtraction(
      dataDir({
        'documents.json': [{ id: 'a', file: 'a.txt' }, { id: 'b', file: 'b.txt' }],
        // One output person is Lena Vogt in a and Omar Saleh in b (an alias): a false merge.
        'people.json': [
          { id: 'karl-berg', name: 'Karl Berg', aliases: [] },
          { id: 'lena-vogt', name: 'Lena Vogt', aliases: ['Omar Saleh'] },
          { id: 'ali-demir', name: 'Ali Demir', aliases: [] },
        ],
        'organizations.json': [
          { id: 'ou', name: 'OU', aliases: ['Oslo University'], kind: 'organization' },
          { id: 'chile', name: 'Chile', aliases: [], kind: 'country' },
        ],
        'events.json': [
          event('a', [participant('karl-berg', 'keynote', 'Dean, Faculty of Law', 'ou'), participant('lena-vogt', 'attendee', 'Ambassador', 'chile'), participant('ali-demir', 'speaker', null, null)]),
          event('b', [participant('lena-vogt', 'host', 'Director', 'ou')]),
        ],
      }),
      truth,
    );
    expect(score.participantPrecision).toBeCloseTo(3 / 4);
    expect(score.participantRecall).toBe(1);
    expect(score.capacity).toBeCloseTo(2 / 3);
    expect(score.role).toBe(1);
    expect(score.affiliation).toBeCloseTo(2 / 3);
    expect(score.peopleMixed).toBeCloseTo(1 / 2);
  });
});
