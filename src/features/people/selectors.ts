/**
 * Pure selectors of the people pages: directory rows, URL state, filtering and sorting, and the
 * facts of one person (role history, co-participants, affiliations, timeline, mentions).
 */
import type { ExplorerData } from '../../lib/data/explorerData';
import { eventInRange, parseDateRange, type DateRange } from '../../lib/filters/dateRange';
import type { FuzzyIndex } from '../../lib/directory/fuzzy';
import { parseQueryAndSort, shownValue } from '../../lib/directory/params';
import { collator, sortDirectory, type DirectorySort } from '../../lib/directory/sort';
import type { Evidence, ExplorerDocument, ExplorerEvent, Organization, Participant, Person } from '../../model/schema';

export interface RoleAtEvent {
  event: ExplorerEvent;
  participant: Participant;
  /** Position of the participant in `event.participants` (the event page's `fact=participant-N`). */
  index: number;
  organization: Organization | undefined;
}

/** The person's participations, newest first. */
export function roleHistory(person: Person, data: ExplorerData): RoleAtEvent[] {
  const history: RoleAtEvent[] = [];
  for (const event of data.eventsByPerson.get(person.id) ?? []) {
    event.participants.forEach((participant, index) => {
      if (participant.personId !== person.id) return;
      history.push({
        event,
        participant,
        index,
        organization: participant.organizationId ? data.organizationsById.get(participant.organizationId) : undefined,
      });
    });
  }
  return history;
}

/** One participation, flattened for filtering. */
export interface Participation {
  eventId: string;
  date: string | null;
  endDate: string | null;
  role: string | null;
  organizationId: string | null;
}

export interface PersonRow {
  person: Person;
  eventCount: number;
  latestRole: string | null;
  latestOrganization: Organization | undefined;
  /** Date of the newest dated event the person took part in. */
  latestDate: string | null;
  /** Distinct roles held, newest first. */
  roles: string[];
  /** Distinct affiliations, newest first. */
  organizations: Organization[];
  participations: Participation[];
  /** A–Z, or '#' for names that do not start with a Latin letter. */
  initial: string;
}

/** Uppercase first letter without diacritics ("Ölçer" → "O"), or '#'. */
export function initialOf(name: string): string {
  const first = name.trim().normalize('NFD').replace(/[\u0300-\u036f]/g, '').charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '#';
}

export function personRow(person: Person, data: ExplorerData): PersonRow {
  const history = roleHistory(person, data);
  const latestWithRole = history.find((h) => h.participant.role || h.organization);
  const roles: string[] = [];
  const organizations = new Map<string, Organization>();
  for (const h of history) {
    const role = h.participant.role?.trim();
    if (role && !roles.includes(role)) roles.push(role);
    if (h.organization && !organizations.has(h.organization.id)) organizations.set(h.organization.id, h.organization);
  }
  return {
    person,
    eventCount: new Set(history.map((h) => h.event.id)).size,
    latestRole: latestWithRole?.participant.role ?? null,
    latestOrganization: latestWithRole?.organization,
    latestDate: history.find((h) => h.event.date)?.event.date ?? null,
    roles,
    organizations: [...organizations.values()],
    participations: history.map((h) => ({
      eventId: h.event.id,
      date: h.event.date,
      endDate: h.event.endDate,
      role: h.participant.role?.trim() || null,
      organizationId: h.organization?.id ?? null,
    })),
    initial: initialOf(person.name),
  };
}

export function personRows(data: ExplorerData): PersonRow[] {
  return data.people.map((person) => personRow(person, data));
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
    .sort((a, b) => b.count - a.count || collator.compare(a.person.name, b.person.name));
}

export interface Affiliation {
  organization: Organization;
  roles: string[];
  eventCount: number;
  firstDate: string | null;
  lastDate: string | null;
}

/** The organizations (and countries) a person spoke for, with the roles held there. */
export function affiliations(history: RoleAtEvent[]): Affiliation[] {
  const byId = new Map<string, Affiliation & { events: Set<string> }>();
  for (const h of history) {
    if (!h.organization) continue;
    let entry = byId.get(h.organization.id);
    if (!entry) {
      entry = { organization: h.organization, roles: [], eventCount: 0, firstDate: null, lastDate: null, events: new Set() };
      byId.set(h.organization.id, entry);
    }
    entry.events.add(h.event.id);
    const role = h.participant.role?.trim();
    if (role && !entry.roles.includes(role)) entry.roles.push(role);
    const date = h.event.date;
    if (date) {
      if (!entry.firstDate || date < entry.firstDate) entry.firstDate = date;
      if (!entry.lastDate || date > entry.lastDate) entry.lastDate = date;
    }
  }
  return [...byId.values()]
    .map(({ events, ...rest }) => ({ ...rest, eventCount: events.size }))
    .sort((a, b) => b.eventCount - a.eventCount || collator.compare(a.organization.name, b.organization.name));
}

