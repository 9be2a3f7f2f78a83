import { firstIndexByInitial } from '../../lib/directory/sort';
import { useDeferredValue, useMemo, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useExplorerData } from '../../lib/data/useExplorerData';
import { createFuzzyIndex } from '../../lib/directory/fuzzy';
import { EmptyResult } from '../../lib/directory/EmptyResult';
import { LetterJump } from '../../lib/directory/LetterJump';
import { useUrlText } from '../../lib/directory/useUrlText';
import { DirectoryFindInput, DirectorySortSelect, directoryClasses } from '../../lib/directory/DirectoryControls';
import { withParam, withSearchText, withSort } from '../../lib/directory/params';
import { DIRECTORY_ROW_HEIGHT, VirtualList, type VirtualListHandle } from '../../lib/directory/VirtualList';
import { withDateRange } from '../../lib/filters/dateRange';
import { DateRangeInputs } from '../../lib/filters/DateRangeInputs';
import { formatDay, plural } from '../../lib/format';
import {
  FILTER_KEYS,
  hasFilters,
  organizationRows,
  parseOrganizationParams,
  selectOrganizations,
  type OrganizationEntry,
  type OrganizationRow,
} from './selectors';
import { ParamNotes } from '../../lib/ui/ParamNotes';

const { label: labelClass, input: inputClass, button: buttonClass } = directoryClasses;

function OrganizationListItem({ entry, ranged }: { entry: OrganizationEntry; ranged: boolean }) {
  const { row } = entry;
  const counts = [
    row.organized > 0 && `organized ${plural(row.organized, 'event')}`,
    row.attended > 0 && `its people at ${plural(row.attended, 'event')}`,
    row.people > 0 && plural(row.people, 'person', 'people'),
  ].filter(Boolean);
  return (
    <div className="h-full border-b border-slate-200 px-1 py-2 dark:border-slate-800" data-testid="organization-row">
      <div className="truncate">
        <Link to={`/organizations/${encodeURIComponent(row.organization.id)}`} className="font-medium text-sky-800 hover:underline dark:text-sky-300">
          {row.organization.name}
        </Link>
        {row.organization.aliases.length > 0 && <span className="ml-2 text-sm text-slate-700 dark:text-slate-300">{row.organization.aliases.join(', ')}</span>}
        {row.kind === 'country' && (
          <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-950 dark:bg-amber-900 dark:text-amber-50" data-testid="country-badge">
            Country
          </span>
        )}
      </div>
      <p className="truncate text-sm text-slate-600 dark:text-slate-400">
        {counts.length > 0 ? counts.join(' · ') : 'named in the reports, no events'}
        {ranged && ` · ${entry.matchedEvents} in range`}
        {entry.matchedLatest && ` · latest ${formatDay(entry.matchedLatest)}`}
      </p>
    </div>
  );
}

export default function OrganizationsPage() {
  const data = useExplorerData();
  const [searchParams, setSearchParams] = useSearchParams();
  const rows = useMemo(() => organizationRows(data), [data]);
  const index = useMemo(
    () =>
      createFuzzyIndex<OrganizationRow>(rows, [
        { get: (r) => r.organization.name },
        { get: (r) => r.organization.aliases },
      ]),
    [rows],
  );
  const countries = useMemo(() => rows.filter((r) => r.kind === 'country').length, [rows]);

  const current = useMemo(() => parseOrganizationParams(searchParams), [searchParams]);
  const deferredSearch = useDeferredValue(searchParams.toString());
  const shownParams = useMemo(() => parseOrganizationParams(new URLSearchParams(deferredSearch)), [deferredSearch]);
  const entries = useMemo(() => selectOrganizations(rows, shownParams, index), [rows, shownParams, index]);
  const firstIndex = useMemo(() => firstIndexByInitial(entries), [entries]);
  const ranged = Boolean(shownParams.from || shownParams.to);
  const stale = deferredSearch !== searchParams.toString();

  const [text, setText] = useUrlText(current.q);
  const listHandle = useRef<VirtualListHandle>(null);

  const update = (next: URLSearchParams, replace = false) => setSearchParams(next, { replace, preventScrollReset: true });
  const setParam = (key: string, value: string | null) => update(withParam(searchParams, key, value));
  const clearFilters = () => {
    let next = new URLSearchParams(searchParams);
    for (const key of FILTER_KEYS) next = withParam(next, key, null);
    if (next.get('sort') === 'match') next.delete('sort');
    setText('');
    update(next);
  };

  return (
    <section>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">Organizations</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="result-count" aria-live="polite">
          {entries.length === rows.length ? `All ${plural(rows.length, 'organization')}` : `Showing ${entries.length} of ${plural(rows.length, 'organization')}`}
          {countries > 0 && ` (${plural(countries, 'country', 'countries')} among them)`}
        </p>
      </div>

      <ParamNotes notes={current.notes} />

      <form role="search" aria-label="Filter organizations" className="mt-3 grid grid-cols-2 gap-3 lg:grid-cols-6" onSubmit={(e) => e.preventDefault()}>
        <DirectoryFindInput
          id="orgs-q"
          label="Find by name or acronym"
          text={text}
          onText={(value) => {
            setText(value);
            update(withSearchText(searchParams, value), true);
          }}
        />
        <DirectorySortSelect id="orgs-sort" sort={current.sort} q={current.q} onSort={(sort) => update(withSort(searchParams, sort, current.q))} />
        <div className="col-span-2 sm:col-span-1">
          <label htmlFor="orgs-kind" className={labelClass}>
            Kind
          </label>
          <select id="orgs-kind" className={inputClass} value={current.kind ?? ''} onChange={(e) => setParam('kind', e.target.value || null)}>
            <option value="">Organizations and countries</option>
            <option value="organization">Organizations only</option>
            <option value="country">Countries only</option>
          </select>
        </div>
        <DateRangeInputs idPrefix="orgs" range={current} onChange={(range) => update(withDateRange(searchParams, range))} labelClassName={labelClass} inputClassName={inputClass} />
      </form>

      {hasFilters(current) && (
        <p className="mt-2">
          <button type="button" className={buttonClass} onClick={clearFilters}>
            Clear filters
          </button>
        </p>
      )}

      <LetterJump firstIndex={firstIndex} onJump={(i) => listHandle.current?.jumpTo(i)} />

      {entries.length === 0 ? (
        <EmptyResult message={rows.length === 0 ? 'No organizations in the reports yet.' : 'No organization matches these filters.'} filtered={hasFilters(shownParams)} query={shownParams.q ?? null} onClear={clearFilters} buttonClassName={buttonClass} />
      ) : (
        <div className={stale ? 'opacity-70 transition-opacity' : undefined}>
          <VirtualList
            items={entries}
            getKey={(entry) => entry.row.organization.id}
            renderItem={(entry) => <OrganizationListItem entry={entry} ranged={ranged} />}
            rowHeight={DIRECTORY_ROW_HEIGHT}
            label="Organizations"
            testId="organizations-list"
            className="mt-2"
            handle={listHandle}
          />
        </div>
      )}
    </section>
  );
}
