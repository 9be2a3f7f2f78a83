/**
 * Pure selectors of the organization pages: directory rows, URL state, filtering and sorting,
 * and the facts of one organization (events organized and attended, affiliated people).
 */
import type { ExplorerData } from '../../lib/data/explorerData';
import { eventInRange, parseDateRange, type DateRange } from '../../lib/filters/dateRange';
import type { FuzzyIndex } from '../../lib/directory/fuzzy';
import { parseQueryAndSort, shownValue } from '../../lib/directory/params';
import { collator, sortDirectory, type DirectorySort } from '../../lib/directory/sort';
import type { ExplorerEvent, Organization, Person } from '../../model/schema';


export type OrganizationKind = 'organization' | 'country';

export function kindOf(organization: Organization): OrganizationKind {
  return organization.kind === 'country' ? 'country' : 'organization';
}

/** Uppercase first letter without diacritics, or '#'. Leading "The" is skipped. */
export function initialOf(name: string): string {
  const first = name
    .trim()
    .replace(/^the\s+/i, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .charAt(0)
    .toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '#';
}

export interface OrganizationEventLink {
  event: ExplorerEvent;
  organized: boolean;
  attended: boolean;
}

export interface OrganizationRow {
  organization: Organization;
  kind: OrganizationKind;
  organized: number;
  attended: number;
  /** Distinct events organized or attended. */
  eventCount: number;
  people: number;
  latestDate: string | null;
  links: OrganizationEventLink[];
  initial: string;
}

/** Events organized or attended by the organization's people, newest first, each once. */
export function organizationEvents(organization: Organization, data: ExplorerData): OrganizationEventLink[] {
  const organized = data.eventsOrganizedBy.get(organization.id) ?? [];
  const attended = data.eventsAttendedBy.get(organization.id) ?? [];
  const byId = new Map<string, OrganizationEventLink>();
  for (const event of organized) byId.set(event.id, { event, organized: true, attended: false });
  for (const event of attended) {
    const link = byId.get(event.id);
    if (link) link.attended = true;
    else byId.set(event.id, { event, organized: false, attended: true });
  }
  const order = new Map(data.events.map((e, i) => [e.id, i]));
  return [...byId.values()].sort((a, b) => (order.get(a.event.id) ?? 0) - (order.get(b.event.id) ?? 0));
}

export interface AffiliatedPerson {
  person: Person;
  roles: string[];
  eventCount: number;
  latestDate: string | null;
}

/** People who took part in an event on behalf of the organization. */
export function affiliatedPeople(organization: Organization, data: ExplorerData): AffiliatedPerson[] {
  const byId = new Map<string, AffiliatedPerson & { events: Set<string> }>();
  for (const event of data.eventsAttendedBy.get(organization.id) ?? []) {
    for (const p of event.participants) {
      if (p.organizationId !== organization.id) continue;
      const person = data.peopleById.get(p.personId);
      if (!person) continue;
      let entry = byId.get(person.id);
      if (!entry) byId.set(person.id, (entry = { person, roles: [], eventCount: 0, latestDate: null, events: new Set() }));
      entry.events.add(event.id);
      const role = p.role?.trim();
      if (role && !entry.roles.includes(role)) entry.roles.push(role);
      if (event.date && (!entry.latestDate || event.date > entry.latestDate)) entry.latestDate = event.date;
    }
  }
  return [...byId.values()]
    .map(({ events, ...rest }) => ({ ...rest, eventCount: events.size }))
    .sort((a, b) => b.eventCount - a.eventCount || collator.compare(a.person.name, b.person.name));
}

/** Other organizations that organized events together with this one, with how often. */
export function coOrganizers(organization: Organization, data: ExplorerData): { organization: Organization; count: number }[] {
  const counts = new Map<string, number>();
  for (const event of data.eventsOrganizedBy.get(organization.id) ?? []) {
    for (const id of new Set(event.organizerIds)) if (id !== organization.id) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([id, count]) => ({ organization: data.organizationsById.get(id), count }))
    .filter((x): x is { organization: Organization; count: number } => x.organization !== undefined)
    .sort((a, b) => b.count - a.count || collator.compare(a.organization.name, b.organization.name));
}

export function organizationRow(organization: Organization, data: ExplorerData): OrganizationRow {
  const links = organizationEvents(organization, data);
  const people = new Set<string>();
  for (const event of data.eventsAttendedBy.get(organization.id) ?? []) for (const p of event.participants) if (p.organizationId === organization.id) people.add(p.personId);
  return {
    organization,
    kind: kindOf(organization),
    organized: links.filter((l) => l.organized).length,
    attended: links.filter((l) => l.attended).length,
    eventCount: links.length,
    people: people.size,
    latestDate: links.find((l) => l.event.date)?.event.date ?? null,
    links,
    initial: initialOf(organization.name),
  };
}

export function organizationRows(data: ExplorerData): OrganizationRow[] {
  return data.organizations.map((o) => organizationRow(o, data));
}

// ---------------------------------------------------------------------------------------------
// Directory: URL state

export type OrganizationSort = DirectorySort;
export const KINDS: OrganizationKind[] = ['organization', 'country'];

export interface OrganizationParams extends DateRange {
  q: string;
  sort: OrganizationSort;
  kind: OrganizationKind | null;
  notes: string[];
}

export function parseOrganizationParams(params: URLSearchParams): OrganizationParams {
  const { from, to, notes } = parseDateRange(params);
  const { q, sort } = parseQueryAndSort(params, notes);
  let kind: OrganizationKind | null = null;
  const rawKind = params.get('kind');
  if (rawKind) {
    if ((KINDS as string[]).includes(rawKind)) kind = rawKind as OrganizationKind;
    else notes.push(`Ignored “kind=${shownValue(rawKind)}”: use organization or country.`);
  }
  return { q, sort, kind, from, to, notes };
}

export const FILTER_KEYS = ['q', 'kind', 'from', 'to'] as const;

export function hasFilters(p: Pick<OrganizationParams, 'q' | 'kind' | 'from' | 'to'>): boolean {
  return Boolean(p.q || p.kind || p.from || p.to);
}

// ---------------------------------------------------------------------------------------------
// Directory: filtering and sorting

export interface OrganizationEntry {
  row: OrganizationRow;
  /** Events in the date range (all events when there is no range). */
  matchedEvents: number;
  matchedLatest: string | null;
  score: number;
}

export function selectOrganizations(rows: OrganizationRow[], params: Omit<OrganizationParams, 'notes'>, index: FuzzyIndex<OrganizationRow> | null): OrganizationEntry[] {
  const scored = params.q && index ? index.search(params.q).map(({ item, score }) => ({ row: item, score })) : rows.map((row) => ({ row, score: 0 }));
  const ranged = Boolean(params.from || params.to);
  const entries: OrganizationEntry[] = [];
  for (const { row, score } of scored) {
    if (params.kind && row.kind !== params.kind) continue;
    if (!ranged) {
      entries.push({ row, matchedEvents: row.eventCount, matchedLatest: row.latestDate, score });
      continue;
    }
    const inRange = row.links.filter((l) => eventInRange(l.event, params));
    if (inRange.length === 0) continue;
    entries.push({ row, matchedEvents: inRange.length, matchedLatest: inRange.find((l) => l.event.date)?.event.date ?? null, score });
  }
  return sortOrganizations(entries, params.sort);
}

export function sortOrganizations(entries: OrganizationEntry[], sort: OrganizationSort): OrganizationEntry[] {
  // A leading "The" does not decide where an organization is filed.
  return sortDirectory(entries, sort, (e) => e.row.organization.name.replace(/^the\s+/i, ''), (e) => e.row.organization.id);
}
