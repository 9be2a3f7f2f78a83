import { memo, useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { usePaintedValue } from '../../lib/ui/usePaintedValue';
import { HitDetail, HitTitle } from './HitContent';
import { GROUP_LABELS, searchHref } from './links';
import { firstOptions, groupOptions, type Option } from './popupOptions';
import { useSearchResults } from './useSearchResults';

/** Hits per group in the popup. */
const POPUP_LIMIT = 5;
/**
 * Options rendered with the answer itself, about what the popup shows at once; the rest follow
 * once that frame is painted. Creating all ~20 rows took a third of the keystroke-to-results time.
 */
const FIRST_PASS_OPTIONS = 10;

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable;
}

/**
 * The header search box: a WAI-ARIA combobox with a grouped listbox popup. `/` or Ctrl/Cmd+K
 * focus it (unless typing elsewhere); arrows move, Enter opens, Escape closes.
 */
export function SearchBox() {
  const navigate = useNavigate();
  const base = useId();
  const inputId = `${base}-input`;
  const listboxId = `${base}-listbox`;
  const inputRef = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');
  const [open, setOpen] = useState(false);
  // The active option by element id: the second pass adds options, which would shift an index.
  const [activeId, setActiveId] = useState<string | null>(null);
  const { results, status, error, pending } = useSearchResults(value, POPUP_LIMIT, undefined, 'box');

  // Built from the results alone, so a keystroke re-renders none of the options still shown while
  // its own results are on their way.
  const shownResults = value.trim() ? results : null;
  const allGroups = useMemo(() => (shownResults ? groupOptions(shownResults, base) : []), [shownResults, base]);
  const hitCount = allGroups.reduce((n, g) => n + g.options.length, 0);
  // A second pass (a render once the first is painted) only for an answer longer than the first.
  const long = hitCount > FIRST_PASS_OPTIONS;
  const painted = usePaintedValue(long ? allGroups : null) === allGroups;
  const groups = useMemo(() => (long && !painted ? firstOptions(allGroups, FIRST_PASS_OPTIONS) : allGroups), [allGroups, long, painted]);
  const seeAll: Option | null = value.trim() ? { domId: `${base}-opt-all`, href: searchHref(value), hit: null } : null;
  // Its label names the query the shown hits answer, so the popup changes once per answer rather
  // than on every keystroke: a keystroke then repaints the input alone, which leaves the search
  // worker more of a small machine (p95 keystroke → results about 2 ms less on 2 cores, within a
  // wide spread between runs). The link itself is always the typed query.
  const seeAllLabel = shownResults?.query ?? value;
  const options = [...groups.flatMap((g) => g.options), ...(seeAll ? [seeAll] : [])];
  const expanded = open && value.trim() !== '';
  const active = activeId === null ? -1 : options.findIndex((o) => o.domId === activeId);
  const activeOption = expanded && active >= 0 ? options[active] : undefined;
  const activeDomId = activeOption?.domId;
  const setActive = (index: number) => setActiveId(options[index]?.domId ?? null);

  // Global shortcuts: "/" and Ctrl/Cmd+K, not while typing in another field.
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey) return;
      const slash = e.key === '/' && !e.ctrlKey && !e.metaKey;
      const ctrlK = (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k';
      if (!slash && !ctrlK) return;
      if (e.target === inputRef.current || isEditable(e.target)) return;
      e.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Keep the active option visible.
  useEffect(() => {
    if (activeDomId) document.getElementById(activeDomId)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeDomId]);

  const go = useCallback(
    (href: string) => {
      setOpen(false);
      setActiveId(null);
      if (!href.startsWith('/search')) setValue('');
      inputRef.current?.blur();
      void navigate(href);
    },
    [navigate],
  );

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!expanded) {
          setOpen(true);
          setActive(options.length > 0 ? 0 : -1);
        } else if (options.length > 0) setActive((active + 1) % options.length);
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (!expanded) {
          setOpen(true);
          setActive(options.length - 1);
        } else if (options.length > 0) setActive(active <= 0 ? options.length - 1 : active - 1);
        break;
      case 'Enter':
        if (e.nativeEvent.isComposing) return;
        e.preventDefault();
        if (activeOption) go(activeOption.href);
        else if (value.trim()) go(searchHref(value));
        break;
      case 'Escape':
        e.preventDefault();
        if (expanded) {
          setOpen(false);
          setActiveId(null);
        } else setValue('');
        break;
      case 'Tab':
        setOpen(false);
        break;
    }
  };

  let message: string | null = null;
  if (expanded) {
    if (error) message = `Search is unavailable: ${error}`;
    else if (status === 'loading' || (!results && pending)) message = 'Loading search…';
    // While the next answer is on its way the last one stays (no "No matches." flicker as one types).
    else if (results && hitCount === 0) message = 'No matches.';
  }
  const announcement = !expanded
    ? ''
    : message ?? (results ? `${hitCount} ${hitCount === 1 ? 'result' : 'results'} available.` : '');

  return (
    <div className="relative">
      <label htmlFor={inputId} className="sr-only">
        Search events, people, organizations and reports
      </label>
      <input
        ref={inputRef}
        id={inputId}
        type="text"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-autocomplete="list"
        aria-activedescendant={activeDomId}
        aria-keyshortcuts="/ Control+K Meta+K"
        autoComplete="off"
        spellCheck={false}
        maxLength={1000}
        placeholder="Search…  ( / )"
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          setOpen(true);
          setActiveId(null);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        className="w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-900 placeholder:text-slate-500 focus:border-sky-600 focus:outline-none focus:ring-2 focus:ring-sky-600/40 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400"
      />
      <div
        id={listboxId}
        role="listbox"
        aria-label="Search suggestions"
        // The query the shown results answer (tests and benchmarks wait for it).
        data-query={shownResults?.query}
        hidden={!expanded}
        // Keep focus in the input while clicking options.
        onMouseDown={(e) => e.preventDefault()}
        // A layer of its own (will-change): a new answer repaints the popup alone, not the page
        // under it and its shadow; measured about a third less raster work per keystroke.
        className="absolute right-0 z-40 mt-1 max-h-[70vh] w-full min-w-[18rem] overflow-y-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg will-change-transform sm:w-[32rem] dark:border-slate-700 dark:bg-slate-900"
      >
        {message && <div className="px-3 py-2 text-slate-600 dark:text-slate-400">{message}</div>}
        {groups.map(({ group, options: opts }) => {
          const labelId = `${base}-group-${group}`;
          return (
            <div key={group} role="group" aria-labelledby={labelId}>
              <div
                id={labelId}
                role="presentation"
                className="px-3 pb-1 pt-2 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400"
              >
                {GROUP_LABELS[group]}
              </div>
              {opts.map((o) => (
                <OptionRow key={o.domId} option={o} active={o === activeOption} onPick={go} />
              ))}
            </div>
          );
        })}
        {seeAll && (
          <div
            id={seeAll.domId}
            role="option"
            aria-selected={seeAll === activeOption}
            onClick={() => go(seeAll.href)}
            className={`mt-1 cursor-pointer border-t border-slate-200 px-3 py-2 text-sky-800 dark:border-slate-700 dark:text-sky-300 ${
              seeAll === activeOption ? 'bg-sky-100 dark:bg-sky-900/60' : 'hover:bg-slate-100 dark:hover:bg-slate-800'
            }`}
          >
            See all results for “{seeAllLabel.length > 60 ? `${seeAllLabel.slice(0, 60)}…` : seeAllLabel}”
          </div>
        )}
      </div>
      <div role="status" aria-live="polite" className="sr-only">
        {announcement}
      </div>
    </div>
  );
}

/** One hit; memoized, since the box re-renders on every keystroke. */
const OptionRow = memo(function OptionRow({ option, active, onPick }: { option: Option; active: boolean; onPick: (href: string) => void }) {
  const hit = option.hit;
  if (!hit) return null;
  return (
    <div
      id={option.domId}
      role="option"
      aria-selected={active}
      onClick={() => onPick(option.href)}
      className={`cursor-pointer px-3 py-1.5 ${active ? 'bg-sky-100 dark:bg-sky-900/60' : 'hover:bg-slate-100 dark:hover:bg-slate-800'}`}
    >
      <div className="truncate font-medium text-slate-900 dark:text-slate-100">
        <HitTitle hit={hit} excerptSize={90} />
      </div>
      <div className="truncate text-xs text-slate-600 dark:text-slate-400">
        <HitDetail hit={hit} />
      </div>
    </div>
  );
});
