/**
 * Dates in prose. Month names and ISO formatting are shared with the metadata stage; event dates
 * resolve relative expressions ("on Monday", "July 3-4 of this year") against the publication date
 * with chrono-node.
 */

export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
] as const;

/** Alternation of month names and their abbreviations (Sept, Sep, Oct). */
export const MONTH_RE =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';

export function monthIndex(name: string): number {
  const n = name.toLowerCase().replace(/\.$/, '');
  if (n === 'sept') return 8;
  return MONTHS.findIndex((m) => m.startsWith(n.slice(0, 3)) && m.startsWith(n));
}

/** `YYYY-MM-DD` of a calendar day (month 0-based), or null when it is not a real day. */
export function iso(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || month < 0 || month > 11 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month, day));
  if (d.getUTCMonth() !== month || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
