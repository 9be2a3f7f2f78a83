import type { ExplorerData } from '../../lib/data/explorerData';
import type { TextLink } from '../../lib/text/segments';
import type { Evidence, ExplorerEvent } from '../../model/schema';

/** One fact of an event that the page can point at in the report's text. */
export interface EventFact {
  key: string;
  label: string;
  value: string;
  href: string | null;
  evidence: Evidence | null;
}

function organizerEvidence(event: ExplorerEvent, organizationId: string): Evidence | null {
  return event.organizers?.find((o) => o.organizationId === organizationId)?.evidence ?? null;
}

export function eventFacts(event: ExplorerEvent, data: ExplorerData): EventFact[] {
  const facts: EventFact[] = [];
  if (event.title) facts.push({ key: 'title', label: 'Title', value: event.title, href: null, evidence: event.titleEvidence ?? null });
  facts.push({ key: 'type', label: 'Type', value: event.type, href: null, evidence: event.evidence });
  if (event.date) {
    facts.push({ key: 'date', label: 'Date', value: event.date, href: null, evidence: event.dateEvidence ?? null });
  }
  if (event.location) {
    facts.push({ key: 'place', label: 'Place', value: event.location, href: null, evidence: event.locationEvidence ?? null });
  }
  event.organizerIds.forEach((id) => {
    const organization = data.organizationsById.get(id);
    facts.push({
      key: `organizer-${id}`,
      label: 'Organizer',
      value: organization?.name ?? id,
      href: `/organizations/${encodeURIComponent(id)}`,
      evidence: organizerEvidence(event, id),
    });
  });
  return facts;
}

/** Links for every person and organization named in the document. */
export function documentLinks(documentId: string, data: ExplorerData): TextLink[] {
  const links: TextLink[] = [];
  for (const personId of data.documentsById.get(documentId)?.personIds ?? []) {
    for (const m of data.peopleById.get(personId)?.mentions ?? []) {
      if (m.documentId === documentId) links.push({ start: m.start, end: m.end, href: `/people/${encodeURIComponent(personId)}` });
    }
  }
  for (const organizationId of data.documentsById.get(documentId)?.organizationIds ?? []) {
    for (const m of data.organizationsById.get(organizationId)?.mentions ?? []) {
      if (m.documentId === documentId) {
        links.push({ start: m.start, end: m.end, href: `/organizations/${encodeURIComponent(organizationId)}` });
      }
    }
  }
  return links;
}

/** Other events that share people or organizers, most shared first. */
export function relatedEvents(event: ExplorerEvent, data: ExplorerData, limit = 6): ExplorerEvent[] {
  const shared = new Map<string, number>();
  const bump = (list: ExplorerEvent[] | undefined) => {
    for (const other of list ?? []) if (other.id !== event.id) shared.set(other.id, (shared.get(other.id) ?? 0) + 1);
  };
  for (const p of event.participants) bump(data.eventsByPerson.get(p.personId));
  for (const id of event.organizerIds) bump(data.eventsOrganizedBy.get(id));
  return [...shared.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([id]) => data.eventsById.get(id))
    .filter((e) => e !== undefined);
}
