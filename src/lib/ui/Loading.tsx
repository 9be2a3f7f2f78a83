export function Loading({ label = 'Loading events…' }: { label?: string }) {
  return (
    <div role="status" aria-live="polite" className="flex items-center gap-2 py-8 text-slate-600 dark:text-slate-300">
      <span className="inline-block h-4 w-4 animate-spin rounded-full border-2 border-slate-300 border-t-sky-600" aria-hidden="true" />
      {label}
    </div>
  );
}
