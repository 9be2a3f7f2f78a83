/**
 * metadata: document title, publication date and source URL. The publication date is looked for,
 * in order of trust: the capture's ` date YYYY-MM-DD` prefix, a `Published …` line, a
 * `23.07.2024 09:11` stamp, a dateline (`ISLAMABAD, Oct 31 (APP):`, `Nur-Sultan, April 13, 2022 –`,
 * `Almaty, 20.06.2022.`, `20 June 2022, Almaty.`), a lone date line near the top.
 */
import { CAPTURE_DATE } from './clean';
import { iso, monthIndex, MONTH_RE, WEEKDAYS } from './extract/dates';
import { EVENT_NAME_HEADS } from './lexicon/events';
import { cityCountry, countryOf } from './lexicon/places';
import { holdsProse } from './letters';
import type { DocRecord, Span } from './types';
import { matchesOf } from './regex';

const STAMP = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\s+\d{1,2}:\d{2}\b/;
/** A date in figures: ISO ("2023-05-20"), or day first with dots or slashes ("20.05.2023", "20/05/2023"). */
const FIGURES_DATE = String.raw`(\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4})`;
/** The labels of a publication line. */
const PUBLICATION_LABEL = String.raw`(?:Published|Posted|Updated|Date)`;
const PUBLISHED = new RegExp(
  String.raw`\b${PUBLICATION_LABEL}(?:\s+in\s+[A-Z][^,\n]{1,60},)?\s*(?:on|:)?\s*:?\s*(?:(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH_RE})\.?,?\s+(\d{4})|(${MONTH_RE})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})|${FIGURES_DATE}\b)`,
  'i',
);
const FIGURES_DATE_AT = new RegExp(String.raw`(?<![\d./])${FIGURES_DATE}(?![\d./]\d)`);
/**
 * A short line of a page's stamps around a date in figures, with no sentence in it: "14.03.2024 |
 * 17:42 | Views: 1 284", "Brussels, 24.11.2023", "A. Author, B. Author |11.04.2025 - Update : …".
 */
function isStampLine(line: string): boolean {
  return line.length <= 100 && FIGURES_DATE_AT.test(line) && !holdsProse(line);
}
/** A date in figures alone on its line (a time may follow). */
const LONE_FIGURES_DATE = new RegExp(String.raw`^${FIGURES_DATE}(?:,?\s+\d{1,2}:\d{2})?\s*$`);
/**
 * A date on its own (or leading a line, or after a place or a byline): "July 4, 2011", "11 June
 * 2024", "18 May 2022, 18:49", "15 March 2023 - 14:20", "April 2, 2019 · Vienna", "Oslo, 3 May
 * 2023", "NUST, Islamabad – 10 March 2023", "Hanoi/Jakarta, Tuesday, 7 February 2023",
 * "Thursday 16 November 2023, 12:00 - 13:00 GMT",
 * "By Staff Reporter | June 3, 2023", "News | 15 March 2024", "Fri Dec 8, 2023 12:00 AM".
 */
const WEEKDAY_ABBREVIATIONS = 'Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun';
const LONE_DATE = new RegExp(
  String.raw`^(?:(?:[A-Z][A-Za-z.'/-]*(?: [A-Z][A-Za-z.'/-]*){0,3}(?:,\s+|\s+[–—-]\s+)){1,2}|By\s+[A-Z][\p{L}.' -]{1,60}?\s*[|·•–—,]\s*|[A-Z][\p{L} ]{1,30}?\s*[|·•]\s*)?(?:(?:${WEEKDAYS.join('|')}|${WEEKDAY_ABBREVIATIONS})\.?,?\s+)?\(?(?:(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH_RE})\.?,?\s+(\d{4})|(${MONTH_RE})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))\)?(?:,?\s*(?:[-–—|·•]\s*)?\d{1,2}:\d{2}(?:\s*[AP]\.?M\.?)?(?:\s*[-–—]\s*\d{1,2}:\d{2}(?:\s*[AP]\.?M\.?)?)?(?:\s+[A-Z]{2,4})?)?(?:\s*[·•|–—]\s*[A-Z][A-Za-z .,'-]{1,40})?\s*$`,
  'iu',
);
/**
 * Dateline: a capitalised place, a date (year optional), then an agency or a dash/colon: "(APP):",
 * "(Prensa Latina)", ", SPA --", "/ Kabar /".
 */
