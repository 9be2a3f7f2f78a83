/**
 * The date range of the URL (`?from=YYYY-MM-DD&to=YYYY-MM-DD`), validated: a bad value is dropped
 * and reported, so a hand-edited or stale link never crashes a page.
 */
import { isIsoDate } from '../../model/isoDate';
import type { ExplorerEvent } from '../../model/schema';

export interface DateRange {
  from: string | null;
  to: string | null;
}

export interface ParsedDateRange extends DateRange {
  /** Human-readable notes about ignored parameters. */
  notes: string[];
}

function readDate(params: URLSearchParams, name: 'from' | 'to', notes: string[]): string | null {
  const value = params.get(name);
  if (value === null || value === '') return null;
  if (isIsoDate(value)) return value;
  notes.push(`Ignored “${name}=${value.slice(0, 40)}”: not a valid YYYY-MM-DD date.`);
  return null;
}

export function parseDateRange(params: URLSearchParams): ParsedDateRange {
  const notes: string[] = [];
  let from = readDate(params, 'from', notes);
  let to = readDate(params, 'to', notes);
  if (from && to && from > to) {
    notes.push(`The range was reversed (${from} is after ${to}); showing ${to} to ${from}.`);
    [from, to] = [to, from];
  }
  return { from, to, notes };
}

/** Writes the range into a copy of the params, removing empty ends. */
export function withDateRange(params: URLSearchParams, range: DateRange): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of ['from', 'to'] as const) {
    const value = range[key];
    if (value) next.set(key, value);
    else next.delete(key);
  }
  return next;
}

/** An event overlaps the range (multi-day events count when any day is inside). Undated events fall outside any bounded range. */
export function eventInRange(event: Pick<ExplorerEvent, 'date' | 'endDate'>, range: DateRange): boolean {
  if (!range.from && !range.to) return true;
  if (!event.date) return false;
  const end = event.endDate ?? event.date;
  if (range.from && end < range.from) return false;
  if (range.to && event.date > range.to) return false;
  return true;
}
