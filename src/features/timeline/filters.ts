/**
 * The timeline's filters, read from and written to the URL so a view can be shared and back/forward
 * work. Values that do not exist in the data are dropped with a note, never a crash.
 */
import { eventInRange, parseDateRange, type DateRange } from '../../lib/filters/dateRange';
import type { EventType, ExplorerEvent, Participant } from '../../model/schema';
import { EVENT_TYPES } from '../../model/vocabulary';

/** What filtering reads of an event: a full event or the timeline view's. */
export type FilterableEvent = Pick<ExplorerEvent, 'type' | 'location' | 'date' | 'endDate' | 'organizerIds'> & {
  participants: readonly Pick<Participant, 'personId' | 'organizationId'>[];
};

/** What parameters are checked against: the places of the events, and the known ids. */
export interface FilterVocabulary {
  events: readonly { location: string | null }[];
  organizationsById: ReadonlyMap<string, unknown>;
  peopleById: ReadonlyMap<string, unknown>;
}

export type SortOrder = 'newest' | 'oldest';

export interface TimelineFilters extends DateRange {
  types: EventType[];
  places: string[];
  organizationIds: string[];
  personIds: string[];
  order: SortOrder;
  notes: string[];
}

export const LIST_PARAMS = { type: 'type', place: 'place', organization: 'org', person: 'person' } as const;
/** The URL parameters that narrow the timeline. */
const FILTER_PARAMS = ['from', 'to', ...Object.values(LIST_PARAMS)];

/** True when the URL asks for a filtered or re-ordered timeline: its newest events are not enough. */
export function needsWholeTimeline(params: URLSearchParams): boolean {
  return params.has('order') || FILTER_PARAMS.some((name) => params.has(name));
}

function readKnown(params: URLSearchParams, name: string, isKnown: (v: string) => boolean, what: string, notes: string[]): string[] {
  const values: string[] = [];
  for (const value of params.getAll(name)) {
    if (isKnown(value)) {
      if (!values.includes(value)) values.push(value);
    } else notes.push(`Ignored “${name}=${value.slice(0, 40)}”: no such ${what}.`);
  }
  return values;
}

export function parseTimelineFilters(params: URLSearchParams, data: FilterVocabulary): TimelineFilters {
  const { from, to, notes } = parseDateRange(params);
  const places = new Set(data.events.map((e) => e.location).filter((p): p is string => p !== null));
  const orderParam = params.get('order');
  if (orderParam !== null && orderParam !== 'newest' && orderParam !== 'oldest') notes.push(`Ignored “order=${orderParam.slice(0, 40)}”: use newest or oldest.`);
  return {
    from,
    to,
    types: readKnown(params, LIST_PARAMS.type, (v) => (EVENT_TYPES as readonly string[]).includes(v), 'event type', notes) as EventType[],
    places: readKnown(params, LIST_PARAMS.place, (v) => places.has(v), 'place', notes),
    organizationIds: readKnown(params, LIST_PARAMS.organization, (v) => data.organizationsById.has(v), 'organization', notes),
    personIds: readKnown(params, LIST_PARAMS.person, (v) => data.peopleById.has(v), 'person', notes),
    order: orderParam === 'oldest' ? 'oldest' : 'newest',
    notes,
  };
}

export function hasActiveFilters(f: TimelineFilters): boolean {
  return Boolean(f.from || f.to || f.types.length || f.places.length || f.organizationIds.length || f.personIds.length);
}

function involvesOrganization(event: FilterableEvent, organizationId: string): boolean {
  return event.organizerIds.includes(organizationId) || event.participants.some((p) => p.organizationId === organizationId);
}

/** Within one filter kind values are alternatives (OR); different kinds combine (AND). */
export function matchesFilters(event: FilterableEvent, f: TimelineFilters, ignoreDates = false): boolean {
  if (!ignoreDates && !eventInRange(event, f)) return false;
  if (f.types.length && !f.types.includes(event.type)) return false;
  if (f.places.length && (!event.location || !f.places.includes(event.location))) return false;
  if (f.organizationIds.length && !f.organizationIds.some((id) => involvesOrganization(event, id))) return false;
  if (f.personIds.length && !f.personIds.some((id) => event.participants.some((p) => p.personId === id))) return false;
  return true;
}

/** Events in display order; `data.events` is already newest first. */
export function filterEvents<T extends FilterableEvent>(events: readonly T[], f: TimelineFilters): T[] {
  const kept = events.filter((e) => matchesFilters(e, f));
  return f.order === 'oldest' ? kept.reverse() : kept;
}

export function toggleParam(params: URLSearchParams, name: string, value: string): URLSearchParams {
  const next = new URLSearchParams(params);
  const values = next.getAll(name);
  next.delete(name);
  const kept = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  for (const v of kept) next.append(name, v);
  return next;
}

export function clearFilters(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of FILTER_PARAMS) next.delete(name);
  return next;
}

/** Date presets relative to the newest event of the corpus (not today: corpora are archives). */
export function datePresets(latest: string | null): { label: string; range: DateRange }[] {
  if (!latest) return [];
  const back = (months: number) => {
    const d = new Date(`${latest}T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() - months);
    d.setUTCDate(d.getUTCDate() + 1);
    return d.toISOString().slice(0, 10);
  };
  return [
    { label: 'Last month', range: { from: back(1), to: latest } },
    { label: 'Last quarter', range: { from: back(3), to: latest } },
    { label: 'Last year', range: { from: back(12), to: latest } },
    { label: 'All', range: { from: null, to: null } },
  ];
}
