import { useQueryClient } from '@tanstack/react-query';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { timelineOf, type ExplorerData } from '../../lib/data/explorerData';
import { monthOf, type HeadSummary, type TimelineEvent, type TimelineView } from '../../lib/data/timelineView';
import { explorerDataQuery, useTimelineSource } from '../../lib/data/useExplorerData';
import { downloadText, exportEvents, type ExportFormat } from '../../lib/export/events';
import { withDateRange } from '../../lib/filters/dateRange';
import { cardHeight, EventCard } from '../../lib/ui/EventSummary';
import { Loading } from '../../lib/ui/Loading';
import { useRemScale, useScrollMargin } from '../../lib/ui/windowList';
import { capitalize, formatMonth, plural } from '../../lib/format';
import { EVENT_TYPES } from '../../model/vocabulary';
import { DateHistogram } from './DateHistogram';
import { EntityFilterInput, type EntityOption } from './EntityFilterInput';
import { clearFilters, datePresets, filterEvents, hasActiveFilters, LIST_PARAMS, matchesFilters, needsWholeTimeline, parseTimelineFilters, toggleParam } from './filters';
import { monthBins, monthBinsOf } from './histogram';
import { DateRangeInputs } from '../../lib/filters/DateRangeInputs';
import { ParamNotes } from '../../lib/ui/ParamNotes';

interface MonthGroup<T> {
  month: string;
  events: T[];
}

/** Groups events (already in display order) by YYYY-MM; undated events form their own group. */
export function groupByMonth<T extends { date: string | null }>(events: readonly T[]): MonthGroup<T>[] {
  const groups: MonthGroup<T>[] = [];
  for (const event of events) {
    const month = monthOf(event);
    const last = groups.at(-1);
    if (last && last.month === month) last.events.push(event);
    else groups.push({ month, events: [event] });
  }
  return groups;
}

type Row =
  | { kind: 'year'; year: string }
  | { kind: 'month'; month: string; count: number }
  | { kind: 'event'; event: TimelineEvent }
  | { kind: 'more'; count: number };

/**
 * Year and month headings interleaved with events, one flat list for the virtualizer. For the
 * head of the timeline, `head` gives the months' counts and the events still loading.
 */
export function timelineRows(events: TimelineEvent[], head: HeadSummary | null = null): Row[] {
  const rows: Row[] = [];
  let year: string | null = null;
  for (const group of groupByMonth(events)) {
    const groupYear = group.month === 'undated' ? 'Undated' : group.month.slice(0, 4);
    if (groupYear !== year) {
      year = groupYear;
      if (groupYear !== 'Undated') rows.push({ kind: 'year', year: groupYear });
    }
    rows.push({ kind: 'month', month: group.month, count: head?.months[group.month] ?? group.events.length });
    for (const event of group.events) rows.push({ kind: 'event', event });
  }
  if (head && head.total > events.length) rows.push({ kind: 'more', count: head.total - events.length });
  return rows;
}

const inputClass = 'mt-0.5 rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900';
const buttonClass = 'rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800';

const NO_IDS: ReadonlyMap<string, unknown> = new Map();

/**
 * The timeline paints its newest events from `timeline-head.json`, then every event from
 * `timeline.json`, while the full data loads in the background. Filters and the oldest-first order
 * wait for the whole timeline, person and organization filters (and missing files) for the full data.
 */
export default function TimelinePage() {
  const [params] = useSearchParams();
  const wholeNeeded = needsWholeTimeline(params);
  const { data, view } = useTimelineSource(wholeNeeded);
  const byEntity = params.has('org') || params.has('person');
  if (!view || (byEntity && !data) || (view.head && wholeNeeded)) return <Loading />;
  // Person and organization filters read the events' participants, which only the full data's view carries.
  return <Timeline view={byEntity && data ? timelineOf(data) : view} data={data} />;
}

