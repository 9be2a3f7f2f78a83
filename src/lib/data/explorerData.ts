/**
 * Lookup structures over the validated data, built once per load. Pure: easy to test, and every
 * feature reads the same derived facts instead of recomputing them in renders.
 */
import type { SkippedRecord } from '../../model/parse';
import type { ExplorerDocument, ExplorerEvent, Organization, Person } from '../../model/schema';
import type { RawData } from './loadData';
import { compareEventsNewestFirst, reportingEvents, timelineViewOf, type TimelineView } from './timelineView';

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
  /** The first event each document reports (not merely refers to), in display order. */
  reportingEventByDocument: Map<string, ExplorerEvent>;
  skipped: SkippedRecord[];
}

export { compareEventsNewestFirst };

function byId<T extends { id: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/**
 * Appends `value` to the list of `key` unless it was the last one appended. The lists are filled
 * one event at a time, so an event that names a person (or organization) twice can only repeat at
 * the end of its list: checking the last item is enough, where a scan of the whole list made
 * organizations with thousands of events quadratic.
 */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

/** Events whose participants are indexed per step of {@link explorerDataSteps}. */
const EVENTS_PER_STEP = 2000;

/**
 * buildExplorerData as a series of steps (a generator: each `yield` ends one). At 10,000 events
 * the whole build is a main-thread task of about a hundred milliseconds, and it grows with the
 * corpus: long enough to hold up a keystroke or a scroll frame when the data arrives in the
 * background. Run step by step in idle time, each step is one slice of it: the sort, the
 * participants of 2,000 events, a few id maps.
 */
export function* explorerDataSteps(raw: RawData): Generator<void, ExplorerData, void> {
  const events = [...raw.events].sort(compareEventsNewestFirst);
  yield;
  const eventsByPerson = new Map<string, ExplorerEvent[]>();
  const eventsOrganizedBy = new Map<string, ExplorerEvent[]>();
  const eventsAttendedBy = new Map<string, ExplorerEvent[]>();
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    for (const organizationId of event.organizerIds) push(eventsOrganizedBy, organizationId, event);
    for (const participant of event.participants) {
      push(eventsByPerson, participant.personId, event);
      if (participant.organizationId) push(eventsAttendedBy, participant.organizationId, event);
    }
    if ((i + 1) % EVENTS_PER_STEP === 0) yield;
  }
  yield;
  const documentsById = byId(raw.documents);
  const eventsById = byId(events);
  yield;
  const peopleById = byId(raw.people);
  const organizationsById = byId(raw.organizations);
  const reportingEventByDocument = reportingEvents(events);
  return {
    documents: raw.documents,
    events,
    people: raw.people,
    organizations: raw.organizations,
    documentsById,
    eventsById,
    peopleById,
    organizationsById,
    eventsByPerson,
    eventsOrganizedBy,
    eventsAttendedBy,
    reportingEventByDocument,
    skipped: raw.skipped,
  };
}

/** The lookup structures at once. */
export function buildExplorerData(raw: RawData): ExplorerData {
  const steps = explorerDataSteps(raw);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The same, one step per `pause()` (idle time in the app). */
export async function buildExplorerDataInSteps(raw: RawData, pause: () => Promise<void>): Promise<ExplorerData> {
  const steps = explorerDataSteps(raw);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

const views = new WeakMap<ExplorerData, TimelineView>();

/**
 * The timeline's view of the data (names joined), built once per load. `shown`, the view already
 * on screen (from `timeline.json`, which ingest builds from the same records with the same
 * function), is kept when the full data confirms it: nothing was skipped in validation and the
 * events are the same, in the same order. Rebuilding it would cost the main thread a long task,
 * and re-render the list, for the same picture. Otherwise (records skipped, a stale file) the
 * view is rebuilt from the validated data. A kept file view lists no participants (see
 * TimelineView): person and organization filters need `timelineOf(data)`.
 */
export function timelineOf(data: ExplorerData, shown: TimelineView | null = null): TimelineView {
  if (shown && confirmed(data, shown)) return shown;
  let view = views.get(data);
  if (!view) {
    view = timelineViewOf(data);
    views.set(data, view);
  }
  return view;
}

/** The file view each load confirmed: the timeline asks on every render, the check reads every event. */
const confirmedViews = new WeakMap<ExplorerData, TimelineView>();

function confirmed(data: ExplorerData, view: TimelineView): boolean {
  if (confirmedViews.get(data) === view) return true;
  if (!confirms(data, view)) return false;
  confirmedViews.set(data, view);
  return true;
}

/** True when `view` is a whole timeline of exactly the data's events and the data is complete. */
function confirms(data: ExplorerData, view: TimelineView): boolean {
  if (view.head !== null || data.skipped.length > 0 || view.events.length !== data.events.length) return false;
  return view.events.every((event, i) => event.id === data.events[i]!.id);
}
