/**
 * Who took part, and in what capacity. A person takes part when a participation cue is about
 * them: they are the subject of a speech verb ("X said", "…, said X"), the object of a verb that
 * brings people to the event ("attended by X", "in the presence of X", "introduced X"), named in a
 * clause with a capacity cue ("X was the chief guest"), listed under a programme label ("Guest
 * Speakers" / "Host" lines), or an item of a list whose head carries the cue ("Among those present
 * were A (Country); B (Country)"). A name that only qualifies something ("President X's policy",
 * "the initiative of X", "representing X") is a mention.
 *
 * All regexes are compiled once; the work per person is linear in the length of their clauses.
 */
import type { Capacity } from '../../../model/schema';
import type { LocalPerson, Span } from '../../types';
import { matchesOf } from '../../regex';
import { addDays, datesIn, mayHoldDate } from '../dates';
import { endsInAbbreviation } from '../../segment';

/** Capacity cues, strongest first; each applies to the people of the clause it is in. */
const CAPACITY_CUES: [RegExp, Capacity][] = [
  [/\bchief guests?\b/i, 'chief guest'],
  [/\bguests? of hono(?:u)?r\b/i, 'guest of honor'],
  [/\bkeynote\b/i, 'keynote'],
  [/\bmoderat(?:or|ed|ing|es)\b|\bfacilitat(?:or|ed)\b|\bchaired\b|\bpresided\b|\bcompered\b|\bmasters? of (?:the )?ceremon(?:y|ies)\b|\bemcees?\b/i, 'moderator'],
  [/\b(?:host(?:ed|s)?|officiat(?:ed|es))\b(?!\s+by)|\bhosting\b|(?:^|\n)Host\b|\b(?:upon|at|on) the invitation of\b|\b(?:hosted|officiated) by\b|\bwelcom(?:ed|e|ing)\b[^.;]{0,40}?\b(?:guests|participants|audience|attendees|delegates|delegations|visitors)\b/i, 'host'],
];
const RANK = new Map<Capacity, number>(CAPACITY_CUES.map(([, c], i) => [c, i]));
/**
 * The rank of a capacity: a cue's place above; a capacity no cue gives ("speaker") ranks below them
 * all, and "attendee" last (one listed among the participants who then speaks is a speaker).
 */
function rankOf(cap: Capacity): number {
  return RANK.get(cap) ?? (cap === 'attendee' ? RANK.size + 1 : RANK.size);
}

