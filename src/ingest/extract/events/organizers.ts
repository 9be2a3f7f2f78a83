/**
 * Organizers of a reported event: the organizations (or countries) that organized, hosted or
 * co-organized it, as the text names them, each with the span of the mention that says so.
 *
 * Where they are named:
 * - the subject of the organizing verb ("the Embassy of X organised a seminar"), after a dateline;
 *   a country only as "<Kazakh> envoy/embassy hosts …" or "<Country>’s embassy …";
 * - after cue phrases: "organized by", "organised jointly by", "hosted by", "in collaboration with",
 *   "in partnership with", "under the auspices of", "under the chairmanship of", … — a chain of
 *   names joined by commas and "and" (a quoted name or a capitalised name with an organization word
 *   counts even when the organization stage did not register it);
 * - anywhere in the report: "the event was organised in partnership with …", "jointly organized
 *   by …", "X … for (jointly) organizing the event", "collaboration between A and B", a program's
 *   "Organized by" line, and an organization that opens the event's name ("EUISS Annual Conference");
 * - the institution whose premises hosted it ("took place in the Ministry of Foreign Affairs").
 */
import { cityCountry, countryOf } from '../../lexicon/places';
import { INSTITUTION_HEADS } from '../../lexicon/titles';
import { BESIDE_EVENT, EVENT_NAME_HEADS, ORGANIZE } from '../../lexicon/events';
import type { LocalEvent, Span } from '../../types';
import type { OrgTable } from '../organizations';
import { matchesOf } from '../../regex';

export interface OrganizerContext {
  text: string;
  sentences: Span[];
  docTitle: string | null;
  publishedEvidence: Span | null;
}

type Found = LocalEvent['organizers'];

interface Mention {
  start: number;
  end: number;
  key: string;
  country: boolean;
}

/** True when an organization's name has an event noun and is (part of) the event's title. */
function isEventItself(name: string | undefined, title: string): boolean {
  return Boolean(name && EVENT_NAMED.test(name) && title.includes(name.toLowerCase()));
}

/** A title that is an event's name: it has an event noun ("EUISS Annual Conference"). */
const EVENT_NAMED = new RegExp(String.raw`\b(?:${EVENT_NAME_HEADS})\b`, 'i');
const CUE =
  /\b(?:(?:co-|jointly\s+)?organi[sz]ed\s+(?:jointly\s+)?by|(?:co-)?hosted\s+(?:jointly\s+)?by|arranged\s+by|convened\s+by|held\s+by|sponsored\s+by|invited\s+by|put\s+together\s+by|in\s+(?:close\s+)?(?:collaboration|partnership|cooperation|association|conjunction|coordination)\s+with|together\s+with|jointly\s+with|with\s+the\s+(?:support|assistance|cooperation)\s+of|under\s+the\s+(?:auspices|aegis|patronage)\s+of)\b/gi;
const COUNTRY_CUE = /\bunder\s+the\s+(?:chairmanship|presidency|chair)\s+of\b|\bchaired\s+by\b|\bhosted\s+by\b|\borgani[sz]ed\s+by\b/gi;
const BETWEEN = /\b(?:collaboration|partnership|cooperation|joint\s+effort)\s+(?:of|between)\b/gi;
/**
 * "The seminar was organized", "It was hosted", and with the event's title or a measure between:
 * "The round table titled “X” was organised", "The event, “X”, was organized", "The two-day
 * forum, organized by …".
 */
const ANAPHORIC_PASSIVE =
  /\b(?:It|(?:the|this)\s+(?:[\w-]+\s+)??(?:event|round[- ]?table|roundtable|seminar|conference|webinar|forum|summit|workshop|lecture|symposium|colloquium|congress|conclave|festival|exhibition|reception|ceremony|meeting|briefing|panel(?:\s+discussion)?|session|dialogue|programme|program|concert))(?:\s+(?:titled|entitled|themed|called)\s+[“"][^”"\n]{1,200}[”"]|\s*,\s*[“"][^”"\n]{1,200}[”"]\s*,)?(?:\s+(?:was|is|has\s+been|had\s+been|will\s+be)|\s*,)\s+(?:jointly\s+|co-)?(?:organi[sz]ed|hosted|arranged|convened|held)\b/gi;