export interface DocumentMentions {
  document: ExplorerDocument;
  mentions: Evidence[];
}

/**
 * Where the person is named, by document. With `onlyOutsideEvents`, documents that report an
 * event the person took part in are left out (the event cards already show those).
 */
export function mentionsByDocument(person: Person, data: ExplorerData, onlyOutsideEvents: boolean): DocumentMentions[] {
  const covered = new Set<string>();
  if (onlyOutsideEvents) for (const event of data.eventsByPerson.get(person.id) ?? []) for (const id of event.documentIds) covered.add(id);
  const byDocument = new Map<string, DocumentMentions>();
  for (const mention of person.mentions ?? []) {
    if (covered.has(mention.documentId)) continue;
    const document = data.documentsById.get(mention.documentId);
    if (!document) continue;
    const entry = byDocument.get(document.id) ?? { document, mentions: [] };
    if (!entry.mentions.some((m) => m.start === mention.start && m.end === mention.end)) entry.mentions.push(mention);
    byDocument.set(document.id, entry);
  }
  for (const entry of byDocument.values()) entry.mentions.sort((a, b) => a.start - b.start);
  return [...byDocument.values()].sort(
    (a, b) => (b.document.published ?? '').localeCompare(a.document.published ?? '') || a.document.id.localeCompare(b.document.id),
  );
}

/** The event in which a document reports (not merely refers to), to link a mention to its text. */
export function reportingEvent(documentId: string, data: ExplorerData): ExplorerEvent | undefined {
  return data.events.find((e) => e.documentId === documentId && !e.referenced) ?? data.events.find((e) => e.documentId === documentId);
}

// ---------------------------------------------------------------------------------------------
// Timeline strip

export interface StripDot {
  event: ExplorerEvent;
  /** 0..1 from the left edge. */
  position: number;
}

export interface TimelineStrip {
  /** First month shown, `YYYY-MM`. */
  start: string;
  months: number;
  /** Year boundaries inside the strip, with their position. */
  years: { year: number; position: number }[];
  dots: StripDot[];
  undated: number;
}

function monthNumber(iso: string): number {
  return Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
}

/**
 * A compact month strip over the dated events: at least a year wide, whole years, oldest left.
 */
export function timelineStrip(events: ExplorerEvent[]): TimelineStrip | null {
  const dated = events.filter((e): e is ExplorerEvent & { date: string } => e.date !== null);
  if (dated.length === 0) return null;
  const months = dated.map((e) => monthNumber(e.date));
  const first = Math.floor(Math.min(...months) / 12) * 12;
  const last = Math.floor(Math.max(...months) / 12) * 12 + 11;
  const span = last - first + 1;
  const dots = dated
    .map((event) => {
      const day = Number(event.date.slice(8, 10));
      const position = (monthNumber(event.date) - first + (day - 0.5) / 31) / span;
      return { event, position: Math.min(1, Math.max(0, position)) };
    })
    .sort((a, b) => a.position - b.position);
  const years: { year: number; position: number }[] = [];
  for (let m = first; m <= last; m += 12) years.push({ year: m / 12, position: (m - first) / span });
  const startYear = first / 12;
  return { start: `${startYear}-01`, months: span, years, dots, undated: events.length - dated.length };
}

// ---------------------------------------------------------------------------------------------
// Directory: URL state

export type PeopleSort = DirectorySort;

export interface PeopleParams extends DateRange {
  q: string;
  sort: PeopleSort;
  /** An organization id that exists in the data. */
  org: string | null;
  /** A role as spelled in the data. */
  role: string | null;
  /** Human-readable notes about ignored or adjusted parameters. */
  notes: string[];
}

export interface PeopleVocabulary {
  organizationsById: Map<string, Organization>;
  /** Every role held by someone, as spelled in the data. */
  roles: string[];
}

export function peopleVocabulary(rows: PersonRow[], data: Pick<ExplorerData, 'organizationsById'>): PeopleVocabulary {
  return { organizationsById: data.organizationsById, roles: roleOptions(rows).map((r) => r.role) };
}

