/**
 * Contract records for unit tests, with fixed values for the fields a test does not look at, so
 * each test spells out only what it is about.
 */
import type { Evidence, ExplorerEvent, Participant } from './schema';

/** Five characters of a document from `start`. */
export function testEvidence(documentId = 'd1', start = 0): Evidence {
  return { documentId, start, end: start + 5 };
}

export function testParticipant(personId: string, role: string | null, organizationId: string | null, capacity: Participant['capacity'] = 'speaker'): Participant {
  return { personId, role, organizationId, capacity, evidence: testEvidence() };
}

/** A reported round table in Islamabad, from document d1, titled "Event <id>". */
export function testEvent(id: string, date: string | null, participants: Participant[] = [], extra: Partial<ExplorerEvent> = {}): ExplorerEvent {
  return {
    id,
    documentId: 'd1',
    documentIds: ['d1'],
    title: `Event ${id}`,
    type: 'round table',
    date,
    endDate: null,
    dateSource: 'text',
    location: 'Islamabad',
    organizerIds: [],
    participants,
    referenced: false,
    evidence: testEvidence(),
    ...extra,
  };
}