const DATELINE = new RegExp(
  String.raw`^([A-Z][A-Za-z\-. ]{2,30}?),?\s*\(?\s*(?:[A-Za-z /]+-\s*)?(?:(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH_RE})\.?|(${MONTH_RE})\.?\s+(\d{1,2})(?:st|nd|rd|th)?)(?:,?\s+(\d{4}))?\s*\)?\s*(?:\([A-Z][A-Za-z\- ]{0,30}\)|[-–—:]|,\s*[A-Z]{2,6}\s*[-–—]|\/\s*[A-Z][A-Za-z]*\s*\/|(?<=\d{4})\.(?=\s|$))`,
  'i',
);
/**
 * A dateline with a numeric date, day first ("Almaty, 20.06.2022."), or one that puts the date
 * first ("20 June 2022, Almaty. …", "20.06.2022, Almaty –").
 */
const DATELINE_NUMERIC = /^([A-Z][A-Za-z\-. ]{2,30}?),?\s+(\d{1,2})\.(\d{1,2})\.(\d{4})\s*(?:\([A-Z][A-Za-z-]*\)|[–—:.-](?=\s|$))/;
const DATE_FIRST_DATELINE = new RegExp(
  String.raw`^(?:(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH_RE})\.?,?\s+(\d{4})|(${MONTH_RE})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})|(\d{1,2})\.(\d{1,2})\.(\d{4})),\s*([A-Z][\p{L}.' -]{1,40}?)\s*[-–—:.](?=\s)`,
  'iu',
);

/** A dateline whose date is in parentheses: "GEORGETOWN UNIVERSITY IN QATAR (Sept. 8, 2022) Seven …". */
const DATELINE_PAREN = new RegExp(
  String.raw`^([A-Z][A-Za-z\-. ]{2,40}?)\s*\(\s*(?:(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH_RE})\.?|(${MONTH_RE})\.?\s+(\d{1,2})(?:st|nd|rd|th)?),?\s+(\d{4})\s*\)`,
  'i',
);
const FULL_DATE = new RegExp(
  String.raw`\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH_RE})\.?,?\s+(\d{4})|(${MONTH_RE})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))\b`,
  'g',
);
/** A title line that names an event ("EUISS Annual Conference 2024"): the date under it is the event's. */
const EVENT_NAME_LINE = new RegExp(String.raw`^[A-Z][^.!?]{0,120}\b(?:${EVENT_NAME_HEADS})(?:\s+\d{4})?$`);

function fromParts(d: string | undefined, m: string | undefined, y: string | undefined): string | null {
  if (!d || !m || !y) return null;
  const mi = monthIndex(m);
  if (mi < 0) return null;
  return iso(Number(y), mi, Number(d));
}

/** "20.06.2022" read day first. */
function fromFigures(d: string, m: string, y: string): string | null {
  return iso(Number(y), Number(m) - 1, Number(d));
}

/**
 * A {@link FIGURES_DATE}: ISO, or day first. With slashes, a date that only reads month first
 * ("05/18/2023", as American pages write it) is read so.
 */
function fromFiguresDate(s: string): string | null {
  const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (isoDate) return iso(Number(isoDate[1]), Number(isoDate[2]) - 1, Number(isoDate[3]));
  const [a, b, y] = s.split(/[./]/) as [string, string, string];
  if (s.includes('/') && Number(b) > 12 && Number(a) <= 12) return fromFigures(b, a, y);
  return fromFigures(a, b, y);
}

/**
 * True when a dateline's place reads as one: in capitals ("ALMATY"), or a city or country of the
 * gazetteer. A dateline that ends in a full stop, gives its date in figures or puts it first is
 * shaped much like a sentence ("A seminar was held in Oslo on 3 May 2023."), so its place is checked.
 */
function isDatelinePlace(place: string): boolean {
  const p = place.trim().replace(/[.,]$/, '');
  return /^[A-Z][A-Z .-]+$/.test(p) || Boolean(cityCountry(p)) || Boolean(countryOf(p));
}