/** Reads and validates the directory state of the URL; bad values are dropped with a note. */
export function parsePeopleParams(params: URLSearchParams, vocabulary: PeopleVocabulary): PeopleParams {
  const { from, to, notes } = parseDateRange(params);
  const { q, sort } = parseQueryAndSort(params, notes);

  let org: string | null = null;
  const rawOrg = params.get('org');
  if (rawOrg) {
    if (vocabulary.organizationsById.has(rawOrg)) org = rawOrg;
    else notes.push(`Ignored “org=${shownValue(rawOrg)}”: no such organization.`);
  }

  let role: string | null = null;
  const rawRole = params.get('role')?.trim();
  if (rawRole) {
    const wanted = rawRole.toLowerCase();
    const match = vocabulary.roles.find((r) => r.toLowerCase() === wanted);
    if (match) role = match;
    else notes.push(`Ignored “role=${shownValue(rawRole)}”: nobody holds that role in the reports.`);
  }
  return { q, sort, org, role, from, to, notes };
}

export const FILTER_KEYS = ['q', 'org', 'role', 'from', 'to'] as const;

export function hasFilters(p: Pick<PeopleParams, 'q' | 'org' | 'role' | 'from' | 'to'>): boolean {
  return Boolean(p.q || p.org || p.role || p.from || p.to);
}

// ---------------------------------------------------------------------------------------------
// Directory: filtering and sorting

export interface DirectoryEntry {
  row: PersonRow;
  /** Events matching the organization, role and date filters (all events when none is set). */
  matchedEvents: number;
  /** Newest matching event date. */
  matchedLatest: string | null;
  score: number;
}


function participationMatches(p: Participation, params: Pick<PeopleParams, 'org' | 'role' | 'from' | 'to'>): boolean {
  if (params.org && p.organizationId !== params.org) return false;
  if (params.role && p.role?.toLowerCase() !== params.role.toLowerCase()) return false;
  return eventInRange(p, params);
}

/**
 * The directory as shown: people matching every filter (a participation must satisfy the
 * organization, role and dates together), ordered by the chosen sort.
 */
export function selectPeople(rows: PersonRow[], params: Omit<PeopleParams, 'notes'>, index: FuzzyIndex<PersonRow> | null): DirectoryEntry[] {
  const scored: { row: PersonRow; score: number }[] = params.q && index ? index.search(params.q).map(({ item, score }) => ({ row: item, score })) : rows.map((row) => ({ row, score: 0 }));
  const narrowing = Boolean(params.org || params.role || params.from || params.to);
  const entries: DirectoryEntry[] = [];
  for (const { row, score } of scored) {
    if (!narrowing) {
      entries.push({ row, matchedEvents: row.eventCount, matchedLatest: row.latestDate, score });
      continue;
    }
    const events = new Set<string>();
    let latest: string | null = null;
    for (const p of row.participations) {
      if (!participationMatches(p, params)) continue;
      events.add(p.eventId);
      if (p.date && (!latest || p.date > latest)) latest = p.date;
    }
    if (events.size > 0) entries.push({ row, matchedEvents: events.size, matchedLatest: latest, score });
  }
  return sortEntries(entries, params.sort);
}

export function sortEntries(entries: DirectoryEntry[], sort: PeopleSort): DirectoryEntry[] {
  return sortDirectory(entries, sort, (e) => e.row.person.name, (e) => e.row.person.id);
}

// ---------------------------------------------------------------------------------------------
// Filter options

/** Roles held by anyone, with how many people held them; spellings differing in case merge. */
export function roleOptions(rows: PersonRow[]): { role: string; people: number }[] {
  const byKey = new Map<string, { role: string; people: number }>();
  for (const row of rows) {
    const seen = new Set<string>();
    for (const role of row.roles) {
      const key = role.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = byKey.get(key);
      if (entry) entry.people += 1;
      else byKey.set(key, { role, people: 1 });
    }
  }
  return [...byKey.values()].sort((a, b) => collator.compare(a.role, b.role));
}

/** Organizations (and countries) anyone spoke for, with how many people. */
export function organizationOptions(rows: PersonRow[]): { organization: Organization; people: number }[] {
  const byId = new Map<string, { organization: Organization; people: number }>();
  for (const row of rows) {
    for (const organization of row.organizations) {
      const entry = byId.get(organization.id);
      if (entry) entry.people += 1;
      else byId.set(organization.id, { organization, people: 1 });
    }
  }
  return [...byId.values()].sort((a, b) => collator.compare(a.organization.name, b.organization.name));
}
