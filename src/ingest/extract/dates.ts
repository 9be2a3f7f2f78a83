/**
 * Dates in prose. Month names and ISO formatting are shared with the metadata stage; event dates
 * resolve relative expressions ("on Monday", "July 3-4 of this year") against the publication date
 * with chrono-node.
 */
// The English locale alone: the package root also loads fifteen other locales, about a second
// and a half of start-up under tsx for parsers this module never calls.
import * as chrono from 'chrono-node/en';
import type { Span } from '../types';
import { matchesOf } from '../regex';

export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
] as const;

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** A word that starts a date: a number, a month or a weekday ("3", "June", "Monday"). */
export function opensDate(word: string): boolean {
  const l = word.toLowerCase().replace(/[.,]$/, '');
  return /^\d/.test(l) || (MONTHS as readonly string[]).includes(l) || (WEEKDAYS as readonly string[]).includes(l);
}

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
  return dayOf(d);
}

/**
 * `d.toISOString().slice(0, 10)`, written out for years 0–9999: cutting the ISO string was most of
 * the time spent in {@link iso} and {@link addDays}. Other years keep the ISO form with its sign.
 */
function dayOf(d: Date): string {
  const y = d.getUTCFullYear();
  if (y < 0 || y > 9999) return d.toISOString().slice(0, 10);
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${day < 10 ? '0' : ''}${day}`;
}

const PLAIN_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function addDays(isoDate: string, days: number): string {
  // A real calendar day from year 100 on (every date ingest makes) is read by its numbers, not
  // parsed as a date string (the costlier part); `Date.UTC` gives it the same time value.
  if (PLAIN_DAY.test(isoDate)) {
    const y = Number(isoDate.slice(0, 4));
    const m = Number(isoDate.slice(5, 7)) - 1;
    const day = Number(isoDate.slice(8, 10));
    const d = new Date(Date.UTC(y, m, day));
    if (y >= 100 && d.getUTCMonth() === m && d.getUTCDate() === day) {
      d.setUTCDate(day + days);
      return dayOf(d);
    }
  }
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
  String.raw`\b(?:${MONTH_CAPS})\b|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:[Yy]esterday|[Tt]oday|[Tt]omorrow|last night|last evening)\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b`,
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
  for (const m of matchesOf(YEARS, text)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0]).map(([y]) => y);
}

interface RawDate {
  index: number;
  text: string;
  /** null when the text gives no year. */
  y: number | null;
  m: number;
  d: number;
  wd: number | null;
  end: { y: number | null; m: number; d: number } | null;
}

const WD = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+';
/** Month names as written in prose; abbreviations in capitals only before a day ("NOV 26", not "the 33rd APR"). */
const MON = `(${MONTH_RE}|${MONTHS.map((m) => m.toUpperCase()).join('|')})\\.?`;
const MON_BEFORE_DAY = `(${MONTH_CAPS})\\.?`;
const DAY = '([0-3]?\\d)(?:st|nd|rd|th|ST|ND|RD|TH)?\\b';
const RANGE = '\\s*(?:-|–|—|to|and|&)\\s*';
/** "Wednesday, 26th April 2017", "3-4 July 2024", "the 5th of May", "30 June – 2 July 2024". */
const DAY_MONTH = new RegExp(
  `(?:${WD})?(?:the\\s+)?${DAY}(?:${RANGE}(?:the\\s+)?${DAY})?\\s+(?:of\\s+)?${MON}(?:${RANGE}${DAY}\\s+${MON})?(?:,?\\s+(\\d{4})\\b)?`,
  'g',
);
/** "July 3-4, 2024", "Sept. 8, 2022", "June 30 – July 2, 2024". */
const MONTH_DAY = new RegExp(`(?:${WD})?${MON_BEFORE_DAY}\\s+${DAY}(?:${RANGE}(?:${MON}\\s+)?${DAY})?(?:,?\\s+(\\d{4})\\b)?`, 'g');
const NUMERIC = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b/g;
/**
 * "yesterday" (or "last night"), "today", "tomorrow"; capitalised only where a sentence or a line starts: inside a
 * sentence a capital makes it part of a name ("Pakistan Today", a talk titled "The Arctic Today").
 */
const RELATIVE = /\b(?:yesterday|today|tomorrow|last night|last evening)\b|(?:^|(?<=\n))(?:Yesterday|Today|Tomorrow)\b/g;
const WD_INDEX: Record<string, number> = { Sunday: 0, Monday: 1, Tuesday: 2, Wednesday: 3, Thursday: 4, Friday: 5, Saturday: 6 };

function num(s: string | undefined): number | null {
  return s === undefined ? null : Number(s);
}

/** Calendar dates by the project's own grammar (fast, deterministic, no clock). */
export function grammarDates(part: string, ref: string | null): RawDate[] {
  const out: RawDate[] = [];
  for (const m of matchesOf(DAY_MONTH, part)) {
    const [, wd, d1, d2, mon1, d3, mon2, year] = m;
    const y = num(year);
    const m1 = monthIndex(mon1!);
    if (mon2 && d3) out.push({ index: m.index!, text: m[0], y, m: m1, d: Number(d1), wd: wd ? WD_INDEX[wd]! : null, end: { y, m: monthIndex(mon2), d: Number(d3) } });
    else out.push({ index: m.index!, text: m[0], y, m: m1, d: Number(d1), wd: wd ? WD_INDEX[wd]! : null, end: d2 ? { y, m: m1, d: Number(d2) } : null });
  }
  for (const m of matchesOf(MONTH_DAY, part)) {
    if (out.some((o) => m.index! < o.index + o.text.length && o.index < m.index! + m[0].length)) continue;
    const [, wd, mon1, d1, mon2, d2, year] = m;
    const y = num(year);
    const m1 = monthIndex(mon1!);
    out.push({ index: m.index!, text: m[0], y, m: m1, d: Number(d1), wd: wd ? WD_INDEX[wd]! : null, end: d2 ? { y, m: mon2 ? monthIndex(mon2) : m1, d: Number(d2) } : null });
  }
  for (const m of matchesOf(NUMERIC, part)) {
    if (m[1]) out.push({ index: m.index!, text: m[0], y: Number(m[3]), m: Number(m[2]) - 1, d: Number(m[1]), wd: null, end: null });
    else out.push({ index: m.index!, text: m[0], y: Number(m[4]), m: Number(m[5]) - 1, d: Number(m[6]), wd: null, end: null });
  }
  if (ref) {
    for (const m of matchesOf(RELATIVE, part)) {
      const k = m[0].toLowerCase();
      const d = addDays(ref, k === 'tomorrow' ? 1 : k === 'today' ? 0 : -1);
      out.push({ index: m.index!, text: m[0], y: Number(d.slice(0, 4)), m: Number(d.slice(5, 7)) - 1, d: Number(d.slice(8, 10)), wd: null, end: null });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

function chronoDates(part: string, ref: string | null): RawDate[] {
  const refDate = ref ? new Date(`${ref}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
  let results: chrono.ParsedResult[];
  try {
    results = chrono.parse(part, { instant: refDate, timezone: 0 }, { forwardDate: false });
  } catch {
    return [];
  }
  const out: RawDate[] = [];
  for (const r of results) {
    if (!r.start.isCertain('day') || !r.start.isCertain('month') || TIME_ONLY.test(r.text)) continue;
    const yearWritten = r.start.isCertain('year') && (HAS_YEAR.test(r.text) || Boolean(ref));
    const end = r.end && r.end.isCertain('day') ? { y: r.end.isCertain('year') && HAS_YEAR.test(r.text) ? r.end.get('year')! : null, m: r.end.get('month')! - 1, d: r.end.get('day')! } : null;
    const wd = r.start.isCertain('weekday') ? (r.start.get('weekday') ?? null) : null;
    out.push({ index: r.index, text: r.text, y: yearWritten ? r.start.get('year')! : null, m: r.start.get('month')! - 1, d: r.start.get('day')!, wd, end });
  }
  return out;
}

