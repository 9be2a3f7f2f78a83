import { Link } from 'react-router';

interface Props {
  message: string;
  /** Whether filters are set, so clearing them can help. */
  filtered: boolean;
  /** The text filter, offered as a search over all reports. */
  query: string | null;
  onClear: () => void;
  buttonClassName: string;
}

/** What a directory shows when nothing matches: says so and offers the ways out. */
export function EmptyResult({ message, filtered, query, onClear, buttonClassName }: Props) {
  return (
    <div className="mt-4 rounded border border-slate-200 p-4 dark:border-slate-800" data-testid="empty-result">
      <p>{message}</p>
      {filtered && (
        <p className="mt-2 flex flex-wrap gap-3">
          <button type="button" className={buttonClassName} onClick={onClear}>
            Clear filters
          </button>
          {query && (
            <Link to={`/search?q=${encodeURIComponent(query)}`} className="self-center text-sky-800 underline dark:text-sky-300">
              Search all reports for “{query}”
            </Link>
          )}
        </p>
      )}
    </div>
  );
}
