/**
 * Events: the one(s) a report describes and the ones it only refers to. The reported event is the
 * one an organizing verb introduces ("organized a round table", "held a seminar", "hosted a
 * reception", "met with"); its type is the first strong event word of that sentence, its title the
 * event's own name or theme (events/title.ts); the date is stated in its sentence, the next two or
 * the lead before it (resolved against the publication date), else the publication date. Further
 * reported events open a later paragraph with their own event ("… welcomed guests to a ceremony",
 * "During the meeting of the Council of …"); dated sentences about other events become referenced
 * events.
 */
import type { EventType } from '../../model/schema';
import { ANY_EVENT_WORD, BESIDE_EVENT, EVENT_WORD_LIST, EVENT_WORD_SCAN, eventTypeOf, ORGANIZE } from '../lexicon/events';
import type { LocalEvent, Span } from '../types';
import { addDays, datesIn, type DateHit, mayHoldDay, yearsIn } from './dates';
import { holdsProse } from '../letters';
import { findTitle as titleIn, headlineTitle, markedTitle, namedTitleAt, organizesAfter, programTitle, themeTitle, type TitleHit } from './events/title';
import { afterDateline } from './events/organizers';
import { citiesIn, countriesIn, type PlaceHit } from './places';
import { complementsInstitution } from './organizations';
import { matchesOf } from '../regex';

export { datesIn, type DateHit } from './dates';

export interface TypeHit {
  type: EventType;
  at: number;
  len: number;
  strong: boolean;
  verbal: boolean;
}

const QUOTED = /“[^”]*”|"[^"]*"|‘[^’\n]*’(?!\w)/g;

