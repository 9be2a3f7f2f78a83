import { useExplorerData } from '../data/useExplorerData';
import { plural } from '../format';

/** A schema-invalid record is skipped, and the user sees how many were. */
export function SkippedRecordsNote() {
  const { skipped } = useExplorerData();
  if (skipped.length === 0) return null;
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