/** The year that puts month/day closest to the reference date (a report speaks of recent days). */
function closestYear(m: number, d: number, ref: string): number {
  const y = Number(ref.slice(0, 4));
  const t = Date.parse(`${ref}T00:00:00Z`);
  let best = y;
  let bestDist = Infinity;
  for (const c of [y - 1, y, y + 1]) {
    const x = iso(c, m, d);
    if (!x) continue;
    const dist = Math.abs(Date.parse(`${x}T00:00:00Z`) - t);
    if (dist < bestDist) {
      best = c;
      bestDist = dist;
    }
  }
  return best;
}

/**
 * Explicit calendar dates in a span (day precision), resolved against `ref` (the publication
 * date). Without `ref`, only dates with a year are kept, or a weekday + day + month whose year the
 * weekday settles among `anchorYears`: output never depends on the clock.
 */
export function datesIn(text: string, span: Span, ref: string | null, anchorYears: number[] = []): DateHit[] {
  // Event finding asks about the same sentences several times: remember the answers for the
  // current text (copies are handed out, so callers may change what they get).
  if (text !== memo.text) {
    memo.text = text;
    memo.hits.clear();
  }
  const key = `${span.start}:${span.end}:${ref ?? ''}:${anchorYears.join(',')}`;
  let hits = memo.hits.get(key);
  if (!hits) {
    hits = computeDatesIn(text, span, ref, anchorYears);
    memo.hits.set(key, hits);
  }
  return hits.map((h) => ({ ...h, span: { ...h.span } }));
}
const memo: { text: string | null; hits: Map<string, DateHit[]> } = { text: null, hits: new Map() };