/** Every event word of a span outside quotation marks (a quoted theme is not the event), in order. */
export function eventWords(text: string, s: Span, insideQuotes = false): TypeHit[] {
  const key = insideQuotes ? -s.start - 1 : s.start;
  if (cacheText !== text) {
    cacheText = text;
    cache.clear();
  }
  const hit = cache.get(key);
  if (hit && hit.end === s.end) return hit.words;
  const part = text.slice(s.start, s.end);
  const out: TypeHit[] = [];
  if (ANY_EVENT_WORD.test(part)) {
    const quoted = insideQuotes || !/[“"‘]/.test(part) ? [] : matchesOf(QUOTED, part).map((m) => [m.index!, m.index! + m[0].length] as const);
    for (const m of matchesOf(EVENT_WORD_SCAN, part)) {
      if (quoted.some((q) => q[0] <= m.index! && m.index! < q[1])) continue; // (by index: no iterator per pair)
      let g = 1;
      while (m[g] === undefined) g++;
      const w = EVENT_WORD_LIST[g - 1]!;
      out.push({ type: w.type, at: s.start + m.index!, len: m[0].length, strong: w.strong, verbal: Boolean(w.verbal) });
    }
  }
  cache.set(key, { end: s.end, words: out });
  return out;
}

/** Event words of the current document per sentence start (sentences are scanned several times). */
let cacheText: string | null = null;
const cache = new Map<number, { end: number; words: TypeHit[] }>();

/** The event a sentence names: its first strong event word, else its first weak one. */
export function typeAt(text: string, s: Span): TypeHit | null {
  const ws = eventWords(text, s);
  return ws.find((w) => w.strong) ?? ws[0] ?? null;
}

export interface EventContext {
  text: string;
  sentences: Span[];
  published: string | null;
  publishedEvidence: Span | null;
  docTitle: string | null;
}

const PROSE_END = /[.!?”"’)]$/;

/** A visit's own verbs: "arrived in Beijing on an official visit", "paid a visit". */
const ARRIVAL = /\b(?:arriv(?:ed|es|ing)|paid|pays|paying|visited|visiting|began|begins|concluded|concludes)\b/i;

/** The reported event's sentence: the first with an event word and an organizing verb (for a visit, an arrival verb). */
function mainSentence(ctx: EventContext): { sentence: Span; hit: TypeHit | null } {
  const { text, sentences } = ctx;
  const firstN = sentences.slice(0, 14);
  // Prose sentences first: a headline ("… held in Islamabad") has no final stop.
  for (const prose of [true, false]) {
    for (const s of firstN) {
      const part = text.slice(s.start, s.end);
      if (prose && !PROSE_END.test(part)) continue;
      if (part.length <= 40) continue;
      let ws = eventWords(text, s);
      // "… invited to an event called “A Coffee Chat …”": the event word is in the quoted name.
      const called = /\b(?:an?|the)\s+(?:[\w-]+\s+)?event\s+(?:called|titled|entitled|named|themed)\b/i.exec(part);
      if (!ws.length && called) ws = eventWords(text, s, true);
      if (!ws.length && called) ws = [{ type: 'other', at: s.start + called.index, len: called[0].length, strong: false, verbal: false }];
      if (!ws.length) continue;
      // ("… paid a courtesy call on the Foreign Secretary": a call is paid as a visit is.)
      const verb = ORGANIZE.test(part) || ws.some((w) => w.verbal) || (ws.some((w) => w.type === 'visit' || w.type === 'meeting') && ARRIVAL.test(part));
      if (!verb) continue;
      // "… met with the Executive Director of the Secretariat of the Conference on Interaction …":
      // a capitalised event noun after "of the" names a body, not the event.
      // Nor is an event the report's event happens beside ("On the sidelines of the X Dialogue, … held a roundtable").
      // Nor a body named like an event that organizes the event ("Global Governance Forum hosted a workshop").
      // Nor an event still to come ("… proposed to hold a joint conference next year").
      const now = ws.filter((w) => !isFutureEvent(text, s, w));
      if (!now.length) continue;
      ws = now;
      const strong = ws.find(
        (w) => w.strong && !(ws.some((v) => v.verbal) && inBodyName(text, w)) && !(ws.length > 1 && (besideNamed(text, w) || organizesAfter(text, w.at + w.len))),
      );
      return { sentence: s, hit: strong ?? ws.find((w) => w.verbal) ?? ws[0]! };
    }
  }
  for (const s of firstN) {
    const t = typeAt(text, s);
    if (t && !isFutureEvent(text, s, t)) return { sentence: s, hit: t };
  }
  // The event word may only appear inside a quoted name ("an event called “A Coffee Chat …”").
  for (const s of firstN) {
    const t = eventWords(text, s, true)[0];
    if (t && !isFutureEvent(text, s, t)) return { sentence: s, hit: t };
  }
  return { sentence: sentences[0] ?? { start: 0, end: text.length }, hit: null };
}

/** Before an event word: a verb of holding it in the future or an intention ("proposed to hold a joint", "will host the"). */
const FUTURE_BEFORE = /\b(?:will|shall|to)\s+(?:\w+\s+)?(?:hold|organi[sz]e|host|convene|arrange)\s+(?:(?:an?|the|its|their|another|a\s+joint)\s+)?(?:[\w-]+\s+){0,3}$|\b(?:upcoming|forthcoming|next)\s+(?:[\w-]+\s+){0,2}$/i;
/** After an event word: when it will be ("… conference on Oriental studies next year", "… to be held in May"). */
const FUTURE_AFTER = /^(?:\s+[\w-]+){0,6}?\s+(?:next\s+(?:year|month|week)|(?:will|is\s+to|are\s+to)\s+be\s+held|to\s+be\s+held|scheduled\s+for)\b/i;

/** True when the event word `w` names an event still to come. */
function isFutureEvent(text: string, s: Span, w: TypeHit): boolean {
  if (w.verbal) return false;
  return FUTURE_BEFORE.test(text.slice(Math.max(s.start, w.at - 60), w.at)) || FUTURE_AFTER.test(text.slice(w.at + w.len, Math.min(s.end, w.at + w.len + 80)));
}

/** True when the capitalised event name that `w` ends follows "on the sidelines of", "ahead of" and the like. */
function besideNamed(text: string, w: TypeHit): boolean {
  if (!/^[A-Z]/.test(text[w.at]!)) return false;
  const before = text.slice(Math.max(0, w.at - 80), w.at).replace(NAME_WORDS_BEFORE, '');
  return BESIDE_EVENT.test(`${before} `);
}
/** The capitalised words (and ordinals, "of", "the") of a name before its head word. */
const NAME_WORDS_BEFORE = /(?:(?:\d+(?:st|nd|rd|th)|[A-Z][\w’'-]*|of|the|and|&)\s+)*$/;

function inBodyName(text: string, w: TypeHit): boolean {
  return /^[A-Z]/.test(text[w.at]!) && /\bof\s+the\s+$/.test(text.slice(Math.max(0, w.at - 8), w.at));
}

const ANAPHORIC_START = /^(?:At|During|In|On|After)\s+the\s+(?:\w+\s+){0,2}?(?:event|ceremony|reception|meeting|seminar|conference|round ?table|forum|session|exhibition|briefing|function|occasion)\b|^(?:The|This)\s+(?:event|ceremony|function|occasion)\b/i;

function sameParagraph(text: string, a: Span, b: Span): boolean {
  return !text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)).includes('\n\n');
}

/**
 * A date for the reported event: in its sentence, the next two, or the lead sentence before it;
 * a dateline is not the event date, nor a date far from publication.
 */
function eventDate(ctx: EventContext, mainIdx: number, years: number[], hit: TypeHit | null, lead: Span | null): DateHit | null {
  const { text, sentences, published } = ctx;
  const pe = ctx.publishedEvidence;
  const main = sentences[mainIdx]!;
  const order = [mainIdx, ...(lead ? [mainIdx - 1] : []), mainIdx + 1, mainIdx + 2].filter((i) => i >= 0 && i < sentences.length);
  for (const i of order) {
    const s = sentences[i]!;
    if (i > mainIdx && !sameParagraph(text, s, main) && !/^\s*\S*\s*$/.test(text.slice(main.end, s.start).replace(/\n/g, ' '))) continue;
    const dateline = s.start + afterDateline(text.slice(s.start, s.end));
    const ds = datesIn(text, s, published, years)
      .filter((d) => (!pe || d.span.start >= pe.end || d.span.end <= pe.start) && d.span.start >= dateline)
      .filter((d) => !/\b(?:since|founded|established|until|till)\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(s.start, d.span.start - 20), d.span.start)))
      // ("Less than three weeks after the elections of October 26, 2024, the Center welcomed …":
      // the date of what the event came after.)
      .filter((d) => !AFTER_OTHER.test(text.slice(Math.max(s.start, d.span.start - 80), d.span.start)));
    const good = ds.find(
      (d) =>
        reportedBy(d, published) &&
        (i <= mainIdx || aboutEvent(text, s, d, hit)),
    );
    if (good) return good;
  }
  const labelled = labelledDate(ctx, years) ?? dateLine(ctx, years);
  if (labelled) return labelled;
  if (published) return leadDate(ctx, years, hit);
  // No publication date: a date on its own line ("On 27th February 2018") or "on <full date>" nearby.
  for (const s of sentences.slice(0, 40)) {
    const ds = datesIn(text, s, null, years).filter((d) => !d.implied);
    for (const d of ds) {
      const before = text.slice(Math.max(s.start, d.span.start - 4), d.span.start + 3);
      if (/^\s*on\b/i.test(text.slice(s.start, d.span.start + 3)) || /\bon\s/i.test(before)) return d;
    }
  }
  return null;
}

/** A date a report published on `published` tells of as past: up to 60 days before, or the day after. */
function reportedBy(d: DateHit, published: string | null): boolean {
  return !published || (d.date <= addDays(published, 1) && d.date >= addDays(published, -60));
}

/** A date an event page may give for its event, before or after the page's own date: within a year of it. */
function withinAYear(d: DateHit, published: string | null): boolean {
  return !published || (d.date <= addDays(published, 366) && d.date >= addDays(published, -366));
}

/**
 * A programme's date label: "Date: 14 August 2024 (Wednesday)", "Time: Wednesday 7 February 2024,
 * 10:00–11:30 CET", "When: …". An event page states its event's day so; an announcement may come
 * weeks before it, so the date is not held to the days before publication.
 */
const DATE_LABEL = /^[ \t]*(?:Dates?|When|Time|Date and time|Date & time)[ \t]*:[ \t]*/gim;

function labelledDate(ctx: EventContext, years: number[]): DateHit | null {
  const { text, published } = ctx;
  for (const m of matchesOf(DATE_LABEL, text.slice(0, 6000))) {
    const start = m.index! + m[0].length;
    const lineEnd = text.indexOf('\n', start);
    const d = datesIn(text, { start, end: lineEnd < 0 ? text.length : lineEnd }, published, years)[0];
    if (d && withinAYear(d, published)) return d;
  }
  return null;
}

/** Words of a time that a date line may hold in lower case ("12:00–1:30 p.m."). */
const TIME_WORDS = /\b(?:[ap]\.m\.|from|to|at)\b/gi;

/**
 * A line of an event page that is only the event's date, with its time or venue ("Wednesday, April
 * 17, 2024 · 12:00–1:30 p.m. ET", "5–6 October 2023 | Hotel Bergs, Riga"), among the first lines
 * and not the publication line.
 */
function dateLine(ctx: EventContext, years: number[]): DateHit | null {
  const { text, published } = ctx;
  const pe = ctx.publishedEvidence;
  let start = 0;
  for (let n = 0; n < 15 && start < text.length; n++) {
    const end = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start);
    const line = { start, end };
    start = end + 1;
    if (end - line.start > 120 || (pe && pe.start < end && line.start < pe.end)) continue;
    // (Prose is ruled out before its dates are read: a date line has no three words in lower case in a row.)
    if (holdsProse(text.slice(line.start, end).replace(TIME_WORDS, ''))) continue;
    const d = datesIn(text, line, published, years)[0];
    // (A line of the publication day is the page's stamp, "18 May 2022, 18:49", whatever the capture read it from.)
    if (!d || d.implied || d.date === published || !withinAYear(d, published)) continue;
    return d;
  }
  return null;
}