const DOING = /\b(?:for|in|of)\s+(?:jointly\s+|co-)?(?:organi[sz]ing|hosting|convening|arranging)\b|\b(?:jointly\s+|co-)?(?:organi[sz]ing|hosting|convening)\s+(?:the|this|said|a)\s+(?:\w+\s+){0,3}?(?:event|round[- ]?table|seminar|conference|webinar|forum|workshop|lecture|exhibition|reception|ceremony|meeting|session|programme|program)\b/gi;
/** "A and B jointly organised the programme": the subjects organized the event the report is about. */
const JOINTLY_DID = /\b(?:jointly\s+(?:organi[sz]ed|hosted|convened)|co-(?:organi[sz]ed|hosted))\s+(?:the|this)\s+(?:\w+\s+){0,3}?(?:event|round[- ]?table|seminar|conference|webinar|forum|workshop|lecture|exhibition|reception|ceremony|meeting|session|programme|program)\b/gi;
const JOINTLY = /\b(?:jointly\s+organi[sz]ed|organi[sz]ed\s+jointly|co-organi[sz]ed|co-hosted|jointly\s+hosted)\s+by\b/gi;
const PROGRAM_LINE = /^(?:Organi[sz]ed|Hosted|Convened|Co-organi[sz]ed)\s+by\s*:?[ \t]*/gim;
const VENUE = /\b(?:took\s+place|takes\s+place|was\s+held|were\s+held|held|hosted|is\s+being\s+held)\s+(?:in|at)\s+(?:the\s+)?$/i;
const VENUE_WORD = /\b(?:hotel|hall|auditorium|room|house|palace|arena|stadium|centre|center|club|square|park|theatre|theater|garden|tower|plaza|resort)\b/i;
/** A lowercase word right after a name that is not a preposition or conjunction: a verb. */
const CLAUSE_VERB_AFTER = /^\s+(?!(?:of|for|and|or|in|on|at|with|the|to|from|under|as|&)\b)[a-z]+\b/;
const PERSON_AFTER = /^\s+(?:Director|President|Chairman|Chairperson|Chair|Head|Dean|Secretary|Ambassador|Coordinator|Minister|Rector|Vice|Deputy|CEO|Executive|Chief|Founder|Member|Professor|Spokes)/;
const COUNTRY_SUBJECT = /\b([A-Z][\p{L}]+(?:\s[A-Z][\p{L}]+)?)(?:[’']s?)?\s+(?:envoy|ambassador|embassy|mission|high\s+commission(?:er)?|consulate|government|ministry|foreign\s+ministry)\b/gu;
/** A headline whose subject acts: "Kazakh envoy hosts reception", "Embassy holds seminar". */
const HEADLINE_ACTIVE = /^[^,:]{2,80}?\b(?:hosts|holds|organi[sz]es|convenes|stages|launches|celebrates|marks|welcomes|arranges|opens|inaugurates)\b/i;
const PASSIVE_BEFORE = /\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?$/i;
const INTRO = /^(?:On|In|At|During|To|As|Following|Ahead\s+of|Amid|After|With|Marking|Celebrating)\b[^,]{0,200},\s+/;
const CAP_NAME = /^(?:[A-Z][\p{L}’'.&-]*)(?:\s+(?:(?:of|for|the|and|on|in|&|de)\s+)*[A-Z][\p{L}’'.&-]*)*/u;
const ORG_HINT =
  /\b(?:institute|institution|university|embassy|ministry|centre|center|council|department|faculty|commission|organi[sz]ation|agency|foundation|society|academy|college|school|association|chamber|committee|parliament|assembly|office|secretariat|group|club|museum|government|presidency|union|federation|network|trust|board|consulate|mission|authority|bureau|forum|studies|relations|affairs|initiative|programme|program|project|fund|alliance|council|world|platform|circle|corps|league)\b/i;

/** Where the report's prose starts in a sentence that opens with a dateline ("ISLAMABAD, Oct 31 (APP): …"). */
export function afterDateline(part: string): number {
  const place = /^([A-Z][A-Za-z-]+(?:[ -][A-Za-z-]+){0,2})\s*(?:[,.]|\s[-–—]\s)/.exec(part);
  if (!place || !(/^[A-Z][A-Z-]{2,}\b/.test(place[1]!) || cityCountry(place[1]!))) return 0;
  const head = part.slice(0, 120);
  const sep = /\)\s*[:–—-]\s*|\s[-–—]\s*|:\s+|\)\s+(?=[A-Z])/g;
  let best = 0;
  for (const m of matchesOf(sep, head)) {
    // The dateline ends at the first separator after the place (and its date / agency).
    best = m.index! + m[0].length;
    break;
  }
  // "NUR-SULTAN. KAZINFORM A briefing …": an agency in capitals after the place.
  const agency = /^[A-Z][A-Z-]+(?:[ -][A-Z-]+)?\.\s+[A-Z]{3,}\s+(?=[A-Z])/.exec(part);
  if (agency && (best === 0 || agency[0].length < best)) best = agency[0].length;
  return best;
}

