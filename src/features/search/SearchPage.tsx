import { useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { capitalize } from '../../lib/format';
import { parseDateRange, withDateRange } from '../../lib/filters/dateRange';
import { eventTypeSchema } from '../../model/schema';
import { EVENT_TYPES } from '../../model/vocabulary';
import { MAX_QUERY_CHARS } from '../../search/query';
import { RESULT_GROUPS } from '../../search/groups';
import type { SearchFilters } from '../../search/format';
import { HitDetail, HitTitle, type AnyHit } from './HitContent';
import { GROUP_LABELS, hitHref } from './links';
import { useSearchResults } from './useSearchResults';

/** Hits per group on the page. */
const PAGE_LIMIT = 50;

const inputClass =
  'rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900 focus:border-sky-600 focus:outline-none focus:ring-2 focus:ring-sky-600/40 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100';

function parseFilters(params: URLSearchParams): { filters: SearchFilters; notes: string[] } {
  const { from, to, notes } = parseDateRange(params);
  const filters: SearchFilters = {};
  if (from) filters.from = from;
  if (to) filters.to = to;
  const type = params.get('type');
  if (type) {
    if (eventTypeSchema.safeParse(type).success) filters.type = type;
    else notes.push(`Ignored “type=${type.slice(0, 40)}”: not a known event type.`);
  }
  return { filters, notes };
}

/** `/search?q=…&from=…&to=…&type=…`: every match, grouped, with date and event type filters. */
export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const { filters, notes } = parseFilters(params);
  const hasFilters = Boolean(filters.from || filters.to || filters.type);
  const { results, status, error, pending } = useSearchResults(q, PAGE_LIMIT, hasFilters ? filters : undefined, 'page');
  const ids = useId();

  const update = (fn: (next: URLSearchParams) => void) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      fn(next);
      return next;
    });
  const shownQuery = q.length > 80 ? `${q.slice(0, 80)}…` : q;
  const total = results ? RESULT_GROUPS.reduce((n, g) => n + results.totals[g], 0) : 0;

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold tracking-tight text-slate-900 dark:text-white">
        {q.trim() ? `Search: “${shownQuery}”` : 'Search'}
      </h1>

      <QueryForm key={q} initial={q} onSubmit={(value) => update((n) => (value.trim() ? n.set('q', value) : n.delete('q')))} />

      <fieldset className="flex flex-wrap items-end gap-3 text-sm">
        <legend className="sr-only">Filters</legend>
        <label className="flex flex-col gap-1 text-slate-700 dark:text-slate-300" htmlFor={`${ids}-from`}>
          From
          <input
            id={`${ids}-from`}
            type="date"
            className={inputClass}
            value={filters.from ?? ''}
            onChange={(e) => update((n) => setRange(n, { from: e.target.value || null, to: filters.to ?? null }))}
          />
        </label>
        <label className="flex flex-col gap-1 text-slate-700 dark:text-slate-300" htmlFor={`${ids}-to`}>
          To
          <input
            id={`${ids}-to`}
            type="date"
            className={inputClass}
            value={filters.to ?? ''}
            onChange={(e) => update((n) => setRange(n, { from: filters.from ?? null, to: e.target.value || null }))}
          />
        </label>
        <label className="flex flex-col gap-1 text-slate-700 dark:text-slate-300" htmlFor={`${ids}-type`}>
          Event type
          <select
            id={`${ids}-type`}
            className={inputClass}
            value={filters.type ?? ''}
            onChange={(e) => update((n) => (e.target.value ? n.set('type', e.target.value) : n.delete('type')))}
          >
            <option value="">Any type</option>
            {EVENT_TYPES.map((t) => (
              <option key={t} value={t}>
                {capitalize(t)}
              </option>
            ))}
          </select>
        </label>
        {(hasFilters || notes.length > 0) && (
          <button
            type="button"
            onClick={() => update((n) => ['from', 'to', 'type'].forEach((k) => n.delete(k)))}
            className="rounded-md border border-slate-300 px-3 py-1.5 text-slate-700 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800"
          >
            Clear filters
          </button>
        )}
      </fieldset>

      {notes.length > 0 && (
        <div role="note" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950/50 dark:text-amber-200">
          {notes.map((n, i) => (
            <p key={i}>{n}</p>
          ))}
        </div>
      )}
      {hasFilters && (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Filters apply to events; people, organizations and passages are kept when they belong to a matching event.
        </p>
      )}

      <div role="status" aria-live="polite" className="text-sm text-slate-700 dark:text-slate-300">
        {!q.trim()
          ? 'Type words to search events, people, organizations and report text. Typos are forgiven.'
          : error
            ? `Search is unavailable: ${error}`
            : status === 'loading' || (!results && pending)
              ? 'Searching…'
              : results
                ? `${total} ${total === 1 ? 'match' : 'matches'}${results.truncated ? ` (query shortened to its first ${MAX_QUERY_CHARS} characters and 8 words)` : ''}.`
                : ''}
      </div>

      {results && q.trim() && (
        <div className={`space-y-6 ${pending ? 'opacity-60' : ''}`}>
          {RESULT_GROUPS.map((g) => {
            const hits = results[g] as AnyHit[];
            if (hits.length === 0) return null;
            const headingId = `${ids}-${g}`;
            return (
              <section key={g} aria-labelledby={headingId}>
                <h2 id={headingId} className="mb-2 text-lg font-semibold text-slate-900 dark:text-slate-100">
                  {GROUP_LABELS[g]}{' '}
                  <span className="text-sm font-normal text-slate-500 dark:text-slate-400">
                    {results.totals[g] > hits.length ? `${hits.length} of ${results.totals[g]}` : hits.length}
                  </span>
                </h2>
                <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 dark:divide-slate-800 dark:border-slate-800" data-testid={`search-${g}`}>
                  {hits.map((hit) => (
                    <li key={hit.id} className="px-3 py-2">
                      <Link to={hitHref(hit, q)} className="font-medium text-sky-800 hover:underline dark:text-sky-300">
                        <HitTitle hit={hit} excerptSize={400} />
                      </Link>
                      <div className="text-sm text-slate-600 dark:text-slate-400">
                        <HitDetail hit={hit} />
                      </div>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      )}
    </div>
  );
}

function setRange(next: URLSearchParams, range: { from: string | null; to: string | null }) {
  const merged = withDateRange(next, range);
  for (const k of ['from', 'to']) {
    const v = merged.get(k);
    if (v) next.set(k, v);
    else next.delete(k);
  }
}

function QueryForm({ initial, onSubmit }: { initial: string; onSubmit: (value: string) => void }) {
  const [value, setValue] = useState(initial);
  const id = useId();
  return (
    <form
      role="search"
      className="flex gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(value);
      }}
    >
      <label htmlFor={id} className="sr-only">
        Search query
      </label>
      <input id={id} type="search" value={value} maxLength={1000} onChange={(e) => setValue(e.target.value)} className={`${inputClass} w-full max-w-xl`} />
      <button type="submit" className="rounded-md bg-sky-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-sky-800 dark:bg-sky-700 dark:hover:bg-sky-800">
        Search
      </button>
    </form>
  );
}
