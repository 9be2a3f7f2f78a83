/**
 * Dates in prose. Month names and ISO formatting are shared with the metadata stage; event dates
 * resolve relative expressions ("on Monday", "July 3-4 of this year") against the publication date
 * with chrono-node.
 */
import * as chrono from 'chrono-node';
import type { Span } from '../types';

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


export interface DateHit {
  date: string;
  endDate: string | null;
  span: Span;
  /** True when the year had to be assumed. */
  implied: boolean;
}

/** Cheap test for text that may hold a date: month names, weekdays, relative days, numeric dates. */
const MONTH_CAPS = `${MONTH_RE}|${MONTH_RE.toUpperCase()}`;
const MAY_HOLD_DATE = new RegExp(
  String.raw`\b(?:${MONTH_CAPS})\b|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:[Yy]esterday|[Tt]oday|[Tt]omorrow)\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b`,
);
/** A calendar date with a day number (what a referenced event needs). */
const MAY_HOLD_DAY = new RegExp(String.raw`\d.{0,12}\b(?:${MONTH_CAPS})\b|\b(?:${MONTH_CAPS})\b.{0,12}\d|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b`);
const WEEKDAY = /\b(?:on\s+|last\s+|this\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;
const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const THIS_YEAR = /^[\s,]*(?:of\s+)?this\s+year\b/i;
const YEARS = /\b(19[5-9]\d|20\d\d)\b/g;
const TIME_ONLY = /^\d{1,2}:\d{2}/;
const HAS_YEAR = /\b\d{4}\b/;

export function mayHoldDate(s: string): boolean {
  return MAY_HOLD_DATE.test(s);
}

/** True when `s` may hold a calendar date with a day number ("3 July", "July 3-4", "03.07.2024"). */
export function mayHoldDay(s: string): boolean {
  return MAY_HOLD_DAY.test(s);
}

function weekdayOf(isoDate: string): number {
  return new Date(`${isoDate}T00:00:00Z`).getUTCDay();
}

/**
 * The year in which `month`/`day` falls on `weekday`, among the years the document names (closest
 * first), when no reference date is known: "Wednesday, 26th April" in a report of 2017.
 */
export function yearByWeekday(month: number, day: number, weekday: number, anchors: number[]): number | null {
  const tried = new Set<number>();
  for (const a of anchors) {
    for (const y of [a, a - 1, a + 1]) {
      if (tried.has(y)) continue;
      tried.add(y);
      const d = iso(y, month, day);
      if (d && weekdayOf(d) === weekday) return y;
    }
  }
  return null;
}

/** Years named in a text, most frequent first (ties: latest). */
export function yearsIn(text: string): number[] {
  const counts = new Map<number, number>();
  for (const m of text.matchAll(YEARS)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0]).map(([y]) => y);
}

/**
 * Explicit calendar dates in a span (day precision), resolved against `ref` (the publication
 * date). Without `ref`, only dates with a year are kept, or a weekday + day + month whose year the
 * weekday settles among `anchorYears`: output never depends on the clock.
 */
export function datesIn(text: string, span: Span, ref: string | null, anchorYears: number[] = []): DateHit[] {
  const part = text.slice(span.start, span.end);
  if (!MAY_HOLD_DATE.test(part)) return [];
  const refDate = ref ? new Date(`${ref}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
  const out: DateHit[] = [];
  let results: chrono.ParsedResult[];
  try {
    results = chrono.en.parse(part, { instant: refDate, timezone: 0 }, { forwardDate: false });
  } catch {
    results = [];
  }
  for (const r of results) {
    if (!r.start.isCertain('day') || !r.start.isCertain('month')) continue;
    if (TIME_ONLY.test(r.text)) continue;
    let y = r.start.get('year')!;
    const yearCertain = r.start.isCertain('year') && (HAS_YEAR.test(r.text) || Boolean(ref));
    const month = r.start.get('month')! - 1;
    const day = r.start.get('day')!;
    const after = part.slice(r.index + r.text.length, r.index + r.text.length + 20);
    if (!yearCertain) {
      if (ref && THIS_YEAR.test(after)) y = Number(ref.slice(0, 4));
      else if (!ref) {
        // No reference: a weekday named with the date settles the year among the text's years.
        const wd = r.start.isCertain('weekday') ? r.start.get('weekday') : null;
        const byWd = wd !== null && wd !== undefined ? yearByWeekday(month, day, wd, anchorYears) : null;
        if (byWd === null) continue;
        y = byWd;
      }
    }
    const d = iso(y, month, day);
    if (!d) continue;
    let e: string | null = null;
    if (r.end && r.end.isCertain('day')) {
      const ey = r.end.isCertain('year') ? r.end.get('year')! : y + (r.end.get('month')! - 1 < month ? 1 : 0);
      e = iso(ey, r.end.get('month')! - 1, r.end.get('day')!);
    }
    out.push({
      date: d,
      endDate: e && e > d ? e : null,
      span: { start: span.start + r.index, end: span.start + r.index + r.text.length },
      implied: !yearCertain && !(ref && THIS_YEAR.test(after)),
    });
  }
  // Weekdays: the latest such day on or before publication ("on Wednesday" in a news report).
  if (ref) {
    for (const m of part.matchAll(WEEKDAY)) {
      const start = span.start + m.index!;
      if (out.some((o) => o.span.start <= start && start < o.span.end + 3)) continue;
      const want = WEEKDAY_NAMES.indexOf(m[1]!.toLowerCase());
      const back = (weekdayOf(ref) - want + 7) % 7;
      out.push({ date: addDays(ref, -back), endDate: null, span: { start, end: start + m[0].length }, implied: true });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
