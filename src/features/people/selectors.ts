import type { ExplorerData } from '../../lib/data/explorerData';
import type { ExplorerEvent, Organization, Participant, Person } from '../../model/schema';

export interface RoleAtEvent {
  event: ExplorerEvent;
  participant: Participant;
  organization: Organization | undefined;
}

/** The person's participations, newest first. */
export function roleHistory(person: Person, data: ExplorerData): RoleAtEvent[] {
  const history: RoleAtEvent[] = [];
  for (const event of data.eventsByPerson.get(person.id) ?? []) {
    for (const participant of event.participants) {
      if (participant.personId !== person.id) continue;
      history.push({
        event,
        participant,
        organization: participant.organizationId ? data.organizationsById.get(participant.organizationId) : undefined,
      });
    }
  }
  return history;
}

export interface PersonRow {
  person: Person;
  eventCount: number;
  latestRole: string | null;
  latestOrganization: Organization | undefined;
  latestDate: string | null;
}

export function personRow(person: Person, data: ExplorerData): PersonRow {
  const history = roleHistory(person, data);
  const latestWithRole = history.find((h) => h.participant.role || h.organization);
  return {
    person,
    eventCount: new Set(history.map((h) => h.event.id)).size,
    latestRole: latestWithRole?.participant.role ?? null,
    latestOrganization: latestWithRole?.organization,
    latestDate: history[0]?.event.date ?? null,
  };
}

/** People who took part in the same events, with how often. */
export function coParticipants(person: Person, data: ExplorerData): { person: Person; count: number }[] {
  const counts = new Map<string, number>();
  for (const event of data.eventsByPerson.get(person.id) ?? []) {
    for (const id of new Set(event.participants.map((p) => p.personId))) {
      if (id !== person.id) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return [...counts.entries()]
    .map(([id, count]) => ({ person: data.peopleById.get(id), count }))
    .filter((x): x is { person: Person; count: number } => x.person !== undefined)
    .sort((a, b) => b.count - a.count || a.person.name.localeCompare(b.person.name));
}
