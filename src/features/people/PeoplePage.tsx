import { firstIndexByInitial } from '../../lib/directory/sort';
import { useDeferredValue, useMemo, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useExplorerData } from '../../lib/data/useExplorerData';
import { createFuzzyIndex } from '../../lib/directory/fuzzy';
import { EmptyResult } from '../../lib/directory/EmptyResult';
import { LetterJump } from '../../lib/directory/LetterJump';
import { useLazyOptions } from '../../lib/directory/useLazyOptions';
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
  organizationOptions,
  parsePeopleParams,
  peopleVocabulary,
  personRows,
  roleOptions,
  selectPeople,
  type DirectoryEntry,
  type PersonRow,
} from './selectors';
import { ParamNotes } from '../../lib/ui/ParamNotes';

const { label: labelClass, input: inputClass, button: buttonClass } = directoryClasses;

function PersonListItem({ entry, narrowed }: { entry: DirectoryEntry; narrowed: boolean }) {
  const { row } = entry;
  const affiliation = [row.latestRole, row.latestOrganization?.name].filter(Boolean).join(', ');
  return (
    <div className="h-full border-b border-slate-200 px-1 py-2 dark:border-slate-800" data-testid="person-row">
      <div className="truncate">
        <Link to={`/people/${encodeURIComponent(row.person.id)}`} className="font-medium text-sky-800 hover:underline dark:text-sky-300">
          {row.person.name}
        </Link>
        {row.person.aliases.length > 0 && <span className="ml-2 text-sm text-slate-600 dark:text-slate-400">also {row.person.aliases.join(', ')}</span>}
      </div>
      <p className="truncate text-sm text-slate-600 dark:text-slate-400" title={affiliation || undefined}>
        {affiliation && <span className="text-slate-800 dark:text-slate-200">{affiliation}</span>}
        {affiliation && ' · '}
        {row.eventCount === 0 ? (
          'named in the reports, no events'
        ) : narrowed ? (
          `${entry.matchedEvents} of ${plural(row.eventCount, 'event')} match`
        ) : (
          plural(row.eventCount, 'event')
        )}
        {entry.matchedLatest && ` · latest ${formatDay(entry.matchedLatest)}`}
      </p>
    </div>
  );
}

export default function PeoplePage() {
  const data = useExplorerData();
  const [searchParams, setSearchParams] = useSearchParams();
  const rows = useMemo(() => personRows(data), [data]);
  const vocabulary = useMemo(() => peopleVocabulary(rows, data), [rows, data]);
  const roles = useMemo(() => roleOptions(rows), [rows]);
  const organizations = useMemo(() => organizationOptions(rows), [rows]);
  const index = useMemo(
    () =>
      createFuzzyIndex<PersonRow>(rows, [
        { get: (r) => r.person.name },
        { get: (r) => r.person.aliases, penalty: 0.02 },
        { get: (r) => r.roles, penalty: 0.1 },
        { get: (r) => r.organizations.flatMap((o) => [o.name, ...o.aliases]), penalty: 0.1 },
      ]),
    [rows],
  );

  // The controls follow the URL at once; the (possibly long) list follows when the browser is idle.
  const current = useMemo(() => parsePeopleParams(searchParams, vocabulary), [searchParams, vocabulary]);
  const deferredSearch = useDeferredValue(searchParams.toString());
  const shownParams = useMemo(() => parsePeopleParams(new URLSearchParams(deferredSearch), vocabulary), [deferredSearch, vocabulary]);
  const entries = useMemo(() => selectPeople(rows, shownParams, index), [rows, shownParams, index]);
  const firstIndex = useMemo(() => firstIndexByInitial(entries), [entries]);
  const narrowed = Boolean(shownParams.org || shownParams.role || shownParams.from || shownParams.to);
  const stale = deferredSearch !== searchParams.toString();

  const [text, setText] = useUrlText(current.q);
  const listHandle = useRef<VirtualListHandle>(null);

  const update = (next: URLSearchParams, replace = false) => setSearchParams(next, { replace, preventScrollReset: true });
  const setParam = (key: string, value: string | null, replace = false) => update(withParam(searchParams, key, value), replace);
  const clearFilters = () => {
    let next = new URLSearchParams(searchParams);
    for (const key of FILTER_KEYS) next = withParam(next, key, null);
    if (next.get('sort') === 'match') next.delete('sort');
    setText('');
    update(next);
  };

  const orgOptions = useLazyOptions(organizations.length);
  const roleOptionsShown = useLazyOptions(roles.length);
  const orgChoices = organizations.some((o) => o.organization.id === current.org) || !current.org ? organizations : [{ organization: data.organizationsById.get(current.org)!, people: 0 }, ...organizations];

  return (
    <section>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">People</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="result-count" aria-live="polite">
          {entries.length === rows.length ? `All ${plural(rows.length, 'person', 'people')}` : `Showing ${entries.length} of ${plural(rows.length, 'person', 'people')}`}
        </p>
      </div>

      <ParamNotes notes={current.notes} />

      <form role="search" aria-label="Filter people" className="mt-3 grid grid-cols-2 gap-3 lg:grid-cols-7" onSubmit={(e) => e.preventDefault()}>
        <DirectoryFindInput
          id="people-q"
          label="Find by name, role or organization"
          text={text}
          onText={(value) => {
            setText(value);
            update(withSearchText(searchParams, value), true);
          }}
        />
        <DirectorySortSelect id="people-sort" sort={current.sort} q={current.q} onSort={(sort) => update(withSort(searchParams, sort, current.q))} />
        <div className="col-span-2 sm:col-span-1">
          <label htmlFor="people-org" className={labelClass}>
            Organization
          </label>
          <select id="people-org" className={inputClass} value={current.org ?? ''} onChange={(e) => setParam('org', e.target.value || null)} {...orgOptions.props}>
            <option value="">Any organization</option>
            {(orgOptions.all ? orgChoices : orgChoices.filter((o) => o.organization.id === current.org)).map(({ organization, people }) => (
              <option key={organization.id} value={organization.id}>
                {organization.name}
                {organization.kind === 'country' ? ' (country)' : ''} ({people})
              </option>
            ))}
          </select>
        </div>
        <div className="col-span-2 sm:col-span-1">
          <label htmlFor="people-role" className={labelClass}>
            Role
          </label>
          <select id="people-role" className={inputClass} value={current.role ?? ''} onChange={(e) => setParam('role', e.target.value || null)} {...roleOptionsShown.props}>
            <option value="">Any role</option>
            {(roleOptionsShown.all ? roles : roles.filter((r) => r.role === current.role)).map(({ role, people }) => (
              <option key={role} value={role}>
                {role} ({people})
              </option>
            ))}
          </select>
        </div>
        <DateRangeInputs idPrefix="people" range={current} onChange={(range) => update(withDateRange(searchParams, range))} labelClassName={labelClass} inputClassName={inputClass} />
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
        <EmptyResult message={rows.length === 0 ? 'No people in the reports yet.' : 'Nobody matches these filters.'} filtered={hasFilters(shownParams)} query={shownParams.q ?? null} onClear={clearFilters} buttonClassName={buttonClass} />
      ) : (
        <div className={stale ? 'opacity-70 transition-opacity' : undefined}>
          <VirtualList
            items={entries}
            getKey={(entry) => entry.row.person.id}
            renderItem={(entry) => <PersonListItem entry={entry} narrowed={narrowed} />}
            rowHeight={DIRECTORY_ROW_HEIGHT}
            label="People"
            testId="people-list"
            className="mt-2"
            handle={listHandle}
          />
        </div>
      )}
    </section>
  );
}