/** A dateline with a written date: a dash, colon or agency after it, or a full stop after a place that reads as one. */
function datelineMatch(line: string): RegExpMatchArray | null {
  const dl = line.match(DATELINE);
  if (dl && (!dl[0].endsWith('.') || isDatelinePlace(dl[1]!))) return dl;
  return line.match(DATELINE_PAREN);
}

/** The date of a dateline in figures or with the date first, and the dateline's length. */
function otherDateline(line: string): { date: string; length: number } | null {
  const numeric = DATELINE_NUMERIC.exec(line);
  if (numeric && isDatelinePlace(numeric[1]!)) {
    const date = fromFigures(numeric[2]!, numeric[3]!, numeric[4]!);
    return date ? { date, length: numeric[0].length } : null;
  }
  const first = DATE_FIRST_DATELINE.exec(line);
  if (!first || !isDatelinePlace(first[10]!)) return null;
  const date = fromParts(first[1], first[2], first[3]) ?? fromParts(first[5], first[4], first[6]) ?? (first[9] ? fromFigures(first[7]!, first[8]!, first[9]) : null);
  return date ? { date, length: first[0].length } : null;
}

export interface Published {
  date: string | null;
  evidence: Span | null;
  /** A dateline without a year: month/day known, year to be guessed from the text. */
  partial?: { month: number; day: number; span: Span } | null;
}

/** Publication date of a document from its raw and cleaned text. */
export function findPublished(raw: string, text: string): Published {
  const cap = raw.match(CAPTURE_DATE);
  if (cap?.[1]) return { date: cap[1], evidence: null };
  const head = text.slice(0, 1500);
  const pub = head.match(PUBLISHED);
  if (pub) {
    const d = fromParts(pub[1], pub[2], pub[3]) ?? fromParts(pub[5], pub[4], pub[6]) ?? (pub[7] ? fromFiguresDate(pub[7]) : null);
    if (d) return { date: d, evidence: { start: pub.index!, end: pub.index! + pub[0].length } };
  }
  const stamp = raw.slice(0, 3000).match(STAMP);
  if (stamp) {
    const d = iso(Number(stamp[3]), Number(stamp[2]) - 1, Number(stamp[1]));
    if (d) {
      const at = text.indexOf(stamp[0]);
      return { date: d, evidence: at >= 0 ? { start: at, end: at + stamp[0].length } : null };
    }
  }
  // A date in figures alone on one of the first lines. (Read from the raw text: cleaning drops a
  // line without words.)
  for (const line of raw.slice(0, 1500).split('\n').slice(0, 12)) {
    const figures = LONE_FIGURES_DATE.exec(line.trim()) ?? (isStampLine(line) ? FIGURES_DATE_AT.exec(line) : null);
    const d = figures ? fromFiguresDate(figures[1]!) : null;
    if (d) return { date: d, evidence: null };
  }
  // Datelines and lone date lines among the first lines.
  let offset = 0;
  let partial: Published['partial'] = null;
  const lines = head.split('\n');
  for (let i = 0; i < Math.min(lines.length, 20); i++) {
    const line = lines[i]!;
    const dl = datelineMatch(line);
    if (dl) {
      const day = dl[2] ?? dl[5];
      const mon = dl[3] ?? dl[4];
      const span = { start: offset, end: offset + dl[0].length };
      const d = fromParts(day, mon, dl[6]);
      if (d) return { date: d, evidence: span };
      if (day && mon && !partial) partial = { month: monthIndex(mon), day: Number(day), span };
    }
    const other = otherDateline(line);
    if (other) return { date: other.date, evidence: { start: offset, end: offset + other.length } };
    const lone = line.match(LONE_DATE);
    const prevLine = lines.slice(0, i).filter((l) => l.trim()).pop()?.trim() ?? '';
    if (lone && !(i <= 3 && EVENT_NAME_LINE.test(prevLine))) {
      const d = fromParts(lone[1], lone[2], lone[3]) ?? fromParts(lone[5], lone[4], lone[6]);
      if (d) return { date: d, evidence: { start: offset, end: offset + line.length } };
    }
    offset += line.length + 1;
  }
  if (partial) {
    // The same day written in full elsewhere ("Published in The Times, December 28, 2018").
    for (const m of matchesOf(FULL_DATE, text)) {
      const d = fromParts(m[1], m[2], m[3]) ?? fromParts(m[5], m[4], m[6]);
      if (d && Number(d.slice(5, 7)) - 1 === partial.month && Number(d.slice(8, 10)) === partial.day) {
        return { date: d, evidence: partial.span, partial };
      }
    }
    // Else the year from the latest four-digit year the dateline's paragraph names, else the text
    // (reports are written the year they happen; a later paragraph may look years ahead: "the
    // review, scheduled for 2026").
    const paragraphEnd = text.indexOf('\n\n', partial.span.end);
    const yearsOf = (s: string) => matchesOf(/\b(19[5-9]\d|20\d\d)\b/g, s).map((m) => Number(m[1]));
    const own = yearsOf(text.slice(partial.span.start, paragraphEnd < 0 ? text.length : paragraphEnd));
    const years = own.length ? own : yearsOf(text);
    if (years.length) {
      const d = iso(Math.max(...years), partial.month, partial.day);
      if (d) return { date: d, evidence: partial.span, partial };
    }
  }
  return { date: null, evidence: null, partial };
}

