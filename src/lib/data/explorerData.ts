/**
 * Lookup structures over the validated data, built once per load. Pure: easy to test, and every
 * feature reads the same derived facts instead of recomputing them in renders.
 */
import type { SkippedRecord } from '../../model/parse';
import type { ExplorerDocument, ExplorerEvent, Organization, Person } from '../../model/schema';
import type { RawData } from './loadData';

export interface ExplorerData {
  documents: ExplorerDocument[];
  /** Every event, newest first (undated last), reported and referenced alike. */
  events: ExplorerEvent[];
  people: Person[];
  organizations: Organization[];
  documentsById: Map<string, ExplorerDocument>;
  eventsById: Map<string, ExplorerEvent>;
  peopleById: Map<string, Person>;
  organizationsById: Map<string, Organization>;
  /** Events each person took part in, newest first. */
  eventsByPerson: Map<string, ExplorerEvent[]>;
  /** Events each organization organized, newest first. */
  eventsOrganizedBy: Map<string, ExplorerEvent[]>;
  /** Events where a person affiliated with the organization took part, newest first. */
  eventsAttendedBy: Map<string, ExplorerEvent[]>;
  skipped: SkippedRecord[];
}

/** Newest first; events without a date sort last; ties broken by id for a stable order. */
export function compareEventsNewestFirst(a: ExplorerEvent, b: ExplorerEvent): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function byId<T extends { id: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

export function buildExplorerData(raw: RawData): ExplorerData {
  const events = [...raw.events].sort(compareEventsNewestFirst);
  const eventsByPerson = new Map<string, ExplorerEvent[]>();
  const eventsOrganizedBy = new Map<string, ExplorerEvent[]>();
  const eventsAttendedBy = new Map<string, ExplorerEvent[]>();
  for (const event of events) {
    for (const organizationId of event.organizerIds) push(eventsOrganizedBy, organizationId, event);
    for (const participant of event.participants) {
      push(eventsByPerson, participant.personId, event);
      if (participant.organizationId) push(eventsAttendedBy, participant.organizationId, event);
    }
  }
  return {
    documents: raw.documents,
    events,
    people: raw.people,
    organizations: raw.organizations,
    documentsById: byId(raw.documents),
    eventsById: byId(events),
    peopleById: byId(raw.people),
    organizationsById: byId(raw.organizations),
    eventsByPerson,
    eventsOrganizedBy,
    eventsAttendedBy,
    skipped: raw.skipped,
  };
}
