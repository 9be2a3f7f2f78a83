/**
 * The timeline's first screen in one small file (`timeline.json`, written by ingest next to the
 * contract files): every event with the names it shows already joined, and nothing else (no
 * evidence, no mentions). The app paints the timeline from it at once and loads, validates and
 * indexes the full data afterwards, off the main thread. Without the file (an older ingest) the
 * same view is derived from the full data. Pure: used by ingest (src/ingest/views.ts) and the app.
 */
import type { EventType, ExplorerDocument, ExplorerEvent, Organization, Person } from '../../model/schema';

export const TIMELINE_VIEW_FILE = 'timeline.json';
export const TIMELINE_VIEW_VERSION = 1;

export interface NamedRef {
  id: string;
  name: string;
}

/** Where a referenced event is referred to: the reporting event, else the document's title. */
export interface ReferredIn {
  documentId: string;
  eventId: string | null;
  label: string;
}

export interface TimelineEvent {
  id: string;
  title: string | null;
  type: EventType;
  date: string | null;
  endDate: string | null;
  dateSource: 'text' | 'published' | null;
  location: string | null;
  referenced: boolean;
  /** Raw ids, for filtering (may name an organization that is not in the data). */
  organizerIds: string[];
  /** Who took part and for whom, for filtering. */
  participants: { personId: string; organizationId: string | null }[];
  /** Organizers that exist in the data, with their names. */
  organizers: NamedRef[];
  /** Participants other than attendees that exist in the data, with their names. */
  speakers: NamedRef[];
  /** Only for referenced events. */
  referredIn: ReferredIn[];
}

export interface TimelineView {
  /** Newest first, undated last (compareEventsNewestFirst). */
  events: TimelineEvent[];
  /**
   * True when read from the file: `participants` are then empty and `organizerIds` only name the
   * organizers found in the data, so person and organization filters need the full data.
   */
  partial: boolean;
}

/** One event in the file: ids only, names in the file's dictionaries. */
type FileEvent = Omit<TimelineEvent, 'organizerIds' | 'participants' | 'organizers' | 'speakers' | 'referredIn'> & {
  organizers: string[];
  speakers: string[];
  referredIn?: ReferredIn[];
};

/** The file as written by ingest. */
export interface TimelineViewFile {
  version: number;
  people: Record<string, string>;
  organizations: Record<string, string>;
  events: FileEvent[];
}

const TYPE_NAMES: Record<string, string> = {};
function capitalize(text: string): string {
  return (TYPE_NAMES[text] ??= text.charAt(0).toUpperCase() + text.slice(1));
}

/** The name an event is listed under: its title, else its type and place. */
export function eventLabel(event: Pick<ExplorerEvent, 'title' | 'type' | 'location'>): string {
  if (event.title) return event.title;
  return `${capitalize(event.type)}${event.location ? ` in ${event.location}` : ''}`;
}

/** Newest first; events without a date sort last; ties broken by id for a stable order. */
export function compareEventsNewestFirst(a: Pick<ExplorerEvent, 'date' | 'id'>, b: Pick<ExplorerEvent, 'date' | 'id'>): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export interface ViewSource {
  documents: readonly ExplorerDocument[];
  events: readonly ExplorerEvent[];
  people: readonly Person[];
  organizations: readonly Organization[];
}

export interface ViewLookups {
  peopleById: ReadonlyMap<string, Person>;
  organizationsById: ReadonlyMap<string, Organization>;
  documentsById: ReadonlyMap<string, ExplorerDocument>;
  /** The first reporting (not referenced) event of each document, in display order. */
  reportingEventByDocument: ReadonlyMap<string, ExplorerEvent>;
}

/** The first non-referenced event of each document, in the given (display) order. */
export function reportingEvents(sortedEvents: readonly ExplorerEvent[]): Map<string, ExplorerEvent> {
  const byDocument = new Map<string, ExplorerEvent>();
  for (const event of sortedEvents) if (!event.referenced && !byDocument.has(event.documentId)) byDocument.set(event.documentId, event);
  return byDocument;
}

/** One event as the timeline shows it, names joined. */
export function timelineEvent(event: ExplorerEvent, l: ViewLookups): TimelineEvent {
  const organizers: NamedRef[] = [];
  for (const id of event.organizerIds) {
    const o = l.organizationsById.get(id);
    if (o) organizers.push({ id: o.id, name: o.name });
  }
  const speakers: NamedRef[] = [];
  for (const p of event.participants) {
    if (p.capacity === 'attendee') continue;
    const person = l.peopleById.get(p.personId);
    if (person) speakers.push({ id: person.id, name: person.name });
  }
  const referredIn: ReferredIn[] = event.referenced
    ? event.documentIds.map((documentId) => {
        const reporting = l.reportingEventByDocument.get(documentId);
        if (reporting) return { documentId, eventId: reporting.id, label: eventLabel(reporting) };
        const doc = l.documentsById.get(documentId);
        return { documentId, eventId: null, label: doc?.title ?? doc?.file ?? documentId };
      })
    : [];
  return {
    id: event.id,
    title: event.title,
    type: event.type,
    date: event.date,
    endDate: event.endDate,
    dateSource: event.dateSource,
    location: event.location,
    referenced: event.referenced,
    organizerIds: event.organizerIds,
    participants: event.participants.map((p) => ({ personId: p.personId, organizationId: p.organizationId })),
    organizers,
    speakers,
    referredIn,
  };
}