/** A line that opens with a publication label: "Published May 12, 2024, 10:05 AM". */
const PUBLISHED_LINE = new RegExp(String.raw`^(?:Last\s+)?${PUBLICATION_LABEL}\b`, 'i');
/** A byline alone on its line: "By Rana Sweis-Haddad". */
const BYLINE = /^By\s+(?:[A-Z][\p{L}.'’-]*\s*){1,4}$/u;

/** Title: the first short heading-like line before the prose, else null. */
export function findTitle(raw: string, text: string): string | null {
  const lines = text.split('\n').filter((l) => l.trim());
  // A line the capture repeated (headline + page title) is the headline. Only the first lines
  // that could be one are counted among the raw lines (not every raw line).
  const candidates = lines.slice(0, 15).filter((l) => l.length >= 15 && l.length <= 200 && /\p{Ll}/u.test(l));
  if (candidates.length) {
    const counts = new Map(candidates.map((l) => [l, 0]));
    for (const line of raw.split(/\r?\n/)) {
      const l = line.trim();
      const n = counts.get(l);
      if (n !== undefined) counts.set(l, n + 1);
    }
    for (const l of candidates) if (counts.get(l)! > 1) return l;
  }
  const head = lines.slice(0, 6);
  for (const l of head) {
    if (l.length >= 15 && l.length <= 160 && !/[.:]$/.test(l) && l.split(' ').length >= 3 && !LONE_DATE.test(l) && !BYLINE.test(l) && !PUBLISHED_LINE.test(l)) return withoutSiteName(l, head);
  }
  // Else the first sentence of the first line that is not a byline or a date ("Staff Reporter").
  const first = lines.find((l) => l.length >= 15 && !LONE_DATE.test(l) && !BYLINE.test(l) && !PUBLISHED_LINE.test(l)) ?? lines[0];
  if (!first) return null;
  const sentence = first.match(/^.{10,160}?[.!?](?=\s|$)/)?.[0] ?? first.slice(0, 120);
  return sentence.trim() || null;
}

/**
 * A page title with the site's name after a bar ("Seminar on Water Diplomacy | Institute of X"):
 * the heading below it that opens the same way (the page's own, often longer), else the part
 * before the bar.
 */
function withoutSiteName(line: string, lines: readonly string[]): string {
  const bar = line.indexOf(' | ');
  if (bar < 0) return line;
  const before = line.slice(0, bar).trim();
  const heading = lines.find((l) => l !== line && l.startsWith(before) && !l.includes(' | '));
  return heading ?? (before.split(' ').length >= 3 ? before : line);
}

const URL_LINE = /\b(?:Source|URL|Link|Original)\s*:\s*(https?:\/\/\S+)/i;

/** Stage. */
export function metadata(doc: DocRecord): DocRecord {
  if (!doc.text) return doc;
  const pub = findPublished(doc.raw, doc.text);
  // Most texts hold no "://" at all, which one substring search tells faster than the pattern.
  const url = doc.url ?? (doc.text.includes('://') ? doc.text.match(URL_LINE)?.[1] : undefined) ?? null;
  return {
    ...doc,
    published: pub.date,
    publishedEvidence: pub.evidence,
    title: findTitle(doc.raw, doc.text),
    url,
  };
}