/** Speech verbs whose subject is a speaker (the subject comes before, or right after: "…, said X"). */
const SPEAK = /\b(?:said|says|spoke|speak|speaking|stated|noted|added|told|stressed|emphasi[sz]ed|highlighted|remarked|observed|explained|underlined|underscored|pointed|expressed|informed|welcomed|thanked|presented|delivered|urged|called|opened|briefed|shared|addressed|addressing|talked|drew|discussed|outlined|elaborated|maintained|opined|mentioned|asserted|recalled|according|believes?|suggested|proposed|reiterated|congratulated|greeted|awarded|handed|cut|lectured|participated|launched|moderated|affirmed|echoed|emphasizing|emphasising|praised|commended|described|lauded|appreciated|acknowledged|argued|warned|concluded|announced|gave|extended|reflected|recognized|recognised|agreed|previewed|inaugurated|officiated|chaired|reviewed|examined|explored|assessed|analy[sz]ed|debated|cautioned|responded|replied)\b/gi;
/** Speech verbs whose passive says what others said of a person ("X was mentioned", "X was praised"). */
const SPOKEN_OF = /^(?:mentioned|quoted|cited|praised|commended|lauded|recalled|described|recognized|recognised|appreciated|acknowledged)$/i;
/** The perfect's auxiliary right before the verb ("has described", "had long said"). */
const PERFECT_BEFORE = /\b(?:has|had|have)\s+(?:\w+ly\s+|long\s+|often\s+|repeatedly\s+)?$/i;
/** Nouns of a talk: "speech by X", "in her keynote address, X …". */
const TALK = /\b(?:speech|speeches|remarks|address|presentation|lecture|statement|briefing|introduction|talk|keynote|vote of thanks)\b/i;
/** Speech verbs that may come before their subject ("…, said X", "according to X"). */
const INVERTED = /^(?:said|says|stated|noted|added|remarked|stressed|explained|according)$/i;
/** Between an inverted speech verb and its speaker: a title of capitalised words ("said Federal Minister for Climate Change X"). */
const INVERTED_TITLE = /^[\s,]*(?:(?:the|to)\s+)?(?:[A-Z][\w.’'-]*,?\s+(?:(?:of|for|and|&|the)\s+){0,2}){0,8}$/;
/**
 * A verb in active voice in `between` (the text from a capacity cue to a name after it): the cue
 * then names the verb's subject. A passive ("was delivered by", "moderated by") leaves it the name's.
 */
function actsBetween(between: string): boolean {
  for (const v of matchesOf(SPEAK, between)) if (!/^\s+by\b/.test(between.slice(v.index! + v[0].length))) return true;
  // ("The webinar, moderated by A, featured B": a listing verb starts the list of others.)
  return /\b(?:introduced|invited|received|featured|features|included|includes|comprised|brought together)\b(?!\s+by\b)/.test(between);
}
/** Right after a name: "for (jointly) organizing/hosting" (the rest of its apposition first). */
const ORGANIZED_IT = /^(?:,[^,.;]{0,40},)?\s+for\s+(?:jointly\s+|co-)?(?:organi[sz]ing|hosting|convening|arranging)\b/i;
/** A speech verb in the passive with its agent: "was addressed by", "were delivered by". */
/** A passive's auxiliary (and an adverb) before its verb: "was", "were warmly". */
const PASSIVE_AUX = String.raw`\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?`;
const PASSIVE_SPEECH = new RegExp(String.raw`${PASSIVE_AUX}(?:${SPEAK.source})\s+by\b`, 'i');
/** A passive's auxiliary right before the verb. */
const BEEN_BEFORE = new RegExp(`${PASSIVE_AUX}$`, 'i');
/** Titles (and an article) between a cue and the name it governs, up to the name: "the Ambassador of X, H.E. Mr. ". */
const TITLES_UP_TO_NAME = String.raw`(?:(?:the|a|an)\s+)?(?:[A-Z][\w.’'-]*,?\s+){0,6}$`;
/** Between a verb and the name that is its agent: "by", then titles. */
const PASSIVE_AGENT = new RegExp(String.raw`^\s+by\s+${TITLES_UP_TO_NAME}`);
/**
 * Between a passive verb and a later name of the list of its agents: "presented by Dr. A,
 * Professor, Y University, and Mr. B": "by", then only the list (no other verb, no relative clause).
 */
function agentInList(between: string): boolean {
  return PASSIVE_LIST.test(between) && !SPEAKS.test(between) && !/\b(?:who|whom|which|that)\b/.test(between);
}
const PASSIVE_LIST = /^\s+by\s[^;]*(?:,|\band\b)[^;]*$/;
/** A speech verb anywhere (SPEAK without its global state). */
const SPEAKS = new RegExp(SPEAK.source, 'i');
/**
 * Between two names of one subject: the first one's apposition or "of/from ORG", if any, then
 * "and" and the second one's titles ("A, EUISS Director and B", "A of X and Dr. B", "A and Dr. B").
 */
const COORDINATED = /^(?:\s*[,(–—][^,.;()]{0,80}?[,)]?|\s+(?:of|from)\s+[^,.;()]{1,80}?)?\s+and\s+(?:(?:the\s+)?[A-Z][\w.’'-]*,?\s+){0,6}$/;

/**
 * True when no name stands between `from` and `to` (clause offsets) other than names joined one
 * after the other by "and" to the name ending at `from`: the verb at `to` has them all as subject.
 */
function coordinatedUpTo(clause: string, from: number, to: number, names: readonly Span[]): boolean {
  const between: Span[] = [];
  for (const o of names) if (o.start >= from && o.end <= to) between.push(o);
  between.sort((a, b) => a.start - b.start);
  let end = from;
  for (const o of between) {
    if (!COORDINATED.test(clause.slice(end, o.start))) return false;
    end = o.end;
  }
  return true;
}
/** Words of a list of speakers: the names listed are speakers ("Panelists included …", "The panel comprised …"). */
const LISTING_WORDS = String.raw`speakers?|panelists?|panellists?|presenters?|discussants?|comprised|comprising|featured|featuring|brought together|on the panel`;
/** A list head that lists speakers ("Presentations were made by:", "… made presentations:"). */
const LISTS_SPEAKERS = new RegExp(String.raw`\b(?:${LISTING_WORDS}|presentations?|(?:made|delivered|presented|given) by)\b`, 'i');
/** The people a conversation is between or with: "a fireside chat between A and B". */
const CONVERSATION = String.raw`(?:chat|conversation|discussion|dialogue|debate|interview)\s+(?:with|between)`;
/** A clause that lists speakers, or says they spoke. */
const CLAUSE_LISTS_SPEAKERS = new RegExp(String.raw`\b(?:${LISTING_WORDS}|introduced|addressed|spoke|${CONVERSATION})\b`, 'i');
/** A clause (or list head) that says people were there. */
const ATTEND = new RegExp(String.raw`\b(?:${LISTING_WORDS}|${CONVERSATION}|signed\s+(?:on behalf of|for|the|an?)|attend(?:ed|ees|ing)?|present|presence|among|guests?|participants?|joined|graced|included|including|received|introduced|met|visited|assisted|talks with|(?:held|holds?|holding)\s+(?:\w+\s+){0,2}?(?:talks|consultations|negotiations|discussions|meetings?)|counterparts?|courtesy call|t(?:ook|akes|aking) part|interact(?:ed|s|ing)? with|(?:paid|pays|paying) (?:a |an )?(?:\w+ )?(?:call|visit)|call(?:ed|s)? on|(?:led|headed) (?:by|the)|accompanied)\b`, 'i');
/** The guest a host receives, right after the verb (titles between): "We were delighted to host H.E. Mr. X". */
const HOSTED_GUEST = new RegExp(String.raw`\bhost(?:ed|s|ing)?\s+${TITLES_UP_TO_NAME}`);
/** "…, were the Minister of X, A and B": "were" right before the names (titles between). */
const WERE_BEFORE = /\bwere\s+(?:(?:the|and|of|for|in|&)\s+|[A-Z][\w’'.-]*,?\s+){0,20}$/;
/** Contexts right before a name that make it a mention (the person is absent or only cited). */
const MENTION_ONLY = /(?:published by|written by|authored by|article by|book by|works by|photographs? by|photos? by|message (?:of|from)|letter (?:of|from)|on behalf of|representing|initiative of|leadership of|role of|efforts of|contribution of|legacy of|reforms of|founded by|by the late|the late|proposed by|signed by|appointed by|decree of|instructions? of|vision of|policy of|quoted|citing|cited|like|(?<!\b(?:chat|conversation|discussion|dialogue|debate|talks|meeting|exchange|interview|session)\s)between|gratitude to|thanks to|grateful to|tribute to|congratulated|conveyed (?:the )?greetings of|greetings? (?:of|from)|sent by|on the instructions of|(?:invitation|greetings?) extended by|set by|(?:government|administration|presidency)\s+(?:of|under)|inauguration of)\s*(?:the\s+)?(?:[A-Z][\w.-]*\s*,?\s*(?:of\s+(?:the\s+)?)?){0,8}$/;
const LIST_HEAD_ATTEND = /\b(?:attend(?:ed|ees|ing)?|present|presence|among|guests?|participants?|included|including|were|received|envoys|ambassadors|speakers?|panelists?|panellists?|discussants?|presenters?|introduced|comprised|comprising|featured|featuring|presentations?)\b/i;

/** Programme labels at the start of a line: they set the capacity of the names listed under them. */
const LABELS: [RegExp, Capacity][] = [
  [/^(?:chief guests?)\b/i, 'chief guest'],
  [/^(?:guests? of hono(?:u)?r)\b/i, 'guest of honor'],
  [/^(?:keynote(?: speakers?| address| speech)?)\b/i, 'keynote'],
  [/^(?:moderators?|chair(?:ed by)?|facilitators?|masters? of ceremon(?:y|ies)|emcees?|mcs?)\b/i, 'moderator'],
  [/^(?:hosts?|welcome (?:address|remarks))\b/i, 'host'],
  [/^(?:guest speakers?|speakers?|panel(?:ists|lists)?|presenters?|discussants?|resource persons?|opening remarks|closing remarks|concluding remarks|remarks by)\b/i, 'speaker'],
  [/^(?:participants|attendees|delegates|also present)\b/i, 'attendee'],
];
/**
 * The programme label that opens `line`, as its length (0 when none): "Host" in "Host Lieutenant
 * General X", where a PDF's label column runs into the line without a colon.
 */
export function programmeLabelLength(line: string): number {
  for (const label of LABELS) {
    const m = label[0].exec(line);
    if (m) return m[0].length;
  }
  return 0;
}

function sentenceAt(sentences: Span[], pos: number): Span {
  // Sentences are sorted: binary search.
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return { start: pos, end: pos };
}

/** Clause boundaries inside a sentence: ";", "while", "whereas", ", but", a full stop (not after an abbreviation). */
export function clauseOf(text: string, s: Span, pos: number): { clause: Span; head: Span | null } {
  const part = text.slice(s.start, s.end);
  const rel = pos - s.start;
  let start = 0;
  let end = part.length;
  let firstSemi = -1;
  for (const m of matchesOf(/;|,?\s+while\s+|,?\s+whereas\s+|,\s+but\s+|\.\s/g, part)) {
    if (m[0].startsWith('.') && endsInAbbreviation(part.slice(Math.max(0, m.index! - 8), m.index! + 1))) continue;
    if (m[0] === ';' && firstSemi < 0) firstSemi = m.index!;
    if (m.index! + m[0].length <= rel) start = m.index! + m[0].length;
    else if (m.index! >= rel) {
      end = m.index!;
      break;
    }
  }
  // An item of a ";"-separated list: the head clause (before the first ";") governs it.
  const head = firstSemi >= 0 && start > firstSemi ? { start: s.start, end: s.start + firstSemi } : null;
  return { clause: { start: s.start + start, end: s.start + end }, head };
}

/** The programme label governing a line, if the line sits in a block of short lines under one. */
export function labelCapacity(text: string, pos: number): Capacity | null {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  // The answer depends on the line alone, and a line often names several people: it is kept
  // for the current text.
  if (labels.text !== text) {
    labels.text = text;
    labels.byLine.clear();
  }
  let cap = labels.byLine.get(lineStart);
  if (cap === undefined) {
    cap = labelOfLine(text, lineStart);
    labels.byLine.set(lineStart, cap);
  }
  return cap;
}
const labels: { text: string | null; byLine: Map<number, Capacity | null> } = { text: null, byLine: new Map() };

/**
 * How far up a label reaches, in lines with text (the mention's own included). Blank lines do not
 * count: a report captured from a PDF often has one after every wrapped line, so a list of six
 * speakers of two or three lines each spans some 35 lines, most of them blank.
 */
const LABEL_REACH = 20;
/** The end of a sentence, before any closing quote or bracket. */
const SENTENCE_END = /[.!?]["”’)]*$/;

function labelOfLine(text: string, from: number): Capacity | null {
  let lineStart = from;
  for (let n = 0; n < LABEL_REACH && lineStart >= 0; ) {
    const lineEnd = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim();
    if (line) n++;
    // (Pairs read by index here and below, not destructured: a destructuring made an iterator per
    // pair, for every line looked at and every mention.)
    for (const label of LABELS) if (label[0].test(line) && !/^\S+\s+(?:the|a|an|was|were|is|are)\b/i.test(line)) return label[1];
    // The mention's own line, without a label, opens with a sentence with a speech verb: prose, not
    // an item of a list.
    if (n === 1 && SPEAKS.test(line.split(FIRST_SENTENCE_END, 1)[0]!)) return null;
    // A sentence that opens a list with a colon: "The panel comprised:", "Among the guests were:".
    // (Its last sentence only: "The session was moderated by X. Presentations were made by:".)
    if (n > 1 && line.endsWith(':') && line.length <= 240) {
      const cap = listHeadCapacity(line.split(SENTENCE_BREAK).pop()!);
      if (cap !== undefined) return cap ?? 'attendee';
    }
    // Prose (a long line ending a sentence) above the mention's own line ends a programme block.
    // A long line that ends otherwise is a programme entry: a speaker with a title of several
    // parts ("Dr. X – Leading Expert, Center of …, Moscow State Institute of …, Russian Foreign Ministry,").
    if (n > 1 && line.length > 110 && SENTENCE_END.test(line)) return null;
    if (lineStart === 0) break;
    lineStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  }
  return null;
}

/** A sentence's end inside a line (not the dot of "Dr.", "Mr." or an initial). */
const FIRST_SENTENCE_END = /(?<!\b(?:Dr|Mr|Mrs|Ms|Prof|Engr|St|[A-Z]))[.!?]\s/;
/** The same, to split a line into its sentences. */
const SENTENCE_BREAK = new RegExp(FIRST_SENTENCE_END.source, 'g');

/**
 * What a list's head says of the names under it ("Speakers included A; B", "The panel comprised:"):
 * their capacity (a cue of the head, or speaker for a head that lists speakers), null for a head
 * that only says they were there, undefined for no list head.
 */
function listHeadCapacity(head: string): Capacity | null | undefined {
  const panel = /\bpanel\b/i.test(head);
  if (!LIST_HEAD_ATTEND.test(head) && !panel) return undefined;
  for (const cue of CAPACITY_CUES) if (cue[1] !== 'host' && cue[0].test(head)) return cue[1];
  return LISTS_SPEAKERS.test(head) || panel ? 'speaker' : null;
}

/**
 * A programme label in brackets later in the mention's line or sentence, before any other name:
 * "- **Dr. X**, Director, Y Institute (moderator)". Short labels only: "(Speaker of the Senate)" is a title.
 */
function bracketCapacity(text: string, m: Span, others: Span[]): Capacity | null {
  // The rest of the item: up to the line's or the sentence's end.
  const rest = text.slice(m.end, m.end + 160).split(ITEM_END)[0]!;
  const b = BRACKETED.exec(rest);
  if (!b) return null;
  const at = m.end + b.index;
  if (others.some((o) => o.start > m.end && o.start < at)) return null;
  const inner = b[1]!.trim();
  if (inner.split(/\s+/).length > 3) return null;
  for (const label of LABELS) if (label[0].test(inner)) return label[1];
  return null;
}
const BRACKETED = /\(([^()\n]{2,40})\)/;
const ITEM_END = /\n|[.;](?=\s)/;

export interface Assessment {
  participant: boolean;
  capacity: Capacity;
  evidence: Span;
}

const DIGIT = /\d/;

/** The reported event's days, and the publication date that days without a year are read against. */
export interface EventDay {
  date: string;
  endDate: string | null;
  published: string | null;
}

/**
 * True when a clause that does not speak is dated to another day than the event's, more than a
 * week away: what it says of a person happened at another time ("… hosted by Prime Minister X on 27 January 2022",
 * "… when he was received by President Y" after "on May 29, 2023"), or will ("… the forum in
 * Vladivostok, to be held from Sept 3 to 6, following an invitation by President Z").
 */
function datedElsewhere(text: string, clause: Span, day: EventDay): boolean {
  const part = text.slice(clause.start, clause.end);
  // (A day more than a week away is written with its number: a clause without a digit has none.
  // Not a clause that speaks: a speaker recalls or discusses what happened on other days.)
  if (!DIGIT.test(part) || !mayHoldDate(part) || SPEAKS.test(part) || TALK.test(part)) return false;
  const ds = datesIn(text, clause, day.published);
  if (!ds.length) return false;
  const from = addDays(day.date, -7);
  const to = addDays(day.endDate ?? day.date, 7);
  return ds.every((d) => (d.endDate ?? d.date) < from || d.date > to);
}

/**
 * Participation of one person. `others` are the mention spans of every person in the document,
 * used to give each speech verb to the name it belongs to.
 */
export function assessParticipation(text: string, sentences: Span[], p: LocalPerson, others: Span[], day: EventDay | null = null): Assessment {
  let capacity: Capacity | null = null;
  let participant = false;
  let evidence = p.mentions[0]!;
  let mentionOnly = 0;
  const take = (cap: Capacity | null, m: Span): void => {
    if (!participant || (cap && (!capacity || rankOf(cap) < rankOf(capacity)))) evidence = m;
    participant = true;
    if (cap && (!capacity || rankOf(cap) < rankOf(capacity))) capacity = cap;
  };
  for (const m of p.mentions) {
    const s = sentenceAt(sentences, m.start);
    const { clause: c, head } = clauseOf(text, s, m.start);
    const clause = text.slice(c.start, c.end);
    const before = text.slice(Math.max(s.start, m.start - 120), m.start);
    // "… gratitude to Professor X for jointly organizing the event": thanked, and the host.
    if (ORGANIZED_IT.test(text.slice(m.end, m.end + 60))) {
      take('host', m);
      continue;
    }
    if (MENTION_ONLY.test(before) || (day && datedElsewhere(text, c, day))) {
      mentionOnly++;
      continue;
    }
    const possessive = /^[’']s?\b/.test(text.slice(m.end, m.end + 2));
    const label = bracketCapacity(text, m, others) ?? labelCapacity(text, m.start);
    if (label && !possessive) take(label, m);
    // Capacity cues of the clause.
    let capHere: Capacity | null = null;
    for (const cue of CAPACITY_CUES) {
      const cap = cue[1];
      const hit = cue[0].exec(clause);
      if (!hit) continue;
      if (cap === 'host') {
        const at = c.start + hit.index;
        const hostAfter = /invitation of|\sby$/i.test(hit[0]);
        // "X hosted …" (X before the verb), a "Host" label, or X right after "at the invitation
        // of" or a passive "hosted by".
        const after = at + hit[0].length;
        if (hostAfter ? !(m.start >= after && /^[\s,]*(?:(?:[A-Z][\w’'-]*\.?|the)\s+){0,5}$/.test(text.slice(after, m.start))) : !(m.start < at || /^\s*Host\b/.test(clause))) continue;
      } else if (c.start + hit.index + hit[0].length <= m.start && actsBetween(text.slice(c.start + hit.index + hit[0].length, m.start))) {
        // "Masters of the Ceremony, A and B introduced C": the cue names the verb's subject, not its object.
        continue;
      }
      if (!capHere || rankOf(cap) < rankOf(capHere)) capHere = cap;
    }
    if (capHere && !possessive) take(capHere, m);
    if (possessive) continue;
    // Speech verbs: given to the nearest name before them, unless a name follows them directly.
    const rel = m.start - c.start;
    const relEnd = m.end - c.start;
    // (Gathered into an array literal, not by `filter` and `map`: their empty result has another
    // elements kind than a filled one, and the first clause without other names sent the optimized
    // assessParticipation back to be compiled again; a literal's kind follows what it came to hold.)
    const inClause: Span[] = [];
    for (const o of others) if (o.start >= c.start && o.end <= c.end && o.start !== m.start) inClause.push({ start: o.start - c.start, end: o.end - c.start });
    let spoke = false;
    for (const v of matchesOf(SPEAK, clause)) {
      const at = v.index!;
      const vEnd = at + v[0].length;
      if (at >= relEnd) {
        // ("X was mentioned", "X was praised": what others said of X. "X has described", "X had
        // said": what X said before the event, as a speaker recalls it.)
        const beforeVerb = clause.slice(relEnd, at);
        if ((SPOKEN_OF.test(v[0]) && BEEN_BEFORE.test(beforeVerb)) || PERFECT_BEFORE.test(beforeVerb)) continue;
        // The verb follows: it is this person's unless another name stands nearer before it,
        // other than names "and" joins to this one ("A, Director of X and B, Dean of Y spoke").
        spoke = coordinatedUpTo(clause, relEnd, at, inClause);
      } else if (vEnd <= rel) {
        // Inverted: "…, said Ambassador X", "according to Dr X"; or the agent of a passive:
        // "was addressed by Dr X", "was officiated by Ambassador X".
        const between = clause.slice(vEnd, rel);
        // (The title between may hold "of", "for", "and": "said Federal Minister for Climate Change X".)
        spoke = (INVERTED.test(v[0]) && INVERTED_TITLE.test(between)) || PASSIVE_AGENT.test(between) || agentInList(between);
      }
      if (spoke) break;
    }
    if (!spoke && TALK.test(clause)) {
      // "In her keynote address, X …", "speech by X": the talk noun's person.
      const t = TALK.exec(clause)!;
      const talkBefore = t.index < rel && !inClause.some((o) => o.start > t.index && o.end <= rel);
      if (talkBefore || /\bby\s+(?:[A-Z][\w.’'-]*\s+){0,5}$/.test(clause.slice(0, rel))) spoke = true;
    }
    if (spoke) {
      take(capHere ?? 'speaker', m);
      continue;
    }
    // Attendance clauses ("attended by", "among the guests were", "in the presence of").
    if (ATTEND.test(clause) || WERE_BEFORE.test(clause.slice(0, rel)) || HOSTED_GUEST.test(clause.slice(0, rel))) {
      take(capHere ?? (CLAUSE_LISTS_SPEAKERS.test(clause) ? 'speaker' : null), m);
      continue;
    }
    if (head && !capHere) {
      const h = text.slice(head.start, head.end);
      // "The round table was addressed by A; B; and C": the agents of the head's passive speak.
      if (PASSIVE_SPEECH.test(h)) {
        take('speaker', m);
        continue;
      }
      const cap = listHeadCapacity(h);
      if (cap !== undefined) take(cap, m);
    }
  }
  if (mentionOnly && mentionOnly === p.mentions.length) participant = false;
  return { participant, capacity: capacity ?? 'attendee', evidence };
}
