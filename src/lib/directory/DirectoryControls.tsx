/** The controls both directories share: the find box and the sort select, and their styling. */
import type { DirectorySort } from './sort';
import { MAX_QUERY_LENGTH, SORT_LABELS, sortChoices } from './params';

export const directoryClasses = {
  label: 'block text-sm font-medium text-slate-700 dark:text-slate-300',
  input: 'mt-0.5 w-full rounded border border-slate-400 bg-white px-2 py-1.5 text-sm text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100',
  button: 'rounded border border-slate-400 px-2 py-1 text-sm hover:bg-slate-100 dark:border-slate-500 dark:hover:bg-slate-800',
} as const;

/** The find-by-text box; `text` is what the user typed (see useUrlText), `onText` gets every change. */
export function DirectoryFindInput({ id, label, text, onText }: { id: string; label: string; text: string; onText: (text: string) => void }) {
  return (
    <div className="col-span-2">
      <label htmlFor={id} className={directoryClasses.label}>
        {label}
      </label>
      <input id={id} type="search" autoComplete="off" spellCheck={false} maxLength={MAX_QUERY_LENGTH} className={directoryClasses.input} value={text} onChange={(e) => onText(e.target.value)} />
    </div>
  );
}

/** The sort select; "Best match" is offered while there is a search text `q`. */
export function DirectorySortSelect({ id, sort, q, onSort }: { id: string; sort: DirectorySort; q: string; onSort: (sort: DirectorySort) => void }) {
  return (
    <div className="col-span-2 sm:col-span-1">
      <label htmlFor={id} className={directoryClasses.label}>
        Sort by
      </label>
      <select id={id} className={directoryClasses.input} value={sort} onChange={(e) => onSort(e.target.value as DirectorySort)}>
        {sortChoices(q).map((s) => (
          <option key={s} value={s}>
            {SORT_LABELS[s]}
          </option>
        ))}
      </select>
    </div>
  );
}