function Timeline({ view, data }: { view: TimelineView; data: ExplorerData | undefined }) {
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const vocabulary = useMemo(() => data ?? { events: view.events, organizationsById: NO_IDS, peopleById: NO_IDS }, [data, view]);
  const filters = useMemo(() => parseTimelineFilters(params, vocabulary), [params, vocabulary]);
  const events = useMemo(() => filterEvents(view.events, filters), [view, filters]);
  const rows = useMemo(() => timelineRows(events, view.head), [events, view]);
  // The histogram shows what the other filters leave, so dragging picks among relevant months.
  const bins = useMemo(
    () =>
      view.head
        ? monthBinsOf(new Map(Object.entries(view.head.reportedByMonth)))
        : monthBins(view.events.filter((e) => !e.referenced && matchesFilters(e, filters, true))),
    [view, filters],
  );
  const places = useMemo(() => [...new Set(view.events.map((e) => e.location).filter((p): p is string => Boolean(p)))].sort(), [view]);
  const entityOptions = useMemo<EntityOption[]>(
    () =>
      data
        ? [
            ...data.people.filter((p) => data.eventsByPerson.has(p.id)).map((p) => ({ kind: 'person' as const, id: p.id, name: p.name, aliases: p.aliases })),
            ...data.organizations.map((o) => ({ kind: 'organization' as const, id: o.id, name: o.name, aliases: o.aliases })),
          ]
        : [],
    [data],
  );
  const latest = view.events.find((e) => e.date && !e.referenced)?.date ?? null;
  const reported = view.head?.reported ?? events.filter((e) => !e.referenced).length;
  const total = view.head?.total ?? events.length;

  const update = (next: URLSearchParams) => setParams(next, { preventScrollReset: true });
  const setRange = (range: { from: string | null; to: string | null }) => update(withDateRange(params, range));
  // Exports carry every fact of the full data, loaded first if need be.
  const exportAs = async (format: ExportFormat) => {
    const full: ExplorerData = data ?? (await queryClient.fetchQuery<ExplorerData>(explorerDataQuery));
    downloadText(`events.${format}`, format, exportEvents(format, filterEvents(full.events, filters), full));
  };

  const chips = [
    ...(filters.from ? [{ key: 'from', label: `From ${filters.from}`, remove: () => setRange({ from: null, to: filters.to }) }] : []),
    ...(filters.to ? [{ key: 'to', label: `To ${filters.to}`, remove: () => setRange({ from: filters.from, to: null }) }] : []),
    ...filters.types.map((t) => ({ key: `type:${t}`, label: `Type: ${t}`, remove: () => update(toggleParam(params, LIST_PARAMS.type, t)) })),
    ...filters.places.map((p) => ({ key: `place:${p}`, label: `Place: ${p}`, remove: () => update(toggleParam(params, LIST_PARAMS.place, p)) })),
    ...filters.organizationIds.map((id) => ({ key: `org:${id}`, label: `Organization: ${data?.organizationsById.get(id)?.name ?? id}`, remove: () => update(toggleParam(params, LIST_PARAMS.organization, id)) })),
    ...filters.personIds.map((id) => ({ key: `person:${id}`, label: `Person: ${data?.peopleById.get(id)?.name ?? id}`, remove: () => update(toggleParam(params, LIST_PARAMS.person, id)) })),
  ];

  return (
    <section>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">Timeline</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="result-count" aria-live="polite">
          {plural(reported, 'event')} reported
          {total > reported && `, ${plural(total - reported, 'event')} referred to`}
        </p>
      </div>

      <ParamNotes notes={filters.notes} />

      <form className="mt-3 flex flex-wrap items-end gap-3" aria-label="Filter events" onSubmit={(e) => e.preventDefault()}>
        <DateRangeInputs idPrefix="filter" range={filters} onChange={setRange} labelClassName="block text-xs font-medium text-slate-700 dark:text-slate-300" inputClassName={inputClass} />
        <div role="group" aria-label="Date presets" className="flex flex-wrap gap-1">
          {datePresets(latest).map((preset) => (
            <button key={preset.label} type="button" className={buttonClass} onClick={() => setRange(preset.range)}>
              {preset.label}
            </button>
          ))}
        </div>
        <div>
          <label htmlFor="filter-type" className="block text-xs font-medium text-slate-700 dark:text-slate-300">Type</label>
          <select id="filter-type" className={inputClass} value="" onChange={(e) => e.target.value && update(toggleParam(params, LIST_PARAMS.type, e.target.value))}>
            <option value="">Any type</option>
            {EVENT_TYPES.filter((t) => !filters.types.includes(t)).map((t) => (
              <option key={t} value={t}>{capitalize(t)}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-place" className="block text-xs font-medium text-slate-700 dark:text-slate-300">Place</label>
          {/* The head's places are only some of them: the list waits for the whole timeline. */}
          <select id="filter-place" className={inputClass} value="" disabled={view.head !== null} onChange={(e) => e.target.value && update(toggleParam(params, LIST_PARAMS.place, e.target.value))}>
            <option value="">Any place</option>
            {places.filter((p) => !filters.places.includes(p)).map((p) => (
              <option key={p} value={p}>{p}</option>
            ))}
          </select>
        </div>
        <EntityFilterInput
          options={entityOptions}
          onPick={(option) => update(toggleParam(params, option.kind === 'person' ? LIST_PARAMS.person : LIST_PARAMS.organization, option.id))}
        />
        <div>
          <span className="block text-xs font-medium text-slate-700 dark:text-slate-300" id="order-label">Order</span>
          <button
            type="button"
            aria-describedby="order-label"
            className={buttonClass}
            onClick={() => {
              const next = new URLSearchParams(params);
              if (filters.order === 'newest') next.set('order', 'oldest');
              else next.delete('order');
              update(next);
            }}
          >
            {filters.order === 'newest' ? 'Newest first' : 'Oldest first'}
          </button>
        </div>
      </form>

      <DateHistogram bins={bins} from={filters.from} to={filters.to} onSelect={setRange} />

      <div className="mt-2 flex flex-wrap items-center gap-2">
        {chips.length > 0 && (
          <ul className="flex flex-wrap gap-2" aria-label="Active filters" data-testid="filter-chips">
            {chips.map((chip) => (
              <li key={chip.key} className="flex items-center gap-1 rounded-full bg-sky-100 py-0.5 pl-3 pr-1 text-sm text-sky-950 dark:bg-sky-900 dark:text-sky-50">
                {chip.label}
                <button type="button" onClick={chip.remove} aria-label={`Remove filter ${chip.label}`} className="rounded-full px-1.5 hover:bg-sky-200 dark:hover:bg-sky-800">
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        {hasActiveFilters(filters) && (
          <button type="button" className="text-sm text-sky-800 underline dark:text-sky-300" onClick={() => update(clearFilters(params))}>
            Clear all filters
          </button>
        )}
        <div role="group" aria-label="Export these events" className="ml-auto flex items-center gap-1 text-sm">
          <span className="text-slate-600 dark:text-slate-400">Export:</span>
          {(['csv', 'json', 'ics'] as const).map((format) => (
            <button key={format} type="button" className={buttonClass} disabled={events.length === 0} onClick={() => void exportAs(format)}>
              {format === 'ics' ? 'iCal' : format.toUpperCase()}
            </button>
          ))}
        </div>
      </div>

      {events.length === 0 ? (
        <div className="mt-6 rounded border border-slate-200 p-6 text-center dark:border-slate-800" data-testid="empty-state">
          <p>No events match these filters.</p>
          {hasActiveFilters(filters) && (
            <button type="button" className={`${buttonClass} mt-2`} onClick={() => update(clearFilters(params))}>
              Clear filters
            </button>
          )}
        </div>
      ) : (
        <TimelineList rows={rows} />
      )}
    </section>
  );
}

/** Heights of the rows at a 16px root (their CSS sets the same in rem, so the two always agree). */
function rowHeight(row: Row): number {
  if (row.kind === 'event') return cardHeight(row.event) + 12;
  return 44;
}

function rowKey(row: Row): string {
  switch (row.kind) {
    case 'event':
      return row.event.id;
    case 'month':
      return `m-${row.month}`;
    case 'year':
      return `y-${row.year}`;
    case 'more':
      return 'more';
  }
}

/**
 * The virtualized list: scrolling re-renders this and nothing above it. Every row has a known
 * height (one-line cards), so nothing is measured while scrolling: measuring makes the
 * virtualizer recompute the position of every row below the measured one, frame after frame.
 */
const TimelineList = memo(function TimelineList({ rows }: { rows: Row[] }) {
  const [list, setList] = useState<HTMLOListElement | null>(null);
  const scrollMargin = useScrollMargin(list);
  const scale = useRemScale();
  const estimateSize = useCallback((i: number) => (rows[i] ? rowHeight(rows[i]) * scale : 44 * scale), [rows, scale]);
  const getItemKey = useCallback(
    (i: number) => {
      const row = rows[i];
      return row ? rowKey(row) : i;
    },
    [rows],
  );
  const virtualizer = useWindowVirtualizer({ count: rows.length, estimateSize, overscan: 6, scrollMargin, getItemKey });
  return (
    <ol ref={setList} className="relative mt-4" style={{ height: virtualizer.getTotalSize() }} data-testid="timeline-list">
      {virtualizer.getVirtualItems().map((item) => {
        const row = rows[item.index];
        if (!row) return null;
        return (
          <li
            key={item.key}
            data-index={item.index}
            className="absolute left-0 top-0 w-full overflow-hidden"
            style={{ height: `${rowHeight(row) / 16}rem`, contain: 'strict', transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
          >
            <TimelineRow row={row} />
          </li>
        );
      })}
    </ol>
  );
});

const TimelineRow = memo(function TimelineRow({ row }: { row: Row }) {
  if (row.kind === 'year') return <h2 className="pt-4 text-xl font-bold">{row.year}</h2>;
  if (row.kind === 'more') {
    return (
      <p className="py-3 text-sm text-slate-600 dark:text-slate-400" role="status">
        Loading {plural(row.count, 'more event')}…
      </p>
    );
  }
  if (row.kind === 'month') {
    return (
      <h3 className="truncate pb-2 pt-3 text-base font-semibold text-slate-700 dark:text-slate-300">
        {row.month === 'undated' ? 'Undated' : formatMonth(row.month)} <span className="text-sm font-normal text-slate-600 dark:text-slate-400">({row.count})</span>
      </h3>
    );
  }
  return (
    <div className="pb-3">
      <EventCard event={row.event} headingLevel={4} oneLine />
    </div>
  );
});
