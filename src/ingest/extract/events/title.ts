/**
 * The reported event's own name or theme, with its span in the cleaned text. In order of trust:
 * a headline that is itself an event name ("Launch of the Special Edition of …", "Seminar on …");
 * a quoted theme the text ties to the event (adjacent to the event word or introduced by "titled",
 * "entitled", "called", "on the theme"); an unquoted theme after "titled"; a program-style
 * heading ("Seminar Report" then the theme line); a capitalised proper name ending in an event noun
 * ("the Astana International Forum", "33rd Asia-Pacific Roundtable"). A quoted phrase that names an
 * organizer ("organized by the ‘X’") or a thing someone owns ("the SCO’s “China Year”") is not one.
 */
import { BESIDE_EVENT, EVENT_NAME_HEADS } from '../../lexicon/events';
import { MONTHS, WEEKDAYS } from '../dates';
import type { Span } from '../../types';
import { matchesOf } from '../../regex';

export interface TitleHit {
  title: string;
  span: Span;
}

const QUOTE = /“([^”\n]{4,200})”|"([^"\n]{4,200})"|‘([^\n]{4,200}?)’(?!\w)|(?<!\w)'([^'\n]{4,200}?)'(?!\w)/g;
/** Words that introduce a theme right before its quotation. */
const THEME_CUE =
  /(?:\b(?:titled|entitled|called|named|themed|theme|topic|subject|title|slogan|motto|film|documentary|book|on|about|under|regarding)\b|:)\s*(?:of\s+|was\s+|is\s+)?(?:the\s+)?[,:]?\s*$/i;
