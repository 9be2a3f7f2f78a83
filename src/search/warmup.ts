/**
 * Warm-up queries for a freshly loaded index. A JavaScript engine runs new code slowly until it
 * has seen it often enough to optimize it: without a warm-up the first few dozen searches a user
 * types take several times longer than later ones. The host runs these in idle time, off the
 * main thread, before any real query needs the engine.
 */

/** How many warm-up queries; about 200 ms of worker time at 10,000 events. */
export const WARMUP_QUERIES = 60;

/**
 * Queries of the shapes users type, made from the index's own words so every code path does
 * real work: whole words, words being typed (prefixes), misspellings (two letters swapped, one
 * letter dropped) and two- and three-word queries. Deterministic for a given vocabulary.
 */
export function warmupQueries(vocab: readonly string[], count = WARMUP_QUERIES): string[] {
  const words = vocab.filter((w) => w.length >= 5 && /^\p{L}+$/u.test(w));
  if (words.length === 0) return [];
  const pick = (i: number) => words[Math.floor(((i * 0.6180339887) % 1) * words.length)]!;
  const out: string[] = [];
  for (let i = 0; out.length < count; i++) {
    const a = pick(3 * i + 1);
    const b = pick(3 * i + 2);
    const c = pick(3 * i + 3);
    switch (i % 5) {
      case 0:
        out.push(a);
        break;
      case 1:
        out.push(a.slice(0, Math.max(2, a.length - 3)));
        break;
      case 2:
        out.push(`${a.slice(0, 1)}${a[2]}${a[1]}${a.slice(3)} ${b}`);
        break;
      case 3:
        out.push(`${a} ${b.slice(0, 2)}${b.slice(3)}`);
        break;
      default:
        out.push(`${a} ${b} ${c}`);
    }
  }
  return out;
}
