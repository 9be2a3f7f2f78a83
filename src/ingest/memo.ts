/**
 * Caches a pure function of one string. The cache is bounded (cleared when full) so a long run over
 * a large corpus never keeps every word it has seen.
 */
export function memoizeString<T>(compute: (key: string) => T, maxEntries = 200_000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= maxEntries) cache.clear();
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}