const NOT_TITLE_BEFORE = /(?:\bby\s+(?:the\s+)?|[’']s\s+|\bwith\s+(?:the\s+)?|\bof\s+the\s+)$/i;
/** A month or weekday name as a word (not the start of a longer word). */
const DATE_WORD = String.raw`(?:${[...MONTHS, ...WEEKDAYS].map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})\b`;
const EVENT_NOUN = new RegExp(String.raw`\b(?:${EVENT_NAME_HEADS}|round[- ]?table|panel discussion|ceremony|reception|exhibition|launch|chat|event|screening|session|debate|talk)s?\b`, 'i');
// (The head may take a capitalised complement: "International Conference on Water Security".
// Not a date: "Forum on Monday".)
const NAMED = new RegExp(
  String.raw`((?:\d+(?:st|nd|rd|th|RD|TH|ST|ND)\s+)?(?:[A-Z][\p{L}’'-]*|[A-Z]+)(?:\s+(?:of|on|for|and|&|the)?\s*[A-Z\d][\p{L}\d’'-]*)*\s+(?:${EVENT_NAME_HEADS})(?:\s+\d{4})?(?:\s+(?:on|of|for)\s+(?:the\s+)?(?!${DATE_WORD})[A-Z][\p{L}’'-]*(?:\s+(?:and|&|of|the|in|for)?\s*(?!${DATE_WORD})[A-Z][\p{L}’'-]*){0,6})?)`,
  'gu',
);
/**
 * Right after a name: a verb of organizing, whose subject the name is ("Global Governance Forum
 * hosted a workshop", "The Forum (GGF), in collaboration with Y, organised …"): an organization
 * named like an event.
 */
const ORGANIZES_AFTER = /^\s*(?:\([A-Z][\w&-]*\)\s*)?(?:,[^.;]{0,100}?,\s*|,\s*)?(?:has\s+|have\s+|had\s+)?(?:jointly\s+)?(?:host(?:s|ed)|organi[sz](?:es|ed)|holds|held|convene[sd]|arrange[sd]|co-host(?:s|ed)|co-organi[sz](?:es|ed))\s+(?:an?|the|its|their)\b/;

/** True when the name ending at `end` is the subject of an organizing verb ({@link ORGANIZES_AFTER}). */
export function organizesAfter(text: string, end: number): boolean {
  return ORGANIZES_AFTER.test(text.slice(end, end + 160));
}

/** An event word as headings write it: "Seminar", "Annual Conference", "Panel discussion". */
const HEADING_EVENT = String.raw`(?:(?:International|National|Annual|Informal|Public|Online)\s+)?(?:Seminar|Conference|Round ?table|Roundtable|Webinar|Workshop|Lecture|Symposium|Forum|Panel discussion|Colloquium|Briefing|Dialogue|Debate|Consultations?|Summit|Exhibition|Talk)`;
/** A headline that names an event rather than telling what happened. */
const HEADLINE_NAME = new RegExp(
  String.raw`^(?:(?:The\s+)?(?:Launch|Inauguration|Opening|Unveiling|Celebration|Commemoration)\s+of\b|${HEADING_EVENT}\s+(?:on|about|in honou?r of)\b)`,
  'i',
);
/** A headline of an event word and its theme after a colon or dash: "Webinar: The Future of Arms Control". */
const HEADLINE_THEME = new RegExp(String.raw`^${HEADING_EVENT}\s*[:–—|]\s+(\S.{3,150})$`, 'i');
/** Finite verbs that make a headline a sentence ("… holds …", "… discussed …"). */
const HEADLINE_VERB = /\b(?:held|hosted|organi[sz]ed|conclude[sd]?|closes|closed|begins?|began|starts?|started|ends?|ended|opens?|opened|kicks? off|wraps? up|gets? under ?way|underway|takes? place|took place|is|are|was|were|says?|said|highlights?|discuss(?:es|ed)?|attended|marks?|marked)\b/i;
const CONNECTOR = /^(?:of|on|for|and|&|the|in|to|a|an|at|with|between|from|its|their|—|–|-|:)$/i;

function clean(t: string): string {
  return t.replace(/[\s.,;:]+$/, '').replace(/^[\s“"‘']+|[\s”"’']+$/g, '').trim();
}

/** A headline shaped like an event name, as a title (span in `text`). */
export function headlineTitle(text: string, headline: string | null): TitleHit | null {
  if (!headline) return null;
  // "Webinar: The Future of Arms Control": the event word, then its theme.
  const theme = HEADLINE_THEME.exec(headline);
  if (theme) {
    const at = text.indexOf(headline);
    if (at < 0 || at > 600) return null;
    const t = clean(theme[1]!);
    const from = at + headline.indexOf(t, theme[0].length - theme[1]!.length);
    return { title: t, span: { start: from, end: from + t.length } };
  }
  if (!HEADLINE_NAME.test(headline)) return null;
  const rest = headline.replace(HEADLINE_NAME, '');
  if (HEADLINE_VERB.test(rest)) return null;
  const at = text.indexOf(headline);
  if (at < 0 || at > 600) return null;
  const t = clean(headline);
  return { title: t, span: { start: at + headline.indexOf(t), end: at + headline.indexOf(t) + t.length } };
}

/** A quoted theme tied to the event word at `eventAt` in `sentence`. */
function quotedTitle(text: string, sentence: Span, eventAt: number): TitleHit | null {
  const part = text.slice(sentence.start, sentence.end);
  const rel = eventAt - sentence.start;
  for (const m of matchesOf(QUOTE, part)) {
    const raw = m[1] ?? m[2] ?? m[3] ?? m[4]!;
    const before = part.slice(Math.max(0, m.index! - 40), m.index);
    if (NOT_TITLE_BEFORE.test(before) && !THEME_CUE.test(before)) continue;
    const end = m.index! + m[0].length;
    const after = part.slice(end, end + 30);
    // Adjacent to the event word: "seminar “X”", "the “X” seminar", "a round table on “X”".
    const gap = m.index! >= rel ? part.slice(rel, m.index).split(/\s+/).length : 99;
    // (Not a quotation someone made of the event: "said of the ceremony that it was “…”".)
    const adjacentAfter = m.index! >= rel && gap <= 5 && !/[.;]|\b(?:that|was|were|is|are|as)\b/.test(part.slice(rel, m.index));
    const adjacentBefore = EVENT_NOUN.test(after.slice(0, 25)) && /^\s*(?:\w+\s+){0,2}\w+/.test(after);
    const cued = THEME_CUE.test(before);
    if (!(adjacentAfter || cued || (adjacentBefore && /^[\s,]*(?:[\w-]+\s+){0,2}(?:round|seminar|conference|forum|webinar|workshop|exhibition|lecture|summit|event|panel|symposium|dialogue|session|ceremony|festival)/i.test(after))))
      continue;
    const title = clean(raw);
    if (title.split(/\s+/).length < 2) continue;
    const s = sentence.start + m.index! + m[0].indexOf(title);
    return { title, span: { start: s, end: s + title.length } };
  }
  return null;
}

/** "titled Uzbekistan and Pakistan Economic Development" (no quotes): the capitalised theme. */
function unquotedTitle(text: string, sentence: Span): TitleHit | null {
  const part = text.slice(sentence.start, sentence.end);
  const cue = /\b(?:titled|entitled|themed|under the theme|on the theme|on the topic)\s*:?\s+(?=[A-Z])/.exec(part);
  if (!cue) return null;
  const from = cue.index + cue[0].length;
  const words = part.slice(from).split(/(?=\s)/);
  let end = 0;
  let acc = '';
  for (const w of words) {
    const bare = w.trim();
    if (!bare) break;
    const core = bare.replace(/[,.;:!?)]+$/, '');
    if (!/^[A-Z\d]/.test(core) && !CONNECTOR.test(core)) break;
    acc += w;
    end = acc.trimEnd().length;
    if (core !== bare) break; // punctuation ends the theme
  }
  let title = acc.slice(0, end).replace(/[,.;:!?]+$/, '');
  title = title.replace(/(?:\s+(?:of|on|for|and|&|the|in|to|a|an|at|with))+$/i, '').trim();
  if (title.split(/\s+/).length < 2) return null;
  const s = sentence.start + from + acc.indexOf(title);
  return { title, span: { start: s, end: s + title.length } };
}

/** Capitalised name ending in an event noun ("the Astana International Forum"). */
function namedTitle(text: string, sentence: Span): TitleHit | null {
  const part = text.slice(sentence.start, sentence.end);
  for (const m of matchesOf(NAMED, part)) {
    const t = m[1]!.replace(/^(?:The|A|An|At|In|On|During|This|Its|Their)\s+/, '');
    if (t.split(/\s+/).length < 2) continue;
    // "Faculty Conference room" is a place; a name of ALL-CAPS words is a shouted heading.
    if (/^\s+(?:room|hall|centre|center)\b/i.test(part.slice(m.index! + m[0].length))) continue;
    // "On the sidelines of the 20th X Dialogue, …": the event the report's is beside.
    if (BESIDE_EVENT.test(part.slice(Math.max(0, m.index! - 60), m.index!))) continue;
    // "Global Governance Forum hosted a workshop": a body that organizes, not the event.
    if (organizesAfter(part, m.index! + m[0].length)) continue;
    const s = sentence.start + m.index! + m[1]!.indexOf(t);
    return { title: t, span: { start: s, end: s + t.length } };
  }
  return null;
}

/** The proper name that the event word at `hit` ends ("the Astana International Forum"). */
export function namedTitleAt(text: string, sentence: Span, hit: { at: number; len: number }): TitleHit | null {
  const part = text.slice(sentence.start, sentence.end);
  for (const m of matchesOf(NAMED, part)) {
    const s = sentence.start + m.index!;
    const e = s + m[1]!.length;
    if (hit.at < s || hit.at + hit.len > e) continue;
    if (organizesAfter(part, m.index! + m[0].length)) return null;
    const t = m[1]!.replace(/^(?:The|A|An|At|In|On|During|This|Its|Their)\s+/, '');
    if (t.split(/\s+/).length < 2) return null;
    const from = s + m[1]!.indexOf(t);
    return { title: t, span: { start: from, end: from + t.length } };
  }
  return null;
}

/** A theme (quoted, or after "titled") tied to the event word at `eventAt`; never a bare name. */
export function themeTitle(text: string, sentence: Span, eventAt: number): TitleHit | null {
  return quotedTitle(text, sentence, eventAt) ?? unquotedTitle(text, sentence);
}

/**
 * A title that the text marks as one for the event word at `eventAt`, in any sentence: quoted
 * right after the word ("a workshop on “X”", "The event, “X”, was organized by") or after a
 * cue of naming ("The round table titled “X” was organised by", "titled X").
 */
export function markedTitle(text: string, sentence: Span, eventAt: number): TitleHit | null {
  const quoted = quotedTitle(text, sentence, eventAt);
  if (quoted) {
    if (quoted.span.start > eventAt && RIGHT_AFTER_WORD.test(text.slice(eventAt, quoted.span.start))) return quoted;
    if (NAMING_CUE.test(text.slice(Math.max(sentence.start, quoted.span.start - 30), quoted.span.start))) return quoted;
  }
  return unquotedTitle(text, sentence);
}
/** From an event word to a quote right after it: "workshop on “", "event, “", "lecture: “". */
const RIGHT_AFTER_WORD = /^[\p{L}-]+(?:\s*[,:]\s*|\s+(?:on|about)\s+|\s+)[“"‘']$/u;
const NAMING_CUE = /\b(?:titled|entitled|themed|theme|called|named)\b[\s:,“"‘']*$/i;

/** Title of the event introduced in `sentence` (event word at `eventAt`). */
export function findTitle(text: string, sentence: Span, eventAt: number): TitleHit | null {
  return quotedTitle(text, sentence, eventAt) ?? unquotedTitle(text, sentence) ?? namedTitle(text, sentence);
}

const PROGRAM_HEAD = new RegExp(String.raw`^${HEADING_EVENT}(?:\s+(?:report|proceedings|summary))?\s*$`, 'i');

/** Program-style reports: a heading line ("Seminar Report") and the theme on the next line. */
export function programTitle(text: string, limit = 4000): TitleHit | null {
  const head = text.slice(0, limit);
  let offset = 0;
  const lines = head.split('\n');
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i]!;
    if (PROGRAM_HEAD.test(line.trim())) {
      let j = i + 1;
      let at = offset + line.length + 1;
      while (j < lines.length && !lines[j]!.trim()) at += lines[j++]!.length + 1;
      const next = lines[j];
      if (next && !/^(?:organi[sz]ed|hosted|held|venue|date|on)\b/i.test(next.trim()) && /^[“"‘']?[A-Z]/.test(next.trim())) {
        const t = clean(next);
        if (t.split(/\s+/).length >= 2 && t.length <= 200) {
          const s = at + next.indexOf(t);
          return { title: t, span: { start: s, end: s + t.length } };
        }
      }
    }
    offset += line.length + 1;
  }
  return null;
}