class Collector {
  readonly found: Found = [];
  private readonly seen = new Set<string>();
  constructor(
    private readonly ctx: OrganizerContext,
    private readonly orgs: OrgTable,
    private readonly mentions: Mention[],
  ) {}

  private excluded(s: Span): boolean {
    const pe = this.ctx.publishedEvidence;
    return Boolean(pe && s.start < pe.end && s.end > pe.start);
  }

  push(key: string, evidence: Span): void {
    const k = this.orgs.resolve(key);
    if (this.seen.has(k) || this.excluded(evidence)) return;
    this.seen.add(k);
    this.found.push({ orgKey: k, evidence });
  }

  /**
   * Takes an organization mention; "The Institute … (ISIS) Malaysia": a country after the acronym
   * belongs to the name. Returns where the name ends.
   */
  take(m: Mention): number {
    const { text } = this.ctx;
    // "Centre for Regional Studies and the Institute of Peace Studies" read as one name: two organizers.
    const both = /^(.+?),?\s+and\s+the\s+(.+)$/.exec(text.slice(m.start, m.end));
    if (both && !m.country && [both[1]!, both[2]!].every((x) => ORG_HINT.test(x) && /\s/.test(x) && /^[A-Z]/.test(x))) {
      const bStart = m.end - both[2]!.length;
      const a = { start: m.start, end: m.start + both[1]!.length };
      const b = { start: bStart, end: m.end };
      this.push(this.orgs.add(both[1]!, a), a);
      this.push(this.orgs.add(both[2]!, b), b);
      return m.end;
    }
    const ext = /^\s*\(([A-Z][A-Za-z&-]{1,9})\)\s+([A-Z][a-z]+)\b/.exec(text.slice(m.end, m.end + 40));
    if (ext && !m.country && countryOf(ext[2]!)?.name === ext[2]) {
      const org = this.orgs.orgs.get(this.orgs.resolve(m.key));
      const name = `${(org?.name ?? text.slice(m.start, m.end)).replace(/\s*\([^)]*\)$/, '')} ${ext[2]}`;
      const span = { start: m.start, end: m.end + ext[0].length };
      this.push(this.orgs.add(name, span), span);
      return span.end;
    }
    this.push(m.key, { start: m.start, end: m.end });
    return m.end;
  }

  /** Organizations (not countries) whose mention lies inside `r`. */
  inRange(r: Span, countries = false): void {
    const { text } = this.ctx;
    for (const m of this.mentions) {
      if (m.start < r.start || m.end > r.end) continue;
      if (m.country && !countries) continue;
      if (PERSON_AFTER.test(text.slice(m.end, m.end + 30))) continue;
      this.take(m);
    }
  }

