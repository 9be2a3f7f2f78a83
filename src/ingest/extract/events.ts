/**
 * Events: the one(s) a report describes and the ones it only refers to. The reported event is the
 * one an organizing verb introduces ("organized a round table", "held a seminar", "hosted a
 * reception"); its title is the quoted theme or a capitalised proper name ending in the event word;
 * the date is stated in its sentence (resolved against the publication date) or falls back to the
 * publication date. Dated sentences about other events become referenced events.
 */
import * as chrono from 'chrono-node';
import type { EventType } from '../../model/schema';
import { EVENT_WORDS } from '../lexicon/events';
import type { LocalEvent, Span } from '../types';
import { addDays, iso } from './dates';
import { citiesIn, countriesIn } from './places';

export const ORGANIZE = /\b(?:organi[sz]ed|organi[sz]es|held|hosted|hosts|convened|arranged|conducted|took place|was held|were held|celebrated|marked|gathered|launched|opened|hold|holds|organising|organizing|staged|kicked off|presented|screening|welcomed|has started|started)\b/i;

export interface DateHit {
  date: string;
  endDate: string | null;
  span: Span;
  /** True when the year had to be assumed. */
  implied: boolean;
}

const WEEKDAY = /\b(?:on\s+|last\s+|this\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;
const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Explicit calendar dates in a span (day precision), resolved against `ref`. */
export function datesIn(text: string, span: Span, ref: string | null): DateHit[] {
  const part = text.slice(span.start, span.end);
  const refDate = ref ? new Date(`${ref}T12:00:00Z`) : undefined;
  const out: DateHit[] = [];
  let results: chrono.ParsedResult[];
  try {
    results = chrono.en.parse(part, refDate ? { instant: refDate, timezone: 0 } : undefined, { forwardDate: false });
  } catch {
    results = [];
  }
  for (const r of results) {
    if (!r.start.isCertain('day') || !r.start.isCertain('month')) continue;
    if (/^\d{1,2}:\d{2}/.test(r.text)) continue;
    const y = r.start.get('year')!;
    const yearCertain = r.start.isCertain('year');
    if (!yearCertain && !ref) continue;
    // Without a reference date chrono would resolve against "now": only absolute dates, for determinism.
    if (!ref && !/\b\d{4}\b/.test(r.text)) continue;
    const d = iso(y, r.start.get('month')! - 1, r.start.get('day')!);
    if (!d) continue;
    const e = r.end && r.end.isCertain('day') ? iso(r.end.get('year')!, r.end.get('month')! - 1, r.end.get('day')!) : null;
    out.push({ date: d, endDate: e && e > d ? e : null, span: { start: span.start + r.index, end: span.start + r.index + r.text.length }, implied: !yearCertain });
  }
  // Weekdays: the latest such day on or before publication ("on Wednesday" in a news report).
  if (ref) {
    for (const m of part.matchAll(WEEKDAY)) {
      const start = span.start + m.index!;
      if (out.some((o) => o.span.start <= start && start < o.span.end + 3)) continue;
      const want = WEEKDAY_NAMES.indexOf(m[1]!.toLowerCase());
      const refDay = new Date(`${ref}T00:00:00Z`).getUTCDay();
      const back = (refDay - want + 7) % 7;
      out.push({ date: addDays(ref, -back), endDate: null, span: { start, end: start + m[0].length }, implied: true });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** The first event word of a sentence outside quotation marks (a quoted theme is not the event). */
function typeAt(text: string, s: Span): { type: EventType; at: number; len: number } | null {
  const part = text.slice(s.start, s.end);
  const quoted = [...part.matchAll(/“[^”]*”|"[^"]*"/g)].map((m) => [m.index!, m.index! + m[0].length] as const);
  let best: { type: EventType; at: number; len: number } | null = null;
  for (const [re, type] of EVENT_WORDS) {
    for (const m of part.matchAll(new RegExp(re.source, 'ig'))) {
      if (quoted.some(([a, b]) => a <= m.index! && m.index! < b)) continue;
      if (!best || s.start + m.index! < best.at) best = { type, at: s.start + m.index!, len: m[0].length };
      break;
    }
  }
  return best;
}

/** Title: quoted theme after the event word, or a capitalised name ending in the event word. */
export function findTitle(text: string, sentence: Span, eventAt: number): { title: string; span: Span } | null {
  const part = text.slice(sentence.start, sentence.end);
  const rel = Math.max(0, eventAt - sentence.start);
  const quotes = [...part.matchAll(/“([^”\n]{4,200})”|"([^"\n]{4,200})"|‘([^\n]{4,200}?)’(?!\w)|(?<!\w)'([^'\n]{4,200}?)'(?!\w)/g)];
  const q = quotes.find((m) => m.index! >= rel - 5) ?? quotes.find((m) => /titled|entitled|theme|topic|on\s*$/.test(part.slice(Math.max(0, m.index! - 25), m.index)));
  if (q) {
    const title = (q[1] ?? q[2] ?? q[3] ?? q[4]!).replace(/[\s.,;:]+$/, '').trim();
    const s = sentence.start + q.index! + 1;
    if (title.split(/\s+/).length >= 2) return { title, span: { start: s, end: s + title.length } };
  }
  // "the Astana International Forum", "EUISS Annual Conference 2024", "33rd Asia-Pacific Roundtable".
  const named = /((?:\d+(?:st|nd|rd|th)\s+)?(?:[A-Z][\p{L}’'-]*|[A-Z]+)(?:\s+(?:of|on|for|and|&|the)?\s*[A-Z\d][\p{L}\d’'-]*)*\s+(?:Round ?[Tt]able|Roundtable|Forum|Conference|Summit|Seminar|Symposium|Dialogue|Congress|Lecture|Workshop|Exhibition|Festival)(?:\s+\d{4})?)/gu;
  for (const m of part.matchAll(named)) {
    const t = m[1]!.replace(/^(?:The|A|An|At|In|On|During)\s+/, '');
    if (t.split(/\s+/).length < 2) continue;
    const s = sentence.start + m.index! + m[1]!.indexOf(t);
    return { title: t, span: { start: s, end: s + t.length } };
  }
  return null;
}

export interface EventContext {
  text: string;
  sentences: Span[];
  published: string | null;
  publishedEvidence: Span | null;
  docTitle: string | null;
}


/** The reported event's sentence: the first with an event word and an organizing verb. */
function mainSentence(ctx: EventContext): { sentence: Span; type: EventType; at: number } {
  const { text, sentences } = ctx;
  const firstN = sentences.slice(0, 12);
  // Prose sentences first: a headline ("… held in Islamabad") has no final stop.
  for (const prose of [true, false]) {
    for (const s of firstN) {
      const part = text.slice(s.start, s.end);
      if (prose && !/[.!?”"’)]$/.test(part)) continue;
      const t = typeAt(text, s);
      if (t && ORGANIZE.test(part) && part.length > 40) return { sentence: s, type: t.type, at: t.at };
    }
  }
  for (const s of firstN) {
    const t = typeAt(text, s);
    if (t) return { sentence: s, type: t.type, at: t.at };
  }
  const s = sentences[0] ?? { start: 0, end: text.length };
  return { sentence: s, type: 'other', at: s.start };
}

export function findEvents(ctx: EventContext): LocalEvent[] {
  const { text, sentences, published } = ctx;
  if (!sentences.length) return [];
  const main = mainSentence(ctx);
  const mainIdx = sentences.indexOf(main.sentence);
  const titleHit = findTitle(text, main.sentence, main.at);
  // Date: stated in the event sentence or the next two; else the publication date.
  let dateHit: DateHit | null = null;
  for (const s of sentences.slice(Math.max(0, mainIdx), mainIdx + 3)) {
    const pe = ctx.publishedEvidence;
    const ds = datesIn(text, s, published)
      .filter((d) => !pe || d.span.start >= pe.end || d.span.end <= pe.start) // the dateline is not the event date
      .filter((d) => !published || d.date <= addDays(published, 1) || !d.implied);
    const good = ds.find((d) => !published || (d.date <= addDays(published, 1) && d.date >= addDays(published, -60)));
    if (good) {
      dateHit = good;
      break;
    }
  }
  // Program-style reports state the date on its own line ("On 27th February 2018").
  if (!dateHit && !published) {
    for (const s of sentences.slice(0, 25)) {
      const ds = datesIn(text, s, null).filter((d) => !d.implied);
      if (ds[0] && /^\s*on\b/i.test(text.slice(s.start, ds[0].span.start + 3)) ) {
        dateHit = ds[0];
        break;
      }
    }
  }
  const untilHit = text.slice(main.sentence.start, sentences[mainIdx + 2]?.end ?? main.sentence.end).match(/\b(?:until|till|through|to)\s+((?:\d{1,2}\s+)?[A-Z][a-z]+\s*\d{0,2}(?:,?\s*\d{4})?)/);
  let endDate = dateHit?.endDate ?? null;
  if (dateHit && untilHit && !endDate) {
    const until = datesIn(untilHit[1]!, { start: 0, end: untilHit[1]!.length }, dateHit.date);
    if (until[0] && until[0].date > dateHit.date) endDate = until[0].implied && until[0].date < dateHit.date ? null : until[0].date;
  }
  const location = findLocation(ctx, main.sentence);
  const ev: LocalEvent = {
    title: titleHit?.title ?? null,
    titleEvidence: titleHit?.span ?? null,
    type: main.type,
    date: dateHit?.date ?? published,
    endDate: dateHit ? endDate : null,
    dateSource: dateHit ? 'text' : published ? 'published' : null,
    dateEvidence: dateHit?.span ?? ctx.publishedEvidence,
    location: location?.name ?? null,
    locationEvidence: location?.span ?? null,
    organizers: [],
    participants: [],
    referenced: false,
    evidence: main.sentence,
  };
  const events: LocalEvent[] = [ev];
  // Referenced events: other sentences with an event word and an explicit date.
  sentences.forEach((s, i) => {
    if (i === mainIdx) return;
    const part = text.slice(s.start, s.end);
    const t = typeAt(text, s) ?? (/\belections?\b/i.test(part) ? { type: 'other' as EventType, at: s.start + part.search(/\belections?\b/i), len: 8 } : null);
    if (!t) return;
    const ds = datesIn(text, s, published).filter((d) => !(dateHit && d.date === dateHit.date));
    const d = ds.find((x) => Math.abs(x.span.start - t.at) < 160);
    if (!d) return;
    if (events.some((e) => e.referenced && e.date === d.date)) return;
    const rt = findTitle(text, s, t.at);
    const place = citiesIn(text, s.start, s.end)[0];
    events.push({
      title: rt?.title ?? properEventName(part, t.type),
      titleEvidence: rt?.span ?? null,
      type: t.type,
      date: d.date,
      endDate: d.endDate,
      dateSource: 'text',
      dateEvidence: d.span,
      location: place?.name ?? null,
      locationEvidence: place?.span ?? null,
      organizers: [],
      participants: [],
      referenced: true,
      evidence: s,
    });
  });
  return events;
}

function properEventName(sentence: string, type: EventType): string | null {
  const m = sentence.match(/((?:[A-Z][\p{L}+-]*\s+){1,4}(?:Summit|Forum|Conference|Elections?|Committee))/u);
  return m ? m[1]!.trim() : type === 'other' ? null : null;
}

/** Location: dateline city, city in the event sentence, the title, the first paragraph; else country. */
export function findLocation(ctx: EventContext, sentence: Span): { name: string; span: Span } | null {
  const { text } = ctx;
  const head = text.slice(0, 400);
  const dl = head.match(/(?:^|\n)\s*([A-Z][A-Za-z-]+(?:[ -][A-Z][A-Za-z-]+)?)\s*(?:[,.:]|\s[–—-])/);
  const cand: { name: string; span: Span }[] = [];
  if (dl) {
    const c = citiesIn(text, dl.index!, dl.index! + dl[0].length)[0];
    if (c) cand.push(c);
  }
  const inSentence = citiesIn(text, sentence.start, sentence.end);
  const prefer = inSentence.find((c) => /\b(?:in|at)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, c.span.start - 10), c.span.start)));
  if (prefer) cand.push(prefer);
  if (ctx.docTitle) {
    const at = text.indexOf(ctx.docTitle);
    if (at >= 0) cand.push(...citiesIn(text, at, at + ctx.docTitle.length).filter((c) => /\b(?:in|at)\s+$/.test(text.slice(c.span.start - 4, c.span.start))));
  }
  cand.push(...inSentence);
  const firstPara = text.indexOf('\n\n', sentence.end);
  cand.push(...citiesIn(text, 0, firstPara > 0 ? Math.min(firstPara, 1500) : Math.min(text.length, 1500)));
  if (cand[0]) return cand[0];
  const country = countriesIn(text, sentence.start, sentence.end).find((c) => /\bin\s+$/.test(text.slice(c.span.start - 3, c.span.start)));
  return country ?? null;
}