/** What a date after it dates: something the event came after or before, not the event. */
const AFTER_OTHER = /\b(?:after|before|following|ahead of)\s+(?:the\s+)?[^.;,]{0,60}?\b(?:of|on)\s+$/i;

/** A day said relative to publication: "yesterday", "last night", "on Monday". */
const RELATIVE_DAY = /\b(?:yesterday|last night|last evening|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b/i;

/**
 * The date the report's lead gives: its first sentences of prose (a news report says when in its
 * first lines: "… filled the hall on Monday, 24 February, for a guest lecture", "… said
 * yesterday"), when the event's own sentence and the two after it give none. Held to the days
 * before publication, like the event sentence's, and to a day said relative to publication or
 * one the event's word stands near: not "the decisions of the Committee adopted on March 30".
 */
function leadDate(ctx: EventContext, years: number[], hit: TypeHit | null): DateHit | null {
  const { text, sentences, published } = ctx;
  const pe = ctx.publishedEvidence;
  let prose = 0;
  for (const s of sentences.slice(0, 30)) {
    if (pe && s.end <= pe.end) continue;
    const part = text.slice(s.start, s.end);
    if (!PROSE_END.test(part.trimEnd()) || part.split(/\s+/).length < 12) continue;
    const d = datesIn(text, s, published, years).find(
      (h) =>
        (!pe || h.span.start >= pe.end || h.span.end <= pe.start) &&
        reportedBy(h, published) &&
        (RELATIVE_DAY.test(text.slice(h.span.start, h.span.end)) || aboutEvent(text, s, h, hit)),
    );
    if (d) return d;
    if (++prose >= 2) break;
  }
  return null;
}

/**
 * A date in a sentence after the event's own is the event's when the sentence is only that date
 * (a date line under a title) or names the event near it ("The seminar was held on Monday").
 */
function aboutEvent(text: string, s: Span, d: DateHit, hit: TypeHit | null): boolean {
  const rest = text.slice(s.start, s.end).replace(text.slice(d.span.start, d.span.end), '');
  if (!/\p{L}{3,}/u.test(rest.replace(/\b(?:on|the|of|at|\d+(?:st|nd|rd|th)?)\b/gi, ''))) return true;
  const near = text.slice(Math.max(s.start, d.span.start - 100), Math.min(s.end, d.span.end + 100));
  if (/\b(?:the|this)\s+(?:event|function|occasion|programme|program|session)\b/i.test(near)) return true;
  if (!hit) return false;
  return eventWords(text, { start: Math.max(s.start, d.span.start - 100), end: Math.min(s.end, d.span.end + 100) }).some((w) => w.type === hit.type);
}

function untilDate(text: string, from: Span, to: number, start: DateHit): string | null {
  if (start.endDate) return start.endDate;
  const m = text.slice(from.start, to).match(/\b(?:until|till|through|to)\s+((?:\d{1,2}\s+)?[A-Z][a-z]+\s*\d{0,2}(?:,?\s*\d{4})?)/);
  if (!m) return null;
  const until = datesIn(m[1]!, { start: 0, end: m[1]!.length }, start.date);
  return until[0] && until[0].date > start.date ? until[0].date : null;
}

/** A sentence that reads as a further reported event: new paragraph, indefinite event, organizing verb. */
function otherEventAt(ctx: EventContext, i: number, main: LocalEvent): TypeHit | null {
  const { text, sentences } = ctx;
  const s = sentences[i]!;
  const prev = sentences[i - 1];
  if (prev && !text.slice(prev.end, s.start).includes('\n')) return null; // must open a paragraph
  const part = text.slice(s.start, s.end);
  if (/\b(?:will|would|shall|upcoming|next|scheduled|plans?\s+to|to be held)\b/i.test(part)) return null;
  const ws = eventWords(text, s).filter((w) => w.strong);
  for (const w of ws) {
    const before = text.slice(Math.max(s.start, w.at - 40), w.at);
    const after = text.slice(w.at + w.len, Math.min(s.end, w.at + w.len + 12));
    // "… welcomed guests to a ceremony", "… hosted a reception": an indefinite event with a verb.
    if (/\b(?:a|an)\s+(?:[\w-]+\s+){0,3}$/i.test(before) && ORGANIZE.test(part) && w.type !== main.type) return w;
    // "During the meeting of the Council of …": a definite event of a named body.
    if (/^(?:During|At|On the sidelines of)\s+the\s+(?:[\w-]+\s+){0,2}$/i.test(text.slice(s.start, w.at)) && /^\s+of\s+(?:the\s+)?[A-Z]/.test(after)) return w;
  }
  return null;
}

function location(ctx: EventContext, sentence: Span, avoid: Span[]): PlaceHit | null {
  return findLocation(ctx, sentence, avoid);
}

/**
 * A capitalised event noun in the event's name is a brand ("the Asia-Pacific Roundtable"); when
 * the report keeps calling the event something else ("this year’s conference", "convening the
 * conference") and never by its own noun, that is its type.
 */
function typeByUsage(ctx: EventContext, hit: TypeHit): EventType {
  const { text, sentences } = ctx;
  if (!/^[A-Z]/.test(text[hit.at]!)) return hit.type;
  const counts = new Map<EventType, number>();
  for (const s of sentences.slice(0, 40)) {
    for (const w of eventWords(text, s)) {
      if (!w.strong || /^[A-Z]/.test(text[w.at]!)) continue;
      if (!/\b(?:the|this|this\s+year[’']s|that|its)\s+(?:[\w-]+\s+)?$/i.test(text.slice(Math.max(0, w.at - 30), w.at))) continue;
      counts.set(w.type, (counts.get(w.type) ?? 0) + 1);
    }
  }
  if (counts.get(hit.type)) return hit.type;
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return best && best[1] >= 2 ? best[0] : hit.type;
}

/**
 * The main event's title: a headline that is an event name; the proper name the event word ends
 * ("the Astana International Forum (AIF) gathered …"); a theme in its sentence or the next two that
 * speak of the same event ("… hosted the seminar titled …"); a program heading's theme line.
 */
function mainTitle(ctx: EventContext, mainIdx: number, hit: TypeHit | null): TitleHit | null {
  const { text, sentences } = ctx;
  const s = sentences[mainIdx]!;
  const head = headlineTitle(text, ctx.docTitle);
  if (head) return head;
  if (hit) {
    const named = namedTitleAt(text, s, hit);
    if (named) return named;
  }
  const at = hit?.at ?? s.start;
  const own = titleIn(text, s, at);
  if (own) return own;
  for (const n of sentences.slice(mainIdx + 1, mainIdx + 3)) {
    if (!hit) break;
    const same = eventWords(text, n).find((w) => w.type === hit.type);
    if (!same) continue;
    const t = themeTitle(text, n, same.at);
    if (t) return t;
  }
  return programTitle(text) ?? markedTitleElsewhere(ctx, hit);
}

/**
 * A title the text marks for the event in another of its first sentences ("The round table titled
 * “X” was organised by …", "The event, “X”, was organized by …"): the event's own word there, or
 * "the event".
 */
function markedTitleElsewhere(ctx: EventContext, hit: TypeHit | null): TitleHit | null {
  if (!hit) return null;
  const { text, sentences } = ctx;
  for (const s of sentences.slice(0, 40)) {
    const ats: number[] = [];
    for (const w of eventWords(text, s)) if (w.type === hit.type) ats.push(w.at);
    // (The word "event" itself, where "the event" or "this event" ends.)
    for (const m of matchesOf(/\b(?:the|this)\s+event\b/gi, text.slice(s.start, s.end))) ats.push(s.start + m.index! + m[0].length - 'event'.length);
    for (const at of ats) {
      const t = markedTitle(text, s, at);
      if (t) return t;
    }
  }
  return null;
}

export function findEvents(ctx: EventContext): LocalEvent[] {
  const { text, sentences, published } = ctx;
  if (!sentences.length) return [];
  const years = yearsIn(text.slice(0, 20000));
  const main = mainSentence(ctx);
  const mainIdx = sentences.indexOf(main.sentence);
  const titleHit = mainTitle(ctx, mainIdx, main.hit);
  // A sentence that refers back ("At the ceremony which …") leans on the lead before it.
  const lead = mainIdx > 0 && ANAPHORIC_START.test(text.slice(main.sentence.start, main.sentence.end)) ? sentences[mainIdx - 1]! : null;
  const dateHit = eventDate(ctx, mainIdx, years, main.hit, lead);
  const endDate = dateHit ? untilDate(text, main.sentence, sentences[mainIdx + 2]?.end ?? main.sentence.end, dateHit) : null;

  const referencedSpans: Span[] = [];
  const events: LocalEvent[] = [];
  const mainEvent: LocalEvent = {
    title: titleHit?.title ?? null,
    titleEvidence: titleHit?.span ?? null,
    type: main.hit ? typeByUsage(ctx, main.hit) : 'other',
    date: dateHit?.date ?? published,
    endDate: dateHit ? endDate : null,
    dateSource: dateHit ? 'text' : published ? 'published' : null,
    dateEvidence: dateHit?.span ?? (published ? ctx.publishedEvidence : null),
    location: null,
    locationEvidence: null,
    organizers: [],
    participants: [],
    referenced: false,
    evidence: main.sentence,
  };
  events.push(mainEvent);
  leadOf.set(mainEvent, lead);

  // Further reported events and referenced events.
  const others: LocalEvent[] = [];
  sentences.forEach((s, i) => {
    const part = text.slice(s.start, s.end);
    if (i === mainIdx) {
      // The event's own sentence may date another event ("… said the envoy, briefing on the elections of 22 December").
      const ref = referencedAt(ctx, s, part, years, mainEvent, dateHit, main.hit);
      if (ref) {
        events.push(ref);
        referencedSpans.push(ref.dateEvidence!);
      }
      return;
    }
    if (lead && s === lead) return;
    if (i > mainIdx + 2 && others.length < 3) {
      const o = otherEventAt(ctx, i, mainEvent);
      if (o) {
        const ds = datesIn(text, s, published, years).filter((d) => !published || (d.date <= addDays(published, 1) && d.date >= addDays(published, -14)));
        const d = ds[0] ?? null;
        const rt = titleIn(text, s, o.at);
        const place = citiesIn(text, s.start, s.end).find((c) => /\b(?:in|at)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, c.span.start - 10), c.span.start)));
        others.push({
          title: rt?.title ?? null,
          titleEvidence: rt?.span ?? null,
          type: o.type,
          date: d?.date ?? published,
          endDate: d?.endDate ?? null,
          dateSource: d ? 'text' : published ? 'published' : null,
          dateEvidence: d?.span ?? (published ? ctx.publishedEvidence : null),
          location: place?.name ?? null,
          locationEvidence: place?.span ?? null,
          organizers: [],
          participants: [],
          referenced: false,
          evidence: s,
        });
        return;
      }
    }
    const ref = referencedAt(ctx, s, part, years, mainEvent, dateHit);
    if (ref && !events.some((e) => e.referenced && e.date === ref.date)) {
      events.push(ref);
      referencedSpans.push(s);
    }
  });
  const place = location(ctx, main.sentence, referencedSpans);
  mainEvent.location = place?.name ?? null;
  mainEvent.locationEvidence = place?.span ?? null;
  // Reported events first (main, then others), then referenced ones.
  return [mainEvent, ...others, ...events.slice(1)];
}

/** The lead sentence an event's sentence refers back to, for organizer detection. */
export const leadOf = new WeakMap<LocalEvent, Span | null>();

const REF_NAME = /((?:\d+(?:st|nd|rd|th)\s+)?(?:[A-Z][\p{L}+-]*\s+){1,4}(?:Summit|Forum|Conference|Elections?|Committee|Council|Assembly|Congress|Session|Meeting|Games|Expo))/u;
const ELECTION = /\belections?\b/gi;

/** A dated mention of another event: the event word (or "elections") nearest the date. */
function referencedAt(ctx: EventContext, s: Span, part: string, years: number[], main: LocalEvent, mainDate: DateHit | null, own: TypeHit | null = null): LocalEvent | null {
  const { text, published } = ctx;
  if (!mayHoldDay(part)) return null;
  const ws = eventWords(text, s);
  for (const m of matchesOf(ELECTION, part)) ws.push({ type: 'other', at: s.start + m.index!, len: m[0].length, strong: false, verbal: false });
  const named = REF_NAME.exec(part);
  if (named) ws.push({ type: eventTypeOf(named[1]!) ?? 'other', at: s.start + named.index + named[0].length - 1, len: 1, strong: false, verbal: false });
  if (!ws.length) return null;
  const pe = ctx.publishedEvidence;
  const ds = datesIn(text, s, published, years).filter(
    (d) =>
      !(mainDate && d.date === mainDate.date) &&
      d.date !== main.endDate &&
      (!pe || d.span.start >= pe.end || d.span.end <= pe.start) &&
      !/\b(?:until|till|through)\s+$/i.test(text.slice(Math.max(s.start, d.span.start - 10), d.span.start)),
  );
  // The nearest strong event word names the event ("the SCO Summit … on July 3-4"); else the nearest hint.
  let best: { d: DateHit; w: TypeHit; dist: number } | null = null;
  for (const d of ds) {
    for (const w of ws) {
      if (own && w.at === own.at) continue;
      const dist = Math.abs(d.span.start - w.at) + (w.strong ? 0 : 80);
      if (dist < 160 + (w.strong ? 0 : 80) && (!best || dist < best.dist)) best = { d, w, dist };
    }
  }
  if (!best) return null;
  const { d, w } = best;
  const rt = titleIn(text, s, w.at);
  const place = citiesIn(text, s.start, s.end)[0];
  return {
    title: rt?.title ?? REF_NAME.exec(part)?.[1]?.trim() ?? null,
    titleEvidence: rt?.span ?? null,
    type: w.type,
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
  };
}

/** A city that is the first word of a person's name ("Santiago Rubio") is not a place. */
function notAName(text: string, c: PlaceHit): boolean {
  return !/^ [A-Z][a-z]+(?: [A-Z][a-z]+)?(?:[,)]| and\b| \()/.test(text.slice(c.span.end, c.span.end + 30)) || /^ (?:City|Province|State|Region|District)\b/.test(text.slice(c.span.end, c.span.end + 12));
}

/** Location: dateline place, city in the event sentence, the title, the first paragraph; else country. */
/** The dateline's place, computed once per document (its regex is the costly part of a lookup). */
interface Dateline {
  text: string;
  city: PlaceHit | null;
  country: PlaceHit | null;
}
let lastDateline: Dateline | null = null;

function dateline(text: string): Dateline {
  if (lastDateline && lastDateline.text === text) return lastDateline;
  const head = text.slice(0, 400);
  // (Two places before the date: "NUST, Islamabad – 10 March 2023"; the city is looked for in both.)
  const dl = head.match(/(?:^|\n)\s*([A-Z][A-Za-z-]+(?:[ -][A-Za-z-]+){0,3}(?:,\s*[A-Z][A-Za-z-]+(?:[ -][A-Za-z-]+){0,3}(?=\s*(?:[,.:]|\s[–—-]|\s\()))?)\s*(?:[,.:]|\s[–—-]|\s\()/);
  let city: PlaceHit | null = null;
  let country: PlaceHit | null = null;
  if (dl) {
    const s = dl.index! + dl[0].indexOf(dl[1]!);
    const c = citiesIn(text, s, s + dl[1]!.length)[0];
    if (c) city = c;
    else if (/\(\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\s*\)/.test(text.slice(s, s + dl[0].length + 30))) {
      // "GEORGETOWN UNIVERSITY IN QATAR (Sept. 8, 2022)": the dateline names a country.
      country = countriesIn(titleCased(text.slice(0, s + dl[1]!.length)), s, s + dl[1]!.length)[0] ?? null;
    }
  }
  lastDateline = { text, city, country };
  return lastDateline;
}

const copyHit = (h: PlaceHit): PlaceHit => ({ ...h, span: { ...h.span } });

export function findLocation(ctx: EventContext, sentence: Span, avoid: Span[] = []): PlaceHit | null {
  const { text } = ctx;
  const cand: PlaceHit[] = [];
  const inAvoid = (c: PlaceHit): boolean => avoid.some((a) => a.start <= c.span.start && c.span.end <= a.end);
  const dl = dateline(text);
  const dlCountry: PlaceHit | null = dl.country ? copyHit(dl.country) : null;
  const named = citiesIn(text, sentence.start, sentence.end).filter((c) => notAName(text, c));
  // A city that names an institution ("the University of Chicago") is where the event was only when
  // no other place says so (a lecture "at the Holy Spirit University of Kaslik"): it comes last.
  const inInstitution = (c: PlaceHit): boolean => complementsInstitution(text, c.span.start);
  const inSentence = named.filter((c) => !inInstitution(c));
  const prefer = inSentence.find((c) => /\b(?:in|at)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, c.span.start - 10), c.span.start)));
  // The event's own sentence saying where ("… in The Hague") outranks the agency's dateline.
  if (prefer && !inAvoid(prefer)) cand.push(prefer);
  if (dl.city) cand.push(copyHit(dl.city));
  if (prefer && inAvoid(prefer)) cand.push(prefer);
  if (ctx.docTitle) {
    const at = text.indexOf(ctx.docTitle);
    if (at >= 0) cand.push(...citiesIn(text, at, at + ctx.docTitle.length).filter((c) => /\b(?:in|at)\s+$/.test(text.slice(c.span.start - 4, c.span.start))));
  }
  if (dlCountry) cand.push(dlCountry);
  cand.push(...inSentence);
  const firstPara = text.indexOf('\n\n', sentence.end);
  const firstParaCities = citiesIn(text, 0, firstPara > 0 ? Math.min(firstPara, 1500) : Math.min(text.length, 1500)).filter((c) => notAName(text, c) && !inAvoid(c));
  cand.push(...firstParaCities.filter((c) => !inInstitution(c)), ...named.filter(inInstitution), ...firstParaCities);
  const ok = cand.find((c) => !inAvoid(c) || c === prefer || c === cand[0]);
  if (ok) return ok;
  const country = countriesIn(text, sentence.start, sentence.end).find((c) => /\bin\s+$/.test(text.slice(c.span.start - 3, c.span.start)));
  if (country) return country;
  // A programme's venue line near the top: "Chatham House, London", "Venue: Hotel Hyatt, Dushanbe".
  for (const line of matchesOf(VENUE_LINE, text.slice(0, 800))) {
    const at = line.index! + line[0].length - line[1]!.length;
    const city = citiesIn(text, at, at + line[1]!.length)[0];
    if (city && !inAvoid(city)) return city;
  }
  // Program-style reports: the city named most often near the top.
  const counts = new Map<string, { n: number; hit: PlaceHit }>();
  for (const c of citiesIn(text, 0, Math.min(text.length, 3000))) {
    if (!notAName(text, c) || inAvoid(c)) continue;
    const e = counts.get(c.name) ?? { n: 0, hit: c };
    e.n++;
    counts.set(c.name, e);
  }
  const top = [...counts.values()].sort((a, b) => b.n - a.n)[0];
  return top && top.n >= 2 ? top.hit : null;
}

/** A short line that ends in a place after a comma (a programme's venue line); the place is group 1. */
const VENUE_LINE = /^[^\n.!?]{2,50},[ \t]*([A-Z][\p{L}.' -]{1,30}?)[ \t]*$/gmu;

/** Same-length text with ALL-CAPS words title-cased (so "QATAR" reads as a country name). */
function titleCased(text: string): string {
  return text.replace(/\b([A-Z])([A-Z]+)\b/g, (_, a: string, b: string) => a + b.toLowerCase());
}

/** Kept for callers that want the old single-sentence title lookup. */
export { titleIn as findTitle };
