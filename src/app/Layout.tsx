import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Suspense } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { NavLink, Outlet, ScrollRestoration, useLocation, useNavigation } from 'react-router';
import { SearchBox } from '../features/search/SearchBox';
import { ErrorState } from '../lib/ui/ErrorState';
import { Loading } from '../lib/ui/Loading';
import { useDataCheck } from '../lib/data/useExplorerData';
import { plural } from '../lib/format';
import { ThemeToggle } from '../lib/ui/ThemeToggle';

const NAV = [
  { to: '/', label: 'Timeline', end: true },
  { to: '/people', label: 'People', end: false },
  { to: '/organizations', label: 'Organizations', end: false },
];

function navClass({ isActive }: { isActive: boolean }): string {
  const base = 'rounded px-2 py-1 text-sm font-medium hover:bg-slate-100 dark:hover:bg-slate-800';
  return isActive ? `${base} bg-slate-100 text-sky-800 dark:bg-slate-800 dark:text-sky-300` : base;
}

export function Layout() {
  const location = useLocation();
  // A page's code (and the timeline's first events) load before it replaces the current one.
  const navigating = useNavigation().state === 'loading';
  return (
    <div className="min-h-screen">
      {navigating && (
        <div role="progressbar" aria-label="Loading page" className="fixed inset-x-0 top-0 z-50 h-1 animate-pulse bg-sky-600" />
      )}
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2 dark:focus:bg-slate-900">
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-950">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-3 py-2">
          <NavLink to="/" className="text-lg font-bold tracking-tight text-slate-900 dark:text-white">
            Event Explorer
          </NavLink>
          <nav aria-label="Main" className="flex gap-1">
            {NAV.map((item) => (
              <NavLink key={item.to} to={item.to} end={item.end} className={navClass}>
                {item.label}
              </NavLink>
            ))}
          </nav>
          <div className="order-last w-full sm:order-none sm:ml-auto sm:w-80">
            <SearchBox />
          </div>
          <ThemeToggle />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-3 py-4" aria-busy={navigating}>
        <QueryErrorResetBoundary>
          {({ reset }) => (
            <ErrorBoundary onReset={reset} resetKeys={[location.pathname]} FallbackComponent={ErrorState}>
              <Suspense fallback={<Loading />}>
                <LoadedDataNotes />
                <Outlet />
              </Suspense>
            </ErrorBoundary>
          )}
        </QueryErrorResetBoundary>
      </main>
      <ScrollRestoration />
    </div>
  );
}

/**
 * A schema-invalid record is skipped, and the user sees how many were. The data is validated in a
 * worker after the first paint, so the note may appear a moment after the page.
 */
function LoadedDataNotes() {
  const skipped = useDataCheck();
  if (!skipped || skipped.length === 0) return null;
  return (
    <details className="mb-4 rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100" data-testid="skipped-records">
      <summary>{plural(skipped.length, 'invalid record')} skipped while loading the data</summary>
      <ul className="mt-1 list-disc pl-5">
        {skipped.slice(0, 20).map((s) => (
          <li key={`${s.file}:${s.index}`}>
            {s.file} #{s.index}
            {s.id ? ` (${s.id})` : ''}: {s.message}
          </li>
        ))}
      </ul>
    </details>
  );
}