/** The view of a whole corpus, as the app uses it. */
export function timelineViewOf(source: ViewSource): TimelineView {
  const events = [...source.events].sort(compareEventsNewestFirst);
  const lookups: ViewLookups = {
    peopleById: new Map(source.people.map((p) => [p.id, p])),
    organizationsById: new Map(source.organizations.map((o) => [o.id, o])),
    documentsById: new Map(source.documents.map((d) => [d.id, d])),
    reportingEventByDocument: reportingEvents(events),
  };
  return { events: events.map((e) => timelineEvent(e, lookups)), partial: false };
}

/** The file ingest writes as `timeline.json`: names once, in dictionaries. */
export function buildTimelineView(source: ViewSource): TimelineViewFile {
  const people: Record<string, string> = {};
  const organizations: Record<string, string> = {};
  const events = timelineViewOf(source).events.map((e): FileEvent => {
    for (const o of e.organizers) organizations[o.id] = o.name;
    for (const p of e.speakers) people[p.id] = p.name;
    return {
      id: e.id,
      title: e.title,
      type: e.type,
      date: e.date,
      endDate: e.endDate,
      dateSource: e.dateSource,
      location: e.location,
      referenced: e.referenced,
      organizers: e.organizers.map((o) => o.id),
      speakers: e.speakers.map((p) => p.id),
      ...(e.referredIn.length > 0 ? { referredIn: e.referredIn } : {}),
    };
  });
  return { version: TIMELINE_VIEW_VERSION, people, organizations, events };
}

// ---------------------------------------------------------------------------------------------
// Reading the file: a derived file, so anything unexpected means "not usable" (the app then
// derives the view from the full data) rather than a per-record report.

const isString = (v: unknown): v is string => typeof v === 'string';
const isNullableString = (v: unknown): v is string | null => v === null || typeof v === 'string';
const isDictionary = (v: unknown): v is Record<string, string> => v !== null && typeof v === 'object' && !Array.isArray(v);

function named(ids: unknown, names: Record<string, string>): NamedRef[] | null {
  if (!Array.isArray(ids)) return null;
  const out: NamedRef[] = [];
  for (const id of ids) {
    if (!isString(id) || !Object.hasOwn(names, id)) return null;
    const name = names[id];
    if (!isString(name)) return null;
    out.push({ id, name });
  }
  return out;
}

function readEvent(v: unknown, file: TimelineViewFile): TimelineEvent | null {
  if (v === null || typeof v !== 'object') return null;
  const e = v as Record<string, unknown>;
  if (!isString(e.id) || !isNullableString(e.title) || !isString(e.type) || !isNullableString(e.date) || !isNullableString(e.endDate)) return null;
  if (!isNullableString(e.dateSource) || !isNullableString(e.location) || typeof e.referenced !== 'boolean') return null;
  const organizers = named(e.organizers, file.organizations);
  const speakers = named(e.speakers, file.people);
  if (!organizers || !speakers) return null;
  const referredIn = e.referredIn ?? [];
  if (!Array.isArray(referredIn)) return null;
  for (const r of referredIn as unknown[]) {
    if (r === null || typeof r !== 'object') return null;
    const x = r as Record<string, unknown>;
    if (!isString(x.documentId) || !isNullableString(x.eventId) || !isString(x.label)) return null;
  }
  return {
    id: e.id,
    title: e.title,
    type: e.type as EventType,
    date: e.date,
    endDate: e.endDate,
    dateSource: e.dateSource as TimelineEvent['dateSource'],
    location: e.location,
    referenced: e.referenced,
    organizerIds: organizers.map((o) => o.id),
    participants: [],
    organizers,
    speakers,
    referredIn: referredIn as ReferredIn[],
  };
}

/** The view, or null when the file is not one this app version can use. */
export function parseTimelineView(json: unknown): TimelineView | null {
  if (json === null || typeof json !== 'object') return null;
  const file = json as Partial<TimelineViewFile>;
  if (file.version !== TIMELINE_VIEW_VERSION || !Array.isArray(file.events) || !isDictionary(file.people) || !isDictionary(file.organizations)) return null;
  const events: TimelineEvent[] = [];
  for (const raw of file.events) {
    const event = readEvent(raw, file as TimelineViewFile);
    if (!event) return null;
    events.push(event);
  }
  return { events, partial: true };
}
