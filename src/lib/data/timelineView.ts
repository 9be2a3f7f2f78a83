/**
 * The timeline without the full data, in two files written by ingest next to the contract files:
 * `timeline-head.json`, the newest events only (the first screen, about the same size whatever the
 * size of the corpus) with the totals the page shows, and `timeline.json`, every event. Both hold
 * events with the names they show already joined and nothing else (no evidence, no mentions).
 * The app paints the head at once, then the whole timeline, and loads, validates and indexes the
 * full data afterwards, off the main thread. Without the files (an older ingest) the same view is
 * derived from the full data. Pure: used by ingest (src/ingest/views.ts) and the app.
 */
import type { EventType, ExplorerDocument, ExplorerEvent, Organization, Person } from '../../model/schema';

export const TIMELINE_VIEW_FILE = 'timeline.json';
export const TIMELINE_HEAD_FILE = 'timeline-head.json';
export const TIMELINE_VIEW_VERSION = 1;
/** Events in the head: a screenful many times over, so a reader can scroll while the rest loads. */
export const TIMELINE_HEAD_EVENTS = 120;

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

/**
 * What the page shows of the whole timeline while only its newest events are loaded: the
 * counts, and the events per month (the month headings and the date histogram).
 */
export interface HeadSummary {
  /** All events, reported and referenced. */
  total: number;
  /** Reported (not referenced) events. */
  reported: number;
  /** Events per YYYY-MM (or 'undated'), for the months the head shows. */
  months: Record<string, number>;
  /** Dated reported events per YYYY-MM, every month: the unfiltered histogram. */
  reportedByMonth: Record<string, number>;
}

export interface TimelineView {
  /**
   * Newest first, undated last (compareEventsNewestFirst). Read from a file, `participants` are
   * empty and `organizerIds` only name the organizers found in the data, so person and
   * organization filters need the full data.
   */
  events: TimelineEvent[];
  /** Set when `events` are only the newest of the timeline (the head file). */
  head: HeadSummary | null;
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
  /** Only in the head file. */
  head?: HeadSummary;
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
  return { events: events.map((e) => timelineEvent(e, lookups)), head: null };
}

/** The month an event is listed under: YYYY-MM, or 'undated'. */
export function monthOf(event: Pick<TimelineEvent, 'date'>): string {
  return event.date ? event.date.slice(0, 7) : 'undated';
}

/** The summary of the whole timeline that goes with its first `headEvents` events. */
export function headSummary(events: readonly TimelineEvent[], headEvents: number): HeadSummary {
  const shownMonths = new Set(events.slice(0, headEvents).map(monthOf));
  const months: Record<string, number> = {};
  const reportedByMonth: Record<string, number> = {};
  let reported = 0;
  for (const e of events) {
    const month = monthOf(e);
    if (shownMonths.has(month)) months[month] = (months[month] ?? 0) + 1;
    if (e.referenced) continue;
    reported++;
    if (e.date) reportedByMonth[month] = (reportedByMonth[month] ?? 0) + 1;
  }
  return { total: events.length, reported, months, reportedByMonth };
}

/** The files ingest writes, `timeline.json` and `timeline-head.json`: names once, in dictionaries. */
export function buildTimelineFiles(source: ViewSource, headEvents = TIMELINE_HEAD_EVENTS): { full: TimelineViewFile; head: TimelineViewFile } {
  const events = timelineViewOf(source).events;
  return {
    full: timelineFile(events),
    head: { ...timelineFile(events.slice(0, headEvents)), head: headSummary(events, headEvents) },
  };
}

function timelineFile(view: readonly TimelineEvent[]): TimelineViewFile {
  const people: Record<string, string> = {};
  const organizations: Record<string, string> = {};
  const events = view.map((e): FileEvent => {
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
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isCounts = (v: unknown): v is Record<string, number> => isDictionary(v) && Object.values(v).every(isCount);

function readHead(v: unknown): HeadSummary | null {
  if (v === null || typeof v !== 'object') return null;
  const h = v as Record<string, unknown>;
  if (!isCount(h.total) || !isCount(h.reported) || !isCounts(h.months) || !isCounts(h.reportedByMonth)) return null;
  return { total: h.total, reported: h.reported, months: h.months, reportedByMonth: h.reportedByMonth };
}

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
  const head = file.head === undefined ? null : readHead(file.head);
  if (file.head !== undefined && !head) return null;
  const events: TimelineEvent[] = [];
  for (const raw of file.events) {
    const event = readEvent(raw, file as TimelineViewFile);
    if (!event) return null;
    events.push(event);
  }
  // A head that holds every event is the whole timeline.
  return { events, head: head && head.total > events.length ? head : null };
}
