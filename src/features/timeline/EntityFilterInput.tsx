import type Fuse from 'fuse.js';
import { useEffect, useId, useState } from 'react';

export interface EntityOption {
  kind: 'person' | 'organization';
  id: string;
  name: string;
  aliases: string[];
}

/** Type a person or organization (typos forgiven) and pick one to add it as a filter. */
export function EntityFilterInput({ options, onPick }: { options: EntityOption[]; onPick: (option: EntityOption) => void }) {
  const [query, setQuery] = useState('');
  const inputId = useId();
  // Fuse (and its index over every name) is loaded and built on the first query, not with the page.
  const wanted = query.trim().length >= 2;
  const [fuse, setFuse] = useState<{ options: EntityOption[]; fuse: Fuse<EntityOption> } | null>(null);
  const current = fuse?.options === options ? fuse.fuse : null;
  useEffect(() => {
    if (!wanted || current) return;
    let cancelled = false;
    void import('fuse.js').then(({ default: FuseClass }) => {
      if (!cancelled) setFuse({ options, fuse: new FuseClass(options, { keys: ['name', 'aliases'], threshold: 0.35, ignoreLocation: true }) });
    });
    return () => {
      cancelled = true;
    };
  }, [wanted, current, options]);
  const suggestions = wanted && current ? current.search(query.slice(0, 100), { limit: 8 }).map((r) => r.item) : [];
  return (
    <div className="relative">
      <label htmlFor={inputId} className="block text-xs font-medium text-slate-700 dark:text-slate-300">
        Person or organization
      </label>
      <input
        id={inputId}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder="e.g. ISSI"
        autoComplete="off"
        className="mt-0.5 w-48 rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900"
      />
      {suggestions.length > 0 && (
        <ul className="absolute z-20 mt-1 w-72 rounded border border-slate-300 bg-white shadow-lg dark:border-slate-600 dark:bg-slate-900">
          {suggestions.map((option) => (
            <li key={`${option.kind}:${option.id}`}>
              <button
                type="button"
                className="block w-full px-2 py-1 text-left text-sm hover:bg-slate-100 dark:hover:bg-slate-800"
                onClick={() => {
                  onPick(option);
                  setQuery('');
                }}
              >
                {option.name} <span className="text-xs text-slate-600 dark:text-slate-400">{option.kind}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