  /**
   * A chain of organizer names from `pos`: "the A (ACR) and the B", "‘A’ and B", "A, B and C".
   * Returns the number of names taken.
   */
  chain(pos: number, limit: number, countries: boolean): number {
    const { text } = this.ctx;
    let taken = 0;
    let possessive = false;
    for (let guard = 0; guard < 8 && pos < limit; guard++) {
      // (Partners joined by "in collaboration with" and the like organize too: "by X in partnership with Y".)
      const skip = /^(?:[\s,]+|\s*(?:and|&|as well as|along with|together with|jointly with|in\s+(?:close\s+)?(?:collaboration|partnership|cooperation|co-operation|association|conjunction)\s+with)\s+)*(?:the\s+)?/i.exec(text.slice(pos, limit))!;
      if (taken > 0 && !possessive && !/,|\band\b|&|as well as|along with|with/.test(skip[0])) break;
      possessive = false;
      pos += skip[0].length;
      const rest = text.slice(pos, limit);
      const m = this.mentions.find((x) => x.start >= pos && x.start <= pos + 2 && (countries || !x.country));
      if (m) {
        if (PERSON_AFTER.test(text.slice(m.end, m.end + 30))) break;
        // "… organized by X in The Hague, Kazinform cites …": a name that a verb follows opens a new clause.
        if (taken > 0 && CLAUSE_VERB_AFTER.test(text.slice(m.end, m.end + 20))) break;
        pos = this.take(m);
        taken++;
        possessive = /[’']s?$/.test(text.slice(m.start, m.end));
        const tail = /^(?:[’']s)?\s*\([A-Za-z&-]{2,12}\)|^[’']s\b/.exec(text.slice(pos, limit));
        if (tail) {
          pos += tail[0].length;
          possessive ||= /^[’']s/.test(tail[0]);
        }
        continue;
      }
      const q = /^[‘“"']([^’”"'\n]{3,80})[’”"']/.exec(rest);
      if (q) {
        const span = { start: pos + 1, end: pos + 1 + q[1]!.length };
        this.push(this.orgs.add(q[1]!, span), span);
        taken++;
        pos += q[0].length;
        continue;
      }
      const cap = CAP_NAME.exec(rest);
      if (cap && cap[0].split(/\s+/).length >= 2 && ORG_HINT.test(cap[0]) && !/^(?:Ambassador|Dr|Mr|Mrs|Ms|Prof|H\.E|President|Minister)\b/.test(cap[0])) {
        const name = cap[0].replace(/\s+(?:of|for|the|and|on|in|&|de)$/i, '');
        const span = { start: pos, end: pos + name.length };
        this.push(this.orgs.add(name, span), span);
        taken++;
        pos = span.end;
        continue;
      }
      if (countries) {
        const c = /^([A-Z][\p{L}]+(?:\s[A-Z][\p{L}]+)?)/u.exec(rest);
        const info = c ? countryOf(c[1]!) : undefined;
        if (c && info) {
          const span = { start: pos, end: pos + c[1]!.length };
          this.push(this.orgs.addCountry(info.name, c[1]!, span), span);
          taken++;
          pos = span.end;
          continue;
        }
      }
      break;
    }
    return taken;
  }
}

function mentionIndex(orgs: OrgTable): Mention[] {
  const out: Mention[] = [];
  for (const o of orgs.orgs.values()) {
    for (const s of o.mentions) out.push({ start: s.start, end: s.end, key: o.key, country: o.kind === 'country' });
  }
  // Longest first at the same start, so the chain takes the full name.
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Subject organizers of the organizing verb in `s`. */
function subject(c: Collector, ctx: OrganizerContext, s: Span, orgs: OrgTable): void {
  const part = ctx.text.slice(s.start, s.end);
  let from = afterDateline(part);
  const intro = INTRO.exec(part.slice(from));
  if (intro) from += intro[0].length;
  const verb = ORGANIZE.exec(part.slice(from));
  if (!verb) return;
  const vAt = from + verb.index;
  if (PASSIVE_BEFORE.test(part.slice(Math.max(0, vAt - 30), vAt)) || /^(?:took|takes) place|^screening/i.test(verb[0])) return;
  const range = { start: s.start + from, end: s.start + vAt };
  const before = c.found.length;
  c.inRange(range);
  if (c.found.length > before) return;
  // "Kazakh envoy hosts …", "Kazakhstan’s embassy organised …": the country.
  for (const m of matchesOf(COUNTRY_SUBJECT, ctx.text.slice(range.start, range.end))) {
    const info = countryOf(m[1]!) ?? countryOf(m[1]!.split(' ').pop()!);
    if (!info) continue;
    const span = { start: range.start + m.index!, end: range.start + m.index! + m[1]!.length };
    c.push(orgs.addCountry(info.name, m[1]!, span), span);
  }
  if (c.found.length > before) return;
  // "the Embassy organized …": the document's one organization of that kind, named in full elsewhere.
  const bare = BARE_HEAD_SUBJECT.exec(ctx.text.slice(range.start, range.end));
  if (bare && INSTITUTION_HEADS.has(bare[1]!.toLowerCase())) {
    const head = `${bare[1]!} `;
    const named = [...orgs.orgs.values()].filter((o) => o.kind === 'organization' && o.name.startsWith(head));
    const at = range.start + bare.index! + bare[0].indexOf(bare[1]!);
    if (named.length === 1) c.push(named[0]!.key, { start: at, end: at + bare[1]!.length });
  }
}
/** A subject that is "the" and an institution's head noun alone, right before the verb: "the Embassy organized". */
const BARE_HEAD_SUBJECT = /\b[Tt]he\s+([A-Z][a-z]+)\s*,?\s*$/;

/** "a meeting of the Council of …", "the session of the Assembly": the body whose event it is. */
const EVENT_OF = /\b(?:meeting|session|summit|congress|plenary|assembly|conference|forum|gathering)\s+of\s+(?=(?:the\s+)?[A-Z])/gi;


function cues(c: Collector, ctx: OrganizerContext, s: Span, countryCues: boolean): void {
  const part = ctx.text.slice(s.start, s.end);
  for (const m of matchesOf(EVENT_OF, part)) {
    // ("a side event on the margins of the session of the Commission …": that session is another event.)
    if (BESIDE_EVENT.test(part.slice(Math.max(0, m.index! - 50), m.index!))) continue;
    c.chain(s.start + m.index! + m[0].length, s.end, false);
  }
  for (const m of matchesOf(CUE, part)) c.chain(s.start + m.index! + m[0].length, s.end, false);
  if (countryCues) for (const m of matchesOf(COUNTRY_CUE, part)) c.chain(s.start + m.index! + m[0].length, s.end, true);
}

/** The institution whose premises hosted the event ("took place in the Ministry of …"). */
function venue(c: Collector, ctx: OrganizerContext, s: Span, mentions: Mention[]): void {
  const { text } = ctx;
  for (const m of mentions) {
    if (m.start < s.start || m.end > s.end || m.country) continue;
    if (!VENUE.test(text.slice(Math.max(s.start, m.start - 40), m.start))) continue;
    if (VENUE_WORD.test(text.slice(m.start, m.end))) continue;
    c.push(m.key, { start: m.start, end: m.end });
  }
}

/**
 * False only when `re` matches in none of the sentences `region` is made of (the text from the
 * first sentence's start to the last one's end). Sentences are separated by white space only, and
 * these patterns are built of words, `\s`, `\w` and `\b` (no anchors, no lookaround), which
 * read the same at a sentence's edge as at the edge of a string: a match in a sentence is a
 * match in the region. (The region may match where no sentence does, across a boundary: then
 * the sentences are read one by one, as always.)
 */
function mayMatchIn(re: RegExp, region: string): boolean {
  re.lastIndex = 0;
  const found = re.test(region);
  re.lastIndex = 0;
  return found;
}

/** Sentences anywhere in the report that say who organized "the event". */
function docWide(c: Collector, ctx: OrganizerContext, mentions: Mention[]): void {
  const { text, sentences } = ctx;
  const read = sentences.slice(0, 60);
  // Most reports have none of these cues: each pattern is looked for once in the stretch of text
  // these sentences cover, and sentence by sentence only when it is there (see mayMatchIn).
  const region = read.length ? text.slice(read[0]!.start, read[read.length - 1]!.end) : '';
  const anaphoric = mayMatchIn(ANAPHORIC_PASSIVE, region);
  const jointly = mayMatchIn(JOINTLY, region);
  const doing = mayMatchIn(DOING, region);
  const between = mayMatchIn(BETWEEN, region);
  const jointlyDid = mayMatchIn(JOINTLY_DID, region);
  for (const s of anaphoric || jointly || doing || between || jointlyDid ? read : []) {
    const part = text.slice(s.start, s.end);
    // (The names before the verb, from the sentence's start: "The Department of X of DU and the Y Trust jointly organised …".)
    for (const m of jointlyDid ? matchesOf(JOINTLY_DID, part) : []) {
      if (/^\s*(?:The\s+)?[A-Z]/.test(part)) c.chain(s.start + /^\s*/.exec(part)![0].length, s.start + m.index!, false);
    }
    for (const m of anaphoric ? matchesOf(ANAPHORIC_PASSIVE, part) : []) {
      const after = part.slice(m.index! + m[0].length);
      const cue = /^\s*(?:jointly\s+)?(?:by|in\s+(?:close\s+)?(?:partnership|collaboration|cooperation|association|conjunction)\s+with|with|together\s+with)\b/i.exec(after);
      if (cue) c.chain(s.start + m.index! + m[0].length + cue[0].length, s.end, true);
    }
    for (const m of jointly ? matchesOf(JOINTLY, part) : []) {
      c.chain(s.start + m.index! + m[0].length, s.end, false);
    }
    for (const m of doing ? matchesOf(DOING, part) : []) {
      // The organization just before: "Embassy of X … for jointly organizing", "the LACAS put into organizing".
      const at = s.start + m.index!;
      const cands = mentions.filter((x) => !x.country && x.end <= at && x.start >= s.start && at - x.end <= 120);
      const subj = cands.find((x) => x.start - s.start <= 6) ?? cands[cands.length - 1];
      if (subj && !PERSON_AFTER.test(text.slice(subj.end, subj.end + 30))) c.push(subj.key, { start: subj.start, end: subj.end });
    }
    for (const m of between ? matchesOf(BETWEEN, part) : []) {
      const from = m.index! + m[0].length;
      const stop = part.slice(from).search(/,\s+(?:\w+ing|which|who|that)\b|[;.](?:\s|$)/);
      c.inRange({ start: s.start + from, end: s.start + (stop < 0 ? part.length : from + stop) });
    }
  }
  for (const m of matchesOf(PROGRAM_LINE, text.slice(0, 6000))) {
    const from = m.index! + m[0].length;
    const lineEnd = text.indexOf('\n', from);
    if (lineEnd === from || /^\s*$/.test(text.slice(from, lineEnd < 0 ? undefined : lineEnd))) {
      const next = text.slice(lineEnd + 1).search(/\S/);
      const at = lineEnd + 1 + next;
      const end = text.indexOf('\n', at);
      c.chain(at, end < 0 ? text.length : end, false);
    } else c.chain(from, lineEnd < 0 ? text.length : lineEnd, false);
  }
}

/**
 * Organizers of `ev`. For the report's main event the whole report is read (cue sentences about
 * "the event", a program's "Organized by", the organization opening the event's name); for a
 * further reported event, its own sentence only.
 */
export function eventOrganizers(ctx: OrganizerContext, ev: LocalEvent, orgs: OrgTable, main: boolean, lead: Span | null = null): Found {
  const mentions = mentionIndex(orgs);
  const c = new Collector(ctx, orgs, mentions);
  const spans = lead ? [lead, ev.evidence] : [ev.evidence];
  for (const s of spans) {
    subject(c, ctx, s, orgs);
    cues(c, ctx, s, true);
    venue(c, ctx, s, mentions);
  }
  if (main) {
    // The headline: "… held at Kazakh Foreign Ministry", "Kazakh envoy hosts reception".
    const { docTitle, text } = ctx;
    const at = docTitle ? text.indexOf(docTitle) : -1;
    if (docTitle && at >= 0 && at < 800) {
      const h = { start: at, end: at + docTitle.length };
      if (ev.evidence.start >= h.end || ev.evidence.end <= h.start) {
        if (HEADLINE_ACTIVE.test(docTitle)) subject(c, ctx, h, orgs);
        cues(c, ctx, h, true);
        venue(c, ctx, h, mentions);
      }
    }
    docWide(c, ctx, mentions);
    const t = ev.titleEvidence;
    // (An event's name, not a theme: "CPEC: A Decade On", a book's title, names no organizer.)
    if (t && EVENT_NAMED.test(ctx.text.slice(t.start, t.end))) {
      const first = mentions.find((m) => m.start === t.start && m.end < t.end && !m.country);
      if (first) c.push(first.key, { start: first.start, end: first.end });
    }
  }
  // The event itself, read as an organization ("the Annual Conference on X, held on …": "Conference"
  // is also an organization's word), does not organize itself.
  const title = ev.title?.toLowerCase();
  const found = title ? c.found.filter((f) => !isEventItself(orgs.orgs.get(f.orgKey)?.name, title)) : c.found;
  return found.sort((a, b) => a.evidence.start - b.evidence.start);
}