function computeDatesIn(text: string, span: Span, ref: string | null, anchorYears: number[]): DateHit[] {
  const part = text.slice(span.start, span.end);
  if (!MAY_HOLD_DATE.test(part)) return [];
  const out: DateHit[] = [];
  let raws = grammarDates(part, ref);
  // chrono-node only for what the grammar does not read (a month next to a number it could not parse).
  if (!raws.length && MAY_HOLD_DAY.test(part)) raws = chronoDates(part, ref);
  const refYear = ref ? Number(ref.slice(0, 4)) : null;
  for (const r of raws) {
    let y = r.y;
    const after = part.slice(r.index + r.text.length, r.index + r.text.length + 20);
    let implied = false;
    if (y === null) {
      if (ref && THIS_YEAR.test(after)) y = refYear;
      else if (ref) {
        y = closestYear(r.m, r.d, ref);
        implied = true;
      } else {
        // No reference: a weekday named with the date settles the year among the text's years.
        y = r.wd !== null ? yearByWeekday(r.m, r.d, r.wd, anchorYears) : null;
        if (y === null) continue;
      }
    }
    const d = iso(y!, r.m, r.d);
    if (!d) continue;
    let e: string | null = null;
    if (r.end) e = iso(r.end.y ?? y! + (r.end.m < r.m ? 1 : 0), r.end.m, r.end.d);
    out.push({ date: d, endDate: e && e > d ? e : null, span: { start: span.start + r.index, end: span.start + r.index + r.text.length }, implied });
  }
  // Weekdays: the latest such day on or before publication ("on Wednesday" in a news report).
  if (ref) {
    for (const m of matchesOf(WEEKDAY, part)) {
      const start = span.start + m.index!;
      if (out.some((o) => o.span.start <= start && start < o.span.end + 3)) continue;
      const want = WEEKDAY_NAMES.indexOf(m[1]!.toLowerCase());
      const back = (weekdayOf(ref) - want + 7) % 7;
      out.push({ date: addDays(ref, -back), endDate: null, span: { start, end: start + m[0].length }, implied: true });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
