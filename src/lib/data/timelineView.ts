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
  version: number;
  /** Newest first, undated last (compareEventsNewestFirst). */
  events: TimelineEvent[];
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

/** The view of a whole corpus (ingest writes it as `timeline.json`). */
export function buildTimelineView(source: ViewSource): TimelineView {
  const events = [...source.events].sort(compareEventsNewestFirst);
  const lookups: ViewLookups = {
    peopleById: new Map(source.people.map((p) => [p.id, p])),
    organizationsById: new Map(source.organizations.map((o) => [o.id, o])),
    documentsById: new Map(source.documents.map((d) => [d.id, d])),
    reportingEventByDocument: reportingEvents(events),
  };
  return { version: TIMELINE_VIEW_VERSION, events: events.map((e) => timelineEvent(e, lookups)) };
}

// ---------------------------------------------------------------------------------------------
// Reading the file: a derived file, so anything unexpected means "not usable" (the app then
// derives the view from the full data) rather than a per-record report.

const isString = (v: unknown): v is string => typeof v === 'string';
const isNullableString = (v: unknown): v is string | null => v === null || typeof v === 'string';
const isNamedList = (v: unknown): boolean => Array.isArray(v) && v.every((x) => x !== null && typeof x === 'object' && isString((x as NamedRef).id) && isString((x as NamedRef).name));

function isTimelineEvent(v: unknown): v is TimelineEvent {
  if (v === null || typeof v !== 'object') return false;
  const e = v as Record<string, unknown>;
  return (
    isString(e.id) &&
    isNullableString(e.title) &&
    isString(e.type) &&
    isNullableString(e.date) &&
    isNullableString(e.endDate) &&
    isNullableString(e.dateSource) &&
    isNullableString(e.location) &&
    typeof e.referenced === 'boolean' &&
    Array.isArray(e.organizerIds) &&
    e.organizerIds.every(isString) &&
    Array.isArray(e.participants) &&
    e.participants.every((p: unknown) => p !== null && typeof p === 'object' && isString((p as { personId: unknown }).personId) && isNullableString((p as { organizationId: unknown }).organizationId)) &&
    isNamedList(e.organizers) &&
    isNamedList(e.speakers) &&
    Array.isArray(e.referredIn) &&
    e.referredIn.every((r: unknown) => r !== null && typeof r === 'object' && isString((r as ReferredIn).documentId) && isNullableString((r as ReferredIn).eventId) && isString((r as ReferredIn).label))
  );
}

/** The view, or null when the file is not one this app version can use. */
export function parseTimelineView(json: unknown): TimelineView | null {
  if (json === null || typeof json !== 'object') return null;
  const view = json as Partial<TimelineView>;
  if (view.version !== TIMELINE_VIEW_VERSION || !Array.isArray(view.events)) return null;
  for (const event of view.events) if (!isTimelineEvent(event)) return null;
  return view as TimelineView;
}
