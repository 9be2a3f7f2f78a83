/**
 * People named in a report, with role, affiliation and capacity. Names are capitalised runs that
 * no lexicon claims (titles, organization words, countries, months…). A run counts as a person
 * when something marks it as one: an honorific or title before it, a role in apposition after it,
 * a speech verb after it, or a place in a list of people. Roles and affiliations are read from the
 * title phrase before the name ("ISSI Director General", "the President of the Institute of …,")
 * or the apposition after it ("Dr. X, Director, Y, University of Z").
 */
import { nameTokens, compareNames } from '../names';
import { countryOf, cityCountry } from '../lexicon/places';
import { DESCRIBING, HEAD_OF_WHAT, HONORIFICS, INSTITUTION_HEADS, ORG_WORDS, PORTFOLIO_WORDS, REGIONAL_ADJECTIVES, SURNAME_HONORIFICS, TITLE_HEADS, TITLE_WORDS, singularTitle } from '../lexicon/titles';
import { MONTHS, WEEKDAYS } from './dates';
import { afterDateline } from './events/organizers';
import { programmeLabelLength } from './people/participation';
import { CAP_PHRASE, TITLE_PORTFOLIO_BEFORE, QUOTED, complementsInstitution, cutTrailingName, isAcronymWord, looksLikeOrg, personStarts, trimOrgPhrase, withoutPostPlace, SENTENCE_STOP, type OrgTable } from './organizations';
import type { LocalPerson, Span } from '../types';
import { memoizeString } from '../memo';
import { matchesOf } from '../regex';

const NAME_TOKEN = String.raw`(?<![\p{L}])(?:[A-Z\u00C0-\u00DE][\p{Ll}’'\u00C0-\u024F]+(?:-[A-Z]?[\p{Ll}’'\u00C0-\u024F]+)*(?![\p{L}])|[A-Z]\.|(?<![\p{L}])[B-HJ-Z](?=[ \t]+[A-Z]\p{Ll}))`;
/** Particles inside names ("Ahmad ul Haq", "van der Berg", "binti Zulkifli"): kept within a name, never at its edges. */
const PARTICLE_WORDS = ['ul', 'al', 'bin', 'binti', 'bint', 'ibn', 'de', 'da', 'dos', 'das', 'do', 'van', 'von', 'der', 'del', 'la', 'las', 'los', 'le', 'el', 'ud', 'ur', 'ud-din', 'di', 'du'];
// (Longest first: the pattern takes the first alternative that fits.)
const PARTICLE = `(?:${[...PARTICLE_WORDS].sort((a, b) => b.length - a.length).join('|')})`;
// Long runs are allowed: lexicon words ("Host Lieutenant General …") are split off afterwards.
// (Middle initials without dots sit between two name words: "Aileen SP Baviera".)
const MIDDLE_INITIALS = String.raw`[A-Z]{2}(?![\p{L}])`;
// (Up to two particles in a row: "Jan van der Berg", "Espinosa de la Torre"; initials written
// together inside a name: "Retno L.P. Marsudi".)
const STACKED_INITIALS = String.raw`(?:[A-Z]\.){2,3}`;
const STACKED_INITIALS_WORD = new RegExp(String.raw`^${STACKED_INITIALS}$`);
const NAME_RUN = new RegExp(String.raw`${NAME_TOKEN}(?:[ \t]+(?:(?:${PARTICLE}[ \t]+){1,2}|${MIDDLE_INITIALS}[ \t]+|${STACKED_INITIALS}[ \t]+)?${NAME_TOKEN}){0,11}`, 'gu');

/** Capitalised words that start sentences or name things but never people. */
const NOT_NAME = new Set([
  ...MONTHS, ...WEEKDAYS, 'the', 'a', 'an', 'in', 'on', 'at', 'of', 'for', 'and', 'or', 'but', 'during', 'after',
  'before', 'according', 'his', 'her', 'he', 'she', 'it', 'its', 'this', 'that', 'these', 'those', 'their', 'they',
  'we', 'our', 'you', 'i', 'among', 'while', 'later', 'also', 'however', 'overall', 'opening', 'speaking',
  'addressing', 'meanwhile', 'other', 'some', 'both', 'all', 'many', 'as', 'with', 'by', 'from', 'to', 'at', 'into',
  'about', 'there', 'here', 'when', 'where', 'what', 'who', 'which', 'why', 'how', 'said', 'says', 'excellency',
  'his', 'islamic', 'republic', 'kingdom', 'day', 'independence', 'summit', 'forum', 'round', 'table', 'conference',
  'seminar', 'webinar', 'international', 'global', 'strategic', 'studies', 'asia', 'asian', 'central', 'south',
  'north', 'east', 'west', 'eastern', 'western', 'middle', 'europe', 'european', 'africa', 'african', 'america',
  'latin', 'caribbean', 'pacific', 'atlantic', 'gulf', 'union', 'nations', 'united', 'sco', 'photo', 'images',
  'news', 'share', 'new', 'year', 'years', 'anniversary', 'national', 'first', 'second', 'third', 'welcome',
  'chief', 'guest', 'guests', 'honor', 'honour', 'keynote', 'panel', 'session', 'plenary', 'diplomatic', 'corps',
  'communist', 'muslim', 'christian', 'dear', 'mrs', 'mr', 'ms', 'dr', 'prof', 'h.e', 'lunch', 'dinner', 'iftar',
  'reception', 'ceremony', 'program', 'programme', 'agenda', 'report', 'introduction', 'participants', 'host',
  'speakers', 'speaker', 'guest', 'moderator', 'citation', 'copyright', 'printed', 'published', 'please', 'tel',
  'email', 'web', 'total', 'file', 'page', 'hotel', 'hall', 'city', 'province', 'state', 'capital', 'region',
  'belt', 'road', 'game', 'games', 'magazine', 'special', 'edition', 'launch', 'government', 'federal',
  'ministry', 'foreign', 'affairs', 'office', 'parliamentary', 'elections', 'election', 'queen', 'king',
  'her', 'majesty', 'highness', 'royal', 'lord', 'church', 'mosque', 'pak', 'china', 'russia', 'happy',
  'today', 'yesterday', 'tomorrow', 'tonight', 'currently', 'recently', 'tan sri', 'datuk', 'dato', 'tun', 'seri',
  // Portfolios, which end a title right before a name ("Secretary of Culture Marcela …").
  'culture', 'finance', 'health', 'education', 'defence', 'defense', 'interior', 'justice', 'energy',
  'agriculture', 'tourism', 'labour', 'labor', 'commerce', 'industry', 'transport', 'environment', 'planning',
  'development', 'information', 'broadcasting', 'communications', 'sports', 'youth', 'religious', 'water',
  // Fields of study and policy, which name departments, institutes and dialogues, never people.
  'dialogue', 'security', 'policy', 'public', 'climate', 'change', 'governance', 'digital', 'transformation',
  'administration', 'management', 'sciences', 'science', 'languages', 'modern', 'adaptation', 'technology',
  'economics', 'economy', 'trade', 'maritime', 'cooperation', 'connectivity', 'sustainable', 'emergency', 'relief',
  'humanitarian', 'rights', 'conflict', 'infrastructure', 'disaster', 'migration', 'refugees', 'nuclear',
  'disarmament', 'arms', 'terrorism', 'counter-terrorism',
  // Venues ("at the Pancasila Building").
  'building', 'auditorium', 'complex', 'square', 'plaza', 'avenue', 'street', 'tower', 'pavilion', 'stadium',
  // Verbs of title-case headlines ("Foreign Minister Wang Yi Meets with …").
  'meets', 'holds', 'attends', 'visits', 'calls', 'receives', 'hosts', 'addresses', 'opens', 'launches', 'signs',
  'discusses', 'urges', 'stresses', 'highlights', 'inaugurates', 'chairs', 'participates', 'joins', 'delivers',
  'briefs', 'congratulates', 'welcomes', 'pays', 'leads', 'speaks', 'celebrates', 'marks', 'concludes', 'unveils',
  // Documents, plans and places of the sea that reports name with capitals ("the Investment Plan",
  // "the Critical Raw Materials Act", "the Baltic Sea", "Second Thomas Shoal").
  'plan', 'paper', 'act', 'treaty', 'strategy', 'framework', 'agreement', 'charter', 'declaration', 'roadmap',
  'corridor', 'corridors', 'call', 'sea', 'ocean', 'river', 'shoal', 'strait', 'mosques', 'resilience',
]);

/** Whether a word can be part of a person's name (a pure function of the word and the lexicons). */
const isNameWord = memoizeString(computeIsNameWord, 100_000);

function computeIsNameWord(w: string): boolean {
  // "He" is a Chinese family or given name ("Liu He", "He Lifeng"); the honorific is "HE" or "H.E.".
  if (w === 'He') return true;
  // "Md", "Mohd": Muhammad in Bangladeshi and Malaysian names ("Md Abu Bakar Siddique Khan"), not
  // a managing director's "MD".
  if (w === 'Md' || w === 'Mohd') return true;
  const l = w.toLowerCase().replace(/[’']s$/, '');
  if (NOT_NAME.has(l) || TITLE_WORDS.has(l) || ORG_WORDS.has(l) || HONORIFICS.has(l.replace(/\.$/, ''))) return false;
  if (countryOf(l) || cityCountry(l)) return false;
  // Places joined by hyphens: "China-Pakistan", "Pakistan-Iran" (relations, corridors, study centres);
  // a title with a prefix: "Co-Director", "Co-Chair".
  if (l.includes('-')) {
    const parts = l.split('-');
    if (parts.every((part) => part.length > 1 && (countryOf(part) || cityCountry(part)))) return false;
    if (parts.some((part) => TITLE_HEADS.has(part))) return false;
  }
  // Compound adjectives: "Dubai-based", "London-born", "UN-led".
  if (/-(?:based|born|bred|led|owned|run|funded|backed|made|speaking|oriented|focused|era|wide|centred|centered|specific)$/.test(l)) return false;
  return true;
}

const NAME_PARTICLES = new Set(PARTICLE_WORDS);

/** A capital letter and a dot ("A."), as `/^[A-Z]\.$/` reads it. */
function isInitial(w: string): boolean {
  if (w.length !== 2 || w.charCodeAt(1) !== 46) return false;
  const c = w.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** Ends in a possessive "’s" or "'s", as `/[’']s$/` reads it. */
export function isPossessive(w: string): boolean {
  const n = w.length;
  if (n < 2 || w.charCodeAt(n - 1) !== 115) return false;
  const q = w.charCodeAt(n - 2);
  return q === 0x2019 || q === 39;
}

/**
 * The space- or tab-separated tokens of a name run with their offsets (`base` + position): what
 * `/\S+/g` finds in it, since NAME_RUN joins tokens that hold no other space with `[ \t]+`.
 */
function runTokens(run: string, base: number): NameTok[] {
  const toks: NameTok[] = [];
  const n = run.length;
  let i = 0;
  while (i < n) {
    let c = run.charCodeAt(i);
    if (c === 32 || c === 9) {
      i++;
      continue;
    }
    const start = i;
    do {
      c = run.charCodeAt(++i);
    } while (i < n && c !== 32 && c !== 9);
    toks.push({ w: run.slice(start, i), start: base + start });
  }
  return toks;
}

export interface NameHit {
  name: string;
  span: Span;
}

interface NameTok {
  w: string;
  start: number;
}

/** Emits the name a run of name tokens spells (particles and a stray initial trimmed off). */
function flushName(text: string, cur: NameTok[], out: NameHit[]): void {
  // Drop leading single initials that belong to "H.E." and particles at the edges.
  while (cur.length && NAME_PARTICLES.has(cur[0]!.w)) cur.shift();
  while (cur.length && NAME_PARTICLES.has(cur[cur.length - 1]!.w)) cur.pop();
  if (cur.length && isInitial(cur[cur.length - 1]!.w)) cur.pop();
  // Alone, "He" is the pronoun (in a name, a Chinese name part: "Liu He").
  if (cur.length === 1 && cur[0]!.w === 'He') return;
  if (cur.length) {
    const first = cur[0]!;
    const last = cur[cur.length - 1]!;
    let end = last.start + last.w.length;
    let name = text.slice(first.start, end);
    if (isPossessive(name)) {
      name = name.slice(0, -2);
      end -= 2;
    }
    out.push({ name, span: { start: first.start, end } });
  }
}

/** True when `word` is one part of a name of two words or more among `cands`. */
function partOfLongerName(cands: readonly NameHit[], word: string): boolean {
  for (const c of cands) if (c.name.includes(' ') && c.name.split(' ').includes(word)) return true;
  return false;
}

/** An honorific or a title that is one ("Ambassador", "Senator") right before a word. */
function honorificRightBefore(before: string): boolean {
  return HONORIFIC_TAIL.test(before) || ROLE_HONORIFICS.test(before);
}

/** Person-name candidates: capitalised runs with lexicon words trimmed off both ends. */
/**
 * Name parts the run pattern leaves out, read at a run's edges (rare, and costly to look for at
 * every position of the text): an Arabic article or "bin" joined by a hyphen, in lower case, after
 * the run ("Ahmed bin Salim al-Harthy", "Abdel Fattah el-Sisi"); "Ma." (María) before it ("Ma.
 * Cristina de los Reyes-Santos").
 */
const ARTICLE_PART = /^[ \t]+(?:al|el|as|ash|ad|az|ar|an|at|ul|ud|bin|ibn)-[A-Z\u00C0-\u00DE][\p{Ll}’'\u00C0-\u024F]+(?![\p{L}])/u;
const MARIA_BEFORE = /(?<![\p{L}])Ma\.[ \t]+$/u;

export function nameCandidates(text: string): NameHit[] {
  const out: NameHit[] = [];
  let covered = 0;
  for (const m of matchesOf(NAME_RUN, text)) {
    let start = m.index!;
    if (start < covered) continue; // (the part after an article's hyphen, already read with its run)
    let run = m[0];
    const end = start + run.length;
    // (The hyphen of "al-", "ash-", "bin-" after the space: two cheap looks before the pattern.)
    const article = text.charCodeAt(end) === 32 && (text.charCodeAt(end + 3) === 45 || text.charCodeAt(end + 4) === 45) ? ARTICLE_PART.exec(text.slice(end, end + 40)) : null;
    if (article) run += article[0];
    const maria = text.charCodeAt(start - 1) === 32 && text.charCodeAt(start - 2) === 46 ? MARIA_BEFORE.exec(text.slice(Math.max(0, start - 8), start)) : null;
    if (maria) {
      start -= maria[0].length;
      run = text.slice(start, start + maria[0].length) + run;
      // ("Ma" alone was read as a run of its own just before.)
      const last = out[out.length - 1];
      if (last && last.span.start === start) out.pop();
    }
    covered = start + run.length;
    const toks = runTokens(run, start);
    // Split the run at lexicon words: "Ambassador Yerzhan Kistafin" → "Yerzhan Kistafin".
    let cur: NameTok[] = [];
    for (let k = 0; k < toks.length; k++) {
      const tok = toks[k]!;
      const w = isPossessive(tok.w) ? tok.w.slice(0, -2) : tok.w;
      // A city that is also a given name ("Santiago", "Victoria") opens a name of 3+ parts.
      // …and a city word can close a two-part name ("Ana Lima").
      if (cur.length === 1 && cityCountry(w) && !/\s/.test(w) && /^[A-Z]\p{Ll}+$/u.test(cur[0]!.w) && (k === toks.length - 1 || !isNameWord(toks[k + 1]!.w))) {
        cur.push(tok);
        continue;
      }
      // (Or of two right after an honorific: "Ambassador Rosario Cruz", "Dr. Santiago Pérez".)
      if (cur.length === 0 && toks.length - k === 2 && honorificRightBefore(text.slice(Math.max(0, tok.start - 20), tok.start)) && cityCountry(w) && !/\s/.test(w) && isNameWord(toks[k + 1]!.w) && !isPossessive(toks[k + 1]!.w)) {
        cur.push(tok);
        continue;
      }
      // (Not right after a preposition: "Consul General in Lahore Zhao Shiren" names the city.)
      if (cur.length === 0 && toks.length - k >= 3 && cityCountry(w) && !/\s/.test(w) && toks.slice(k + 1, k + 3).every((x) => isNameWord(x.w) && !isPossessive(x.w)) && !PREPOSITION_BEFORE.test(text.slice(Math.max(0, tok.start - 6), tok.start))) {
        cur.push(tok);
        continue;
      }
      if (cur.length === 0 && isInitial(w)) {
        // An initial opens a name only when a name word follows (H. E. are honorifics).
        const l = w[0]!.toLowerCase();
        if (l === 'h' || l === 'e') continue;
      }
      // Malaysian honorifics ("Tan Sri", "Datuk Seri") open a name, they are not part of it.
      if (cur.length === 0 && w === 'Tan' && toks[k + 1]?.w === 'Sri') {
        k++;
        continue;
      }
      // Initials written together count only inside a name: "Retno L.P. Marsudi"; not "H.E.", "U.S.".
      if (STACKED_INITIALS_WORD.test(w)) {
        if (cur.length > 0 && w !== 'H.E.' && !countryOf(w)) cur.push(tok);
        else {
          flushName(text, cur, out);
          cur = [];
        }
        continue;
      }
      // Two capitals are middle initials only inside a name ("Aileen SP Baviera"), not after it ("X UN").
      if (/^[A-Z]{2}$/.test(w)) {
        if (cur.length > 0 && k + 1 < toks.length && isNameWord(toks[k + 1]!.w) && !/^[A-Z]+$/.test(toks[k + 1]!.w)) cur.push(tok);
        else {
          flushName(text, cur, out);
          cur = [];
        }
        continue;
      }
      // A place of two words opens no name: "Ambassador of Sri Lanka Rukhsana Niazi" (nor does its
      // second word when the first is no name word: "of North Macedonia Bujar Osmani").
      if (cur.length === 0 && k + 2 < toks.length && isTwoWordPlace(w, toks[k + 1]!.w)) {
        k++;
        continue;
      }
      if (cur.length === 0 && k > 0 && isTwoWordPlace(toks[k - 1]!.w, w)) continue;
      // A plural title opens a list of names: "Ambassadors Lena Vogt and Tomas Berg".
      if (cur.length === 0 && singularTitle(w) !== null) continue;
      // A minister's portfolio is no part of the name: "Minister of Investment Laziz Kudratov",
      // "Commissioner for Neighbourhood and Enlargement Olivér Várhelyi".
      if (cur.length === 0 && toks.length - k > 2 && PORTFOLIO_WORDS.has(w.toLowerCase()) && TITLE_PORTFOLIO_BEFORE.test(text.slice(Math.max(0, tok.start - 60), tok.start))) continue;
      // An honorific that is also a family name ends a name: "Mushahid Hussain Syed".
      if (cur.length >= 1 && k === toks.length - 1 && SURNAME_HONORIFICS.has(w.toLowerCase())) {
        cur.push(tok);
        continue;
      }
      if (isNameWord(w) || NAME_PARTICLES.has(w)) {
        cur.push(tok);
        // A possessive inside a run ends the name ("Chairmanship’s Priorities" is no name).
        if (isPossessive(tok.w) && k < toks.length - 1) {
          cur = [];
        }
      } else {
        flushName(text, cur, out);
        cur = [];
      }
    }
    flushName(text, cur, out);
    // A regnal or generational numeral ends the name it follows ("Queen Elizabeth II", "Mohammed VI").
    const last = out[out.length - 1];
    const runEnd = start + run.length;
    if (last && last.span.end === runEnd) {
      const numeral = REGNAL_NUMERAL.exec(text.slice(runEnd, runEnd + 8));
      if (numeral) {
        last.span = { start: last.span.start, end: runEnd + numeral[0].length };
        last.name = text.slice(last.span.start, last.span.end);
      }
    }
  }
  return out;
}

/** "Sri Lanka", "Kuala Lumpur": two words that name a country or a city together. */
function isTwoWordPlace(a: string, b: string): boolean {
  const both = `${a} ${b}`;
  return Boolean(countryOf(both) || cityCountry(both));
}

/** A roman numeral of two letters or more (not the pronoun "I"), as a word of its own. */
const REGNAL_NUMERAL = /^[ \t]+(?=[IVX]{2})X{0,2}(?:IX|IV|V?I{0,3})(?![\p{L}\d’'-])/u;

export interface RolePhrase {
  role: string | null;
  org: string | null;
  orgSpan: Span | null;
  span: Span;
}

/**
 * Splits a title phrase into role words and an organization/country; spans are `offset` + their
 * position in the phrase. The reading depends on the phrase alone, and the same title phrases
 * come back in document after document: it is cached at offset 0 and shifted.
 */
export function parseTitlePhrase(phrase: string, offset: number): RolePhrase | null {
  const at0 = titlePhraseAt0(phrase);
  if (!at0) return null;
  const shift = (sp: Span): Span => ({ start: sp.start + offset, end: sp.end + offset });
  return { role: at0.role, org: at0.org, orgSpan: at0.orgSpan && shift(at0.orgSpan), span: shift(at0.span) };
}

const titlePhraseAt0 = memoizeString((phrase) => readTitlePhrase(phrase, 0));

/** A title phrase as its readers see it: trimmed, where it starts, its words and their lowercase forms. */
interface TitleText {
  trimmed: string;
  base: number;
  span: Span;
  ws: string[];
  lower: string[];
}

/**
 * The readings of a title phrase, in order; the first that answers (a phrase, or null for none)
 * decides, else the phrase is all role. Called through one call site on purpose, like the rules of
 * tidyOrgName (and more than four of them, so the site stays generic): the compiler then
 * optimizes each reading on its own, and a string of a kind not seen before (sliced, flat, one- or
 * two-byte) discards and recompiles one reading instead of the whole inlined routine.
 */
const TITLE_READERS: ((t: TitleText) => RolePhrase | null | undefined)[] = [withoutTitle, byCommaParts, byOfSplit, countryPossessive, orgBeforeTitle, titleBeforeOrg];

function readTitlePhrase(phrase: string, offset: number): RolePhrase | null {
  const trimmed = phrase.replace(/^[\s,–—-]+|[\s,–—-]+$/g, '');
  if (!trimmed) return null;
  const lead = phrase.indexOf(trimmed);
  const base = offset + lead;
  const span = { start: base, end: base + trimmed.length };
  const ws = trimmed.split(/\s+/);
  const lower = ws.map((w) => w.toLowerCase().replace(/[,.;:]$/, ''));
  // (A plural title right before the names reads as its singular: "Ambassadors A and B".)
  const last = lower.length - 1;
  lower[last] = singularTitle(lower[last]!) ?? lower[last]!;
  const t: TitleText = { trimmed, base, span, ws, lower };
  for (const read of TITLE_READERS) {
    const r = read(t);
    if (r !== undefined) return r;
  }
  return roleOnly(t);
}

/** No title word: "Kazakh", "Pakistan's" before a name is an affiliation without a role; else nothing. */
function withoutTitle(t: TitleText): RolePhrase | null | undefined {
  const { trimmed, span, lower } = t;
  const hasTitle = lower.some((w) => TITLE_HEADS.has(w));
  if (hasTitle) return undefined;
  const c = countryOf(trimmed.replace(/[’']s$/, ''));
  if (c) return { role: null, org: trimmed.replace(/[’']s$/, ''), orgSpan: span, span };
  return null;
}

/** Comma-separated parts: "Dean, Faculty of Social Sciences, Muslim Youth University". */
function byCommaParts(t: TitleText): RolePhrase | null | undefined {
  const { trimmed, base, span } = t;
  const parts = trimmed.split(/\s*,\s*|\s+[–—-]\s+/).filter(Boolean);
  if (parts.length > 1) {
    const orgIdx = findLastIndex(parts, (p) => looksLikeOrg(p) || Boolean(countryOf(p)) || isAcronymWord(p) || isAcronymWithPlace(p));
    // (Not "the speaker" in lower case, the one who speaks: "Introducing the speaker, the Director of X".)
    const titleIdx = parts.findIndex((p) => p.split(/\s+/).some((w) => TITLE_HEADS.has(w.toLowerCase()) && w !== 'speaker'));
    if (titleIdx >= 0 && orgIdx >= 0 && orgIdx !== titleIdx) {
      const orgName = acronymBeforeCity(parts[orgIdx]!);
      const role = parts.filter((_, i) => i !== orgIdx).join(', ');
      const at = trimmed.lastIndexOf(orgName);
      const inner = parseTitlePhrase(parts[titleIdx]!, 0);
      return {
        role: inner?.role && titleIdx === 0 && orgIdx === parts.length - 1 && parts.length === 2 ? inner.role : role,
        org: orgName,
        orgSpan: { start: base + at, end: base + at + orgName.length },
        span,
      };
    }
    if (titleIdx >= 0) return parseTitlePhrase(parts[titleIdx]!, base + trimmed.indexOf(parts[titleIdx]!));
  }
  return undefined;
}

/** "TITLE … of ORG": split at the rightmost "of"/"to"/"at" whose right side is an org or country. */
function byOfSplit(t: TitleText): RolePhrase | null | undefined {
  const { trimmed, base, span } = t;
  const ofRe = /\s(?:of|at|for|to|in)\s+(?:the\s+)?/g;
  // "at" names the institution where the title is held: its split is tried first ("Professor of
  // International Relations at Dhaka University").
  const all = matchesOf(ofRe, trimmed);
  const splits = [...all.filter((m) => m[0].startsWith(' at')), ...all.filter((m) => !m[0].startsWith(' at'))];
  const compounds = matchesOf(TITLE_COMPOUND, trimmed);
  for (const s of splits) {
    // "Deputy Head of Mission of the Embassy of X": not at the "of" inside a compound title.
    if (compounds.some((c) => c.index! <= s.index! && s.index! < c.index! + c[0].length)) continue;
    const left = trimmed.slice(0, s.index);
    const right = trimmed.slice(s.index! + s[0].length);
    // ("IBA Karachi": an acronym and its city is the acronym's institution.)
    const rightTrim = acronymBeforeCity(withoutPostPlace(right));
    // "former Chinese Ambassador to Pakistan": the envoy is China's, sent to the country after "to".
    const sender = s[0].startsWith(' to') && countryOf(rightTrim) ? senderCountry(left, base) : null;
    if (sender) return { ...sender, span };
    const country = countryOf(rightTrim) ?? countryOf(rightTrim.split(/\s+/)[0] ?? '');
    const rightWords = rightTrim.toLowerCase().split(/\s+/);
    // A bare generic word is part of the title, not an org: "Head of Mission", "Chairman of the Board".
    const rightIsOrg = (looksLikeOrg(rightTrim) && rightWords.some((w) => INSTITUTION_HEADS.has(w) || ORG_WORDS.has(w)) && !isBareOrgWord(rightWords)) || isAcronymWord(rightTrim);
    if (!left.split(/\s+/).some((w) => TITLE_HEADS.has(w.toLowerCase()))) continue;
    // "Chairman Center for Global Studies": the "for" belongs to the institution's own name.
    if (endsInInstitution(left)) continue;
    // (A country's adjective opening an organization's name is the organization's: "Senior Fellow
    // at the American Enterprise Institute"; not "Ambassador of Spain and CIPR Senior Fellow Y".)
    const orgNamedAfterCountry = rightIsOrg && !countryOf(rightTrim) && !/\s(?:and|&)\s/.test(rightTrim);
    if (country && !orgNamedAfterCountry && (!/^the\b/i.test(right) || /^(?:the\s+)?(?:republic|kingdom|state|people)/i.test(right))) {
      const name = countryOf(rightTrim) ? rightTrim : (rightTrim.split(/\s+/)[0] ?? rightTrim);
      const at = trimmed.indexOf(rightTrim, s.index);
      return { role: left, org: name, orgSpan: { start: base + at, end: base + at + rightTrim.length }, span };
    }
    if (rightIsOrg) {
      const at = s.index! + s[0].length;
      // The sub-unit ("Department of Politics …") stays in the role; the institution is the org.
      // A sub-unit ("Department of Politics … of the X University") stays in the role.
      const sub = rightTrim.match(/^((?:Department|Faculty|School|Division|Chair|Wing|Unit|Section)\b.*?)\s+(?:of|at)\s+(?:the\s+)?(.+)$/);
      if (sub && looksLikeOrg(sub[2]!)) {
        const inst = sub[2]!;
        const at2 = trimmed.lastIndexOf(inst);
        return { role: `${left} of the ${sub[1]}`, org: inst, orgSpan: { start: base + at2, end: base + at2 + inst.length }, span };
      }
      return { role: left, org: rightTrim, orgSpan: { start: base + at, end: base + at + rightTrim.length }, span };
    }
  }
  return undefined;
}

/**
 * True when `phrase` ends in an institution's head noun that is not a title and that opens a name
 * after the title ("Chairman Center", "Director Institute"), not one an "of" joins to the title
 * ("Head of Mission").
 */
function endsInInstitution(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/\s+/);
  const last = words[words.length - 1]!;
  const before = words[words.length - 2] ?? '';
  return INSTITUTION_HEADS.has(last) && !TITLE_HEADS.has(last) && !TITLE_WORDS.has(last) && !/^(?:of|the|for|at|to|in)$/.test(before);
}

/**
 * An acronym and a place: "LEAD Pakistan", "WWF Pakistan" (a country: an organization's national
 * branch) or "NUST Islamabad" (a city: where the institution is, see {@link acronymBeforeCity}).
 */
function isAcronymWithPlace(phrase: string): boolean {
  const sp = phrase.indexOf(' ');
  if (sp <= 0 || !isAcronymWord(phrase.slice(0, sp))) return false;
  const place = phrase.slice(sp + 1);
  return Boolean(countryOf(place) || cityCountry(place));
}

/** "IBA Karachi" → "IBA": an acronym followed by its city; any other phrase as it is. */
function acronymBeforeCity(phrase: string): string {
  const sp = phrase.indexOf(' ');
  if (sp < 0) return phrase;
  const head = phrase.slice(0, sp);
  return isAcronymWord(head) && cityCountry(phrase.slice(sp + 1)) ? head : phrase;
}

/** The country word in a title ("former Chinese Ambassador") as the organization, the rest as the role. */
function senderCountry(left: string, base: number): Omit<RolePhrase, 'span'> | null {
  const words = matchesOf(/\S+/g, left);
  const at = words.findIndex((w) => countryOf(w[0].replace(/[’']s$/, '')));
  if (at < 0) return null;
  const w = words[at]!;
  const org = w[0].replace(/[’']s$/, '');
  const role = words.filter((_, i) => i !== at).map((x) => x[0]).join(' ');
  return role ? { role, org, orgSpan: { start: base + w.index!, end: base + w.index! + org.length } } : null;
}

/** Titles with "of" inside them: the "of" does not split off an organization. */
const TITLE_COMPOUND = new RegExp(
  String.raw`\b(?:head|chief) of (?:${HEAD_OF_WHAT.join('|')})\b|` +
    // ("Federal Minister for European and International Affairs", "Assistant Secretary of State for
    // South and Central Asian Affairs": a portfolio of affairs, no organization. Tried before "of
    // State" alone, so that the longer title wins. Not "Secretary of the Ministry of Maritime
    // Affairs": an institution is named there.)
    String.raw`\b(?:minister|secretary|commissioner)(?: of state)? (?:of|for) (?:the )?(?:(?!(?:of|ministry|department|division|office|bureau|directorate)\b)[a-z][\w-]*,? (?:(?:and|&) )?){1,4}affairs\b|` +
    String.raw`\b(?:minister|secretary) of state\b|\b(?:minister|secretary) (?:of|for) (?:the )?(?:foreign|external|internal|home|parliamentary) affairs\b`,
  'gi',
);

/** Lowercase words that are one generic org word alone ("mission", "board"): a title's end, not an org. */
function isBareOrgWord(words: readonly string[]): boolean {
  return words.length === 1 && (ORG_WORDS.has(words[0]!) || INSTITUTION_HEADS.has(words[0]!));
}

/** Words of a house that name a title with its head ("Senate President", "National Assembly Speaker"). */
const HOUSES = new Set(['senate', 'parliament', 'assembly']);

/**
 * "Nigeria's Senate President", "India's National Security Adviser": the country is the
 * affiliation and the rest is the title, the words before its head included. Not when an
 * institution is named between them ("Pakistan's Ministry of Foreign Affairs Spokesperson").
 */
function countryPossessive(t: TitleText): RolePhrase | null | undefined {
  const { trimmed, base, span, ws, lower } = t;
  if (ws.length < 3 || !/[’']s$/.test(ws[0]!)) return undefined;
  const country = ws[0]!.slice(0, -2);
  if (!countryOf(country)) return undefined;
  const rest = lower.slice(1);
  if (!TITLE_HEADS.has(rest[rest.length - 1]!) || rest.some((w) => w === 'of' || (INSTITUTION_HEADS.has(w) && !HOUSES.has(w)))) return undefined;
  const roleAt = trimmed.indexOf(ws[1]!, ws[0]!.length);
  return { role: trimmed.slice(roleAt), org: country, orgSpan: { start: base, end: base + country.length }, span };
}

/** "ORG TITLE…" ("ISSI Director General", "SCO National Coordinator", "Kazakh Ambassador"). */
function orgBeforeTitle(t: TitleText): RolePhrase | null | undefined {
  const { trimmed, base, span, ws, lower } = t;
  // The title starts after the organization's head noun, the last one before the title's head
  // ("Kuala Lumpur State University Associate Professor": not at "State").
  const head = lower.findIndex((w) => TITLE_HEADS.has(w));
  let orgHead = -1;
  for (let i = 0; i < head; i++) if (INSTITUTION_HEADS.has(lower[i]!)) orgHead = i;
  let firstTitle = -1;
  for (let i = orgHead + 1; i < lower.length && firstTitle < 0; i++) if ((TITLE_WORDS.has(lower[i]!) && lower[i] !== 'national') || TITLE_HEADS.has(lower[i]!)) firstTitle = i;
  let titleStart = firstTitle;
  // "National Coordinator": a modifier right before a head belongs to the title.
  if (titleStart > 0 && TITLE_WORDS.has(lower[titleStart - 1]!)) titleStart--;
  if (titleStart > 0) {
    const orgPart = ws.slice(0, titleStart).join(' ').replace(/[’']s$/, '');
    const rolePart = ws.slice(titleStart).join(' ');
    const c = countryOf(orgPart);
    // (Not a describing adjective that opens the sentence: "Renowned economist X".)
    // (Nor a region's adjective: "European Commissioner for Energy".)
    // (Nor a possessive determiner: "Our Director, X".)
    const orgOk = c || isAcronymWord(orgPart) || looksLikeOrg(orgPart) || (/^[A-Z]/.test(orgPart) && !DESCRIBING.has(orgPart.toLowerCase()) && !REGIONAL_ADJECTIVES.has(orgPart.toLowerCase()) && !DETERMINERS.has(orgPart.toLowerCase()));
    if (orgOk && !/^(the|a|an|former)$/i.test(orgPart)) {
      const at = trimmed.indexOf(orgPart);
      return {
        role: rolePart.replace(/^(of|the)\s+/i, ''),
        org: c ? orgPart : trimOrgPhrase(orgPart),
        orgSpan: { start: base + at, end: base + at + orgPart.length },
        span,
      };
    }
  }
  return undefined;
}

/** Possessive determiners, which open a title phrase as "the" does ("Our Director"). */
const DETERMINERS = new Set(['our', 'their', 'its', 'his', 'her', 'my', 'your']);

/** A board in short: the Board of Governors, Directors, Trustees, Management ("BoG", "BoD", "BoT", "BoM"). */
const BOARD_SHORT = /^Bo[GDTM]$/;

/** "DG China Division", "Director CPSC": title words then an org. */
function titleBeforeOrg(t: TitleText): RolePhrase | null | undefined {
  const { trimmed, base, span, ws, lower } = t;
  let k = 0;
  // ("State" is a title's only after "of", "Minister of State"; else it opens a name: "Governor State Bank of X".)
  // (A board in short belongs to the title: "Chairperson BoG ISSI", the Board of Governors.)
  while (k < ws.length && (TITLE_WORDS.has(lower[k]!) || TITLE_HEADS.has(lower[k]!) || /^(of|at|state|the)$/.test(lower[k]!) || BOARD_SHORT.test(ws[k]!)) && !(lower[k] === 'state' && lower[k - 1] !== 'of')) k++;
  if (k > 0 && k < ws.length) {
    // ("Director IBA Karachi": the acronym, as after "at".)
    const rest = acronymBeforeCity(ws.slice(k).join(' '));
    if (isAcronymWord(rest) || (looksLikeOrg(rest) && !isBareOrgWord(lower.slice(k))) || countryOf(rest) || isAcronymWithPlace(rest)) {
      const at = trimmed.indexOf(rest, ws.slice(0, k).join(' ').length);
      // ("Vice Chancellor of NUST", "Research Fellow at ISSI": the joining word is neither's.)
      const role = ws.slice(0, k).join(' ').replace(/(?:\s+(?:of|at|the))+$/i, '');
      return { role, org: rest, orgSpan: { start: base + at, end: base + at + rest.length }, span };
    }
  }
  return undefined;
}

/** The phrase is all role. */
function roleOnly(t: TitleText): RolePhrase {
  return { role: t.trimmed.replace(/^(the|a|an)\s+/i, ''), org: null, orgSpan: null, span: t.span };
}

function findLastIndex<T>(xs: T[], f: (x: T) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (f(xs[i]!)) return i;
  return -1;
}

const STOP_LEFT = /(?<!\b(?:Dr|Prof|Mr|Mrs|Ms|Rev|Fr|Engr|Amb|Sen|Gen|Lt|Col|Maj|Capt|Brig|Hon|St|H\.E|[A-Z]))\.|[;:!?"“”‘\n]|\((?![A-Z][A-Za-z&-]{1,9}\.?\)|R\))|(?<!\([A-Z][A-Za-z&-]{1,9}\.?|\(R)\)(?=\s*(?:,|and\b))|\b(?:were|was|is|are|by|with|said|says|as|while|whereas|including|includes|included|like|such|when|that|which|who|where|speech|remarks|address|welcomed|thanked|met|between|also|among|attended|participated|joined|invited|presence|accompanied|namely|chaired|moderated|hosted|organized|organised|according to)\b|\b(?:His|Her|Their) (?:Majesty|Majesties|(?:Royal )?Highness)\b/gi;

/** A phrase that ends in a conjunction (before the name that follows it). */
const TRAILING_HONORIFIC_TITLE = /\s+(?:Ambassador|Senator|Professor|Prof\.?|Engr\.?|(?:Major|Lieutenant|Lt\.?) General|Brigadier(?: General)?|(?:Rear|Vice) Admiral|Commodore|Air (?:Vice )?Marshal|Air Commodore|Colonel|Col\.?)\s*$/;
const ACRONYM_BRACKET_END = /\s*\((?:[A-Z][A-Za-z&-]{1,9}\.?|R)\)[\s,]*$/;
const CONJUNCTION_END = /(?:^|[\s,])(?:and|or|&)\s*$/i;
const APPOSITION_OPENING = /^\s*(?:(of|from)\s|[,(–—])/i;

/** Where the parts of a phrase start after each comma and each " and ", last first. */
function separatorsFromEnd(phrase: string): number[] {
  const at: number[] = [];
  for (const m of matchesOf(/,|\sand\s/g, phrase)) at.push(m.index! + m[0].length);
  return at.reverse();
}

/** True when only spaces lie between the start of `pos`'s line and `pos`. */
function lineStartAt(text: string, pos: number): boolean {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  return !text.slice(lineStart, pos).trim();
}

/** Whether a phrase starts as a person's mention does ("Dean …", "H.E. …", "NUS Dean"), not as the rest of a name ("Government Innovation …"). */
function opensTitle(phrase: string): boolean {
  return personStarts(phrase.trim().split(/\s+/), 0);
}

/**
 * "TITLE of “Name”" right before a name: the title, and the quoted name as the organization (a
 * newspaper, a journal, a programme). The title is read as any title before a name is.
 */
function quotedOrgBefore(text: string, nameStart: number, floor: number): RolePhrase | null {
  const from = Math.max(floor, nameStart - 140);
  const m = QUOTED_ORG_END.exec(text.slice(from, nameStart));
  if (!m) return null;
  const ofAt = from + m.index!;
  const title = leftTitle(text, ofAt, floor);
  if (!title?.role || title.span.end < ofAt - 1) return null;
  const orgStart = ofAt + m[0].indexOf(m[1]!);
  return { role: title.role, org: m[1]!, orgSpan: { start: orgStart, end: orgStart + m[1]!.length }, span: { start: title.span.start, end: orgStart + m[1]!.length + 1 } };
}
const QUOTED_ORG_END = /\s+of\s+(?:the\s+)?[“"]([A-Z][^”"\n]{1,80})[”"]\s*$/;

/** Capitalised words in brackets right before a name (after the title they qualify). */
const BRACKET_BEFORE_NAME = /(?<=\S)\s*\([A-Z][\w&-]*(?:\s+(?:&\s+|and\s+)?[A-Z][\w&-]*){0,3}\)\s*$/;

/** The title phrase right before a name, from the last stop word (verb, punctuation) to the name. */
export function leftTitle(text: string, nameStart: number, floor: number): RolePhrase | null {
  // (Both readings below look back only when the name follows a bracket or a quote: this runs
  // for nearly every name, and nearly every name follows neither.)
  const lastMark = text.slice(Math.max(floor, nameStart - 3), nameStart).trimEnd().slice(-1);
  // A bracketed portfolio between the title and the name: "Additional Secretary (Asia Pacific) X".
  if (lastMark === ')') {
    const portfolio = BRACKET_BEFORE_NAME.exec(text.slice(Math.max(floor, nameStart - 60), nameStart));
    if (portfolio) return leftTitle(text, nameStart - portfolio[0].length, floor);
  }
  // A quoted publication or programme as the organization: "Editor-in-Chief of “Pakistan in the World” X".
  if (lastMark === '”' || lastMark === '"') {
    const quoted = quotedOrgBefore(text, nameStart, floor);
    if (quoted) return quoted;
  }
  const from = Math.max(floor, nameStart - 220);
  const window = text.slice(from, nameStart);
  let cut = 0;
  for (const m of matchesOf(STOP_LEFT, window)) cut = m.index! + m[0].length;
  // A dateline opens no title: "ASTANA – Kazakh Foreign Minister X".
  const textAt = window.slice(cut).search(/\S/);
  const dateline = textAt >= 0 ? afterDateline(window.slice(cut + textAt)) : 0;
  if (dateline > 0) cut += textAt + dateline;
  let phrase = window.slice(cut);
  // Lowercase non-title words break a title phrase ("the event were the President…").
  const ws = matchesOf(/\S+/g, phrase);
  let startAt = 0;
  for (let i = ws.length - 1; i >= 0; i--) {
    const w = ws[i]![0].replace(/[,.;:]$/, '');
    const l = w.toLowerCase();
    // ("Director, Americas Department of the ministry, Mrs X": an institution named in lower case after "the".)
    // (A capitalised verb in -ing with its object opens a clause, not a title: "Introducing the speaker, the Director of X, Dr. Y".)
    const gerund = /^[A-Z][a-z]+ing$/.test(w) && i + 1 < ws.length && /^(?:the|a|an|his|her|its|our|their|this)$/.test(ws[i + 1]![0]) && !cityCountry(l) && !countryOf(l);
    const ok = (/^\(?[A-Z\d]/.test(w) && !gerund) || TITLE_WORDS.has(l) || /^(of|for|from|and|&|the|on|in|to|at|de|–|—|-)$/.test(l) || (INSTITUTION_HEADS.has(l) && i > 0 && ws[i - 1]![0].toLowerCase() === 'the');
    if (!ok) {
      startAt = ws[i]!.index! + ws[i]![0].length;
      break;
    }
  }
  // "A of ORG and TITLE B", "A, TITLE, ORG and TITLE B": right after the name before, the phrase
  // opens with that name's affiliation or apposition; B's title follows the last "and". Without an
  // "and", an "of" phrase is all A's; a comma phrase may be B's title in a titles-first list
  // (decided by the caller). ("The role of the First President X" does not follow a name.)
  const opening = APPOSITION_OPENING.exec(phrase);
  if (opening && !text.slice(floor, from + cut).trim()) {
    // The last "and" or comma after which a title starts ("…, DFU, Programme Director B"; "of X,
    // Vice Chancellor of Y, Prof. B": the title then ends in a comma).
    const own = separatorsFromEnd(phrase).find((at) => at >= startAt && /\S/.test(phrase.slice(at).replace(/,\s*$/, '')) && opensTitle(phrase.slice(at)));
    if (own !== undefined) startAt = own;
    else if (opening[1]) return null;
  }
  phrase = phrase.slice(startAt);
  // "A, EUISS Director and B": a title that "and" joins to the name belongs to what comes before.
  if (CONJUNCTION_END.test(phrase)) return null;
  const lead = phrase.match(/^[\s,]*(?:(?:and|the|a|an|former)\b)?/i);
  const offset = from + cut + startAt;
  if (!phrase.trim()) return null;
  let p = phrase;
  let off = offset;
  if (lead && /^(?:[\s,]*)(?:and|the|a|an)$/i.test(lead[0].trim() ? lead[0] : '')) {
    p = phrase.slice(lead[0].length);
    off += lead[0].length;
  }
  // (The pattern always matches at the start, if only the empty string. A slice, not a replace
  // with a callback: that was the costliest line of this function in a profile of the 10k ingest.)
  // (Nor a preposition: "presentations from Ambassador X", "the visit of the Minister of X, Y".)
  // (Nor an adjective that describes the person: "Renowned economist X".)
  let lead2 = /^[\s,]*(?:(?:and|from|by|with|on|to|at|for|of)\s+)?(?:(?:the|our|their|its|his|her)\s+)?/i.exec(p)![0].length;
  const describing = /^([\p{L}-]+)\s+/u.exec(p.slice(lead2));
  if (describing && DESCRIBING.has(describing[1]!.toLowerCase())) lead2 += describing[0].length;
  // (Nor a profession in lower case before a capitalised title: "renowned scholar Professor X".)
  const profession = /^([a-z][\p{L}-]*)\s+(?=[A-Z])/u.exec(p.slice(lead2));
  if (profession && TITLE_HEADS.has(profession[1]!) && opensTitle(p.slice(lead2 + profession[0].length))) lead2 += profession[0].length;
  off += lead2;
  // (The acronym of the organization, between it and the name, is not part of the phrase:
  // "Director-General of the Food and Agriculture Organization (FAO) X".)
  p = p.slice(lead2).replace(ACRONYM_BRACKET_END, '');
  if (!p.trim()) return null;
  // A programme label at the start of the line is not part of the title ("Host Lieutenant General
  // X": a PDF's label column runs into the line). Only before another title: "Speaker Ayaz Sadiq"
  // is the Speaker of an assembly.
  const label = lineStartAt(text, off) ? programmeLabelLength(p) : 0;
  if (label > 0 && opensTitle(p.slice(label))) {
    const rest = p.slice(label).trimStart();
    off += p.length - rest.length;
    p = rest;
  }
  // "Director General ISSI Ambassador X": a title and its organization, then the honorific title
  // the person goes by; the title phrase is the one with the organization.
  // (Not "Associate Professor": a title word before it makes it part of the title.)
  const honorific = TRAILING_HONORIFIC_TITLE.exec(p);
  const head = honorific ? p.slice(0, honorific.index) : '';
  const headLast = head.slice(head.lastIndexOf(' ') + 1).toLowerCase();
  const titled = honorific && !TITLE_WORDS.has(headLast) && !TITLE_HEADS.has(headLast) ? parseTitlePhrase(head, off) : null;
  if (titled?.role && titled.org) return titled;
  return parseTitlePhrase(p, off);
}

/**
 * A programme's title line under a name that ends its own line ("Ambassador X" / "Director
 * General, ISSI"): a short line that opens with a title and holds no name of its own.
 */
function titleLineAfter(text: string, nameEnd: number): RolePhrase | null {
  const gap = /^[ \t]*\n(?:[ \t]*\n)?[ \t]*/.exec(text.slice(nameEnd, nameEnd + 8));
  if (!gap) return null;
  const start = nameEnd + gap[0].length;
  const end = text.indexOf('\n', start);
  const line = text.slice(start, end < 0 ? text.length : end).trim();
  if (!line || line.length > 100 || /[.;:!?]$/.test(line) || programmeLabelLength(line) > 0) return null;
  if (!isTitleSegment(line.split(',')[0]!.trim(), true) || nameCandidates(line).some((h) => h.span.start === 0)) return null;
  return parseTitlePhrase(line, start);
}

/**
 * Letters after a name (decorations, degrees: "HI (M)", "KCMG", "PhD") and retired markers, up
 * to the mark that opens an apposition. A bare acronym only right after the name, before a comma
 * or dash: after a comma it is an affiliation ("X, ISSI, said").
 */
const POST_NOMINALS = /^(?:[ \t]+(?:[A-Z]{2,5}|Ph\.?D\.?)(?:[ \t]?\([A-Z][a-z]{0,3}\))?(?=[ \t]*[,–—-]|[ \t]+\((?:R|Retd\.?|Retired)\))|,?[ \t]*\((?:R|Retd\.?|Retired)\)(?=[ \t]*[,–—-]))+/;

/** ", who heads the " after a name: the verb and the title it stands for. */
const HEADS_VERB = /^\s*,\s*who\s+(heads|leads|chairs|directs)\s+(?:the\s+)?/i;
const HEAD_TITLE: Record<string, string> = { heads: 'Head', leads: 'Head', chairs: 'Chair', directs: 'Director' };
/** The apposition after a name: ", Director, Rifah Institute …," or " – Chairman …" or "(ISSI)". */
export function rightTitle(text: string, nameEnd: number): RolePhrase | null {
  const after = text.slice(nameEnd, nameEnd + 240);
  // Post-nominal letters and a retired marker come before the apposition: "X HI (M), (Retd) -
  // Chairman …", "Sir Y KCMG, Director …".
  const postNominal = POST_NOMINALS.exec(after);
  if (postNominal) return rightTitle(text, nameEnd + postNominal[0].length);
  // "X, who heads the Nordic Institute, …": the verb names the title.
  const heads = HEADS_VERB.exec(after);
  if (heads) {
    const orgAt = nameEnd + heads[0].length;
    CAP_PHRASE_AT.lastIndex = orgAt;
    const org = CAP_PHRASE_AT.exec(text)?.[0].replace(/[\s,.;:]+$/, '');
    const role = HEAD_TITLE[heads[1]!.toLowerCase()]!;
    // ("who chairs the Board": a bare organization word gives the title, no organization.)
    if (org && looksLikeOrg(org)) {
      const end = orgAt + org.length;
      return isBareOrgWord(org.toLowerCase().split(/\s+/))
        ? { role, org: null, orgSpan: null, span: { start: nameEnd, end } }
        : { role, org, orgSpan: { start: orgAt, end }, span: { start: nameEnd, end } };
    }
  }
  // A lowercase programme label in brackets comes first: "Prof. X (moderator), Dean, Law Faculty".
  const label = /^\s*\([a-z][a-z ]{1,30}\)(?=\s*,)/.exec(after);
  if (label) return rightTitle(text, nameEnd + label[0].length);
  // ("X, serving as the President of Y", "X, in her capacity as Chair of Y", "X, who is the
  // Director of Y": the title follows.)
  // (Or no mark at all before a capitalized title head: "said X Ambassador of Uzbekistan while …".)
  const open = after.match(/^\s*(?:,|–|—|-|\()\s*(?:(?:serving|acting) as\s+|in (?:his|her|their) capacity as\s+|who (?:is|was)(?: also| currently)?\s+(?=(?:the|an?)\s))?/) ?? bareTitleAfter(after);
  if (!open) return ofAffiliation(text, nameEnd) ?? titleLineAfter(text, nameEnd);
  let body = after.slice(open[0].length);
  const paren = open[0].includes('(');
  // Read comma-separated segments while they read as title/org words.
  const segs: string[] = [];
  let consumed = 0;
  // The apposition (not in brackets) opens with an institution, not a title ("X, Embassy of Sweden").
  let orgFirst = false;
  let lineEndOrg: { name: string; at: number } | null = null;
  // (A dot inside a segment only before a capital or at the end of an initialism: "U.S.", "D.C.";
  // "H.E." opens the next person's mention. A dash closes a dashed apposition: "X—Director of Y—spoke".
  // An initial's dot keeps the segment going too: "R. Wendell Harrison Distinguished Service Professor".)
  const segRe = paren ? /^[^),\n]*/ : /^(?:[^,;.\n()“”"–—]|\.(?=\p{Lu})|(?<=\p{Lu}\.\p{Lu})(?<!H\.E)\.|(?<=(?:^|\s)\p{Lu})\.(?=\s\p{Lu}))*/u;
  for (let i = 0; i < 4; i++) {
    const s = body.match(segRe)?.[0] ?? '';
    const trimmed = s.trim();
    if (!trimmed) break;
    const titleLike = isTitleSegment(trimmed, i === 0);
    const orgLike = looksLikeOrg(trimmed) || Boolean(countryOf(trimmed)) || isAcronymWord(trimmed) || isAcronymWithPlace(trimmed) || Boolean(cityCountry(trimmed.split(/,/)[0]!));
    if (i === 0 && !titleLike) {
      if (orgLike && (paren || isInstitutionName(trimmed))) orgFirst = !paren;
      else {
        // "A, EUISS Director and B, Director of Y": the title ends where "and" brings the next name.
        const head = titleBeforeNextName(trimmed);
        if (!head) return null;
        segs.push(head);
        consumed += body.indexOf(s) + s.indexOf(head) + head.length;
        break;
      }
    }
    // The last item of a programme line names the institution, however it is called ("Nandan
    // Nilekani, Co-founder and Chairman, Infosys"), unless it is a name of two words or more.
    if (i > 0 && !orgLike && !titleLike && LINE_END.test(body.slice(s.length)) && PROPER_PHRASE.test(trimmed) && !(trimmed.includes(' ') && opensPersonItem(trimmed))) {
      lineEndOrg = { name: trimmed, at: consumed + body.indexOf(s) + s.indexOf(trimmed) };
      segs.push(trimmed);
      break;
    }
    if (i > 0 && !orgLike && !titleLike) break;
    // A segment that is a person's name starts a new list item.
    if (i > 0 && opensPersonItem(trimmed)) break;
    // Words of the verb phrase end the apposition ("Director CPSC extended his gratitude").
    // (Any lowercase past tense with an object too: "Minister of State for X graced the occasion".)
    const verb = trimmed.match(/\s(?:said|says|extended|stated|spoke|noted|added|delivered|highlighted|emphasi[sz]ed|stressed|was|is|has|had|who|and\s+(?:his|her)|while|[a-z]+ed\s+(?:the|a|an|his|her|their|this|that)\b)/);
    const seg = verb ? trimmed.slice(0, verb.index) : trimmed;
    segs.push(seg);
    consumed += body.indexOf(s) + (verb ? s.indexOf(seg) + seg.length : s.length);
    if (verb) break;
    body = body.slice(s.length);
    const comma = body.match(/^\s*,\s*/);
    if (!comma) break;
    consumed += comma[0].length;
    body = body.slice(comma[0].length);
  }
  if (!segs.length) return null;
  const tail = body.replace(/^[^,;.\n]*/, '');
  // A name right after the apposition may take it as its title, first ("the President of X, A,
  // Dean of Y, B"): the apposition is then not this name's. Unless that name has an apposition of
  // its own ("A, European Commissioner for Energy, and Ms. B, Vice-President of C").
  if (!paren && /^\s*,\s*$/.test(tail.slice(0, 3)) === false) {
    const rest = text.slice(nameEnd + consumed + open[0].length, nameEnd + consumed + open[0].length + 160).replace(/^\s+/, '');
    const next = NEXT_NAME.exec(rest);
    if (next && !(next[0].endsWith(',') && isTitleSegment(rest.slice(next[0].length).split(/[,;.\n]/, 1)[0]!.trim(), true))) return null;
  }
  const phrase = segs.join(', ').replace(/\s+(and|the)$/i, '');
  const start = nameEnd + open[0].length;
  const parsed = parseTitlePhrase(phrase.replace(/^(the|a|an)\s+/i, ''), start + (phrase.match(/^(the|a|an)\s+/i)?.[0].length ?? 0));
  // (In brackets, an institution's name alone: "X (Ankara University)", "Y (SIIS)".)
  if ((orgFirst || (paren && (parsed !== null || looksLikeOrg(phrase) || isAcronymWord(phrase)))) && !parsed?.role && !parsed?.org) {
    return { role: null, org: phrase, orgSpan: { start, end: start + phrase.length }, span: { start, end: start + phrase.length } };
  }
  if (lineEndOrg && parsed?.role && !parsed.org) {
    const orgStart = start + lineEndOrg.at;
    return { ...parsed, role: parsed.role.replace(/,\s*[^,]*$/, ''), org: lineEndOrg.name, orgSpan: { start: orgStart, end: orgStart + lineEndOrg.name.length } };
  }
  if (paren && parsed && parsed.role && !parsed.org && (looksLikeOrg(phrase) || isAcronymWord(phrase))) {
    return { role: null, org: phrase, orgSpan: { start, end: start + phrase.length }, span: { start, end: start + phrase.length } };
  }
  return parsed;
}

/** Nothing but spaces before the line's end. */
const LINE_END = /^[ \t]*(?:\n|$)/;
/** One to four capitalised words (an institution's name of any kind: "Infosys", "NITI Aayog"). */
const PROPER_PHRASE = /^[A-Z][\p{L}&.'’-]*(?:\s+[A-Z][\p{L}&.'’-]*){0,3}$/u;

/** A name after a comma (and "and"), with its honorific, up to the comma, full stop or "and" after it. */
const NEXT_NAME = /^,\s*(?:and\s+)?(?:Mr\.?\s|Ms\.?\s|Dr\.?\s|Prof\.?\s)?[A-Z][\p{Ll}]+(?:[ -][A-Z][\p{Ll}]+)+\s*(?:[,.]|and\b)/u;

/**
 * The space before a capitalized title head and "of" that follow a name without a comma ("X
 * Ambassador of Y"). (Not a title before a name: "the Sri Lankan Ambassador Z".)
 */
function bareTitleAfter(after: string): RegExpMatchArray | null {
  const m = /^[ \t]+(?=([A-Z][\p{Ll}-]+)[ \t]+of\b)/u.exec(after);
  return m && TITLE_HEADS.has(m[1]!.toLowerCase()) ? m : null;
}

/**
 * An organization alone after a name is its affiliation when the words name an institution and
 * nothing else: capitalized words and connectors, headed by an institution word first or last
 * ("Ambassador X, Embassy of Sweden", "Dr. Y, Arctic Institute"); not "Egypt had launched projects
 * on its secretariat", nor "SPPF Coordinator Z and Secretary W of the Ministry of Railways".
 */
function isInstitutionName(segment: string): boolean {
  const words = segment.replace(/^the\s+/i, '').split(/\s+/);
  if (!words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|for|on|in|at|de|du|des|&)$/.test(w))) return false;
  const first = words[0]!.toLowerCase();
  const last = words[words.length - 1]!.toLowerCase();
  return INSTITUTION_HEADS.has(first) || INSTITUTION_HEADS.has(last);
}

/** A segment of an apposition that reads as a title (`first`: the segment right after the name). */
/**
 * A segment that is a person's name, or titles and then a name of two words or more ("Vice
 * Admiral Aaron Beng"): in an apposition it opens the next item of a list, not a part of the title.
 */
function opensPersonItem(segment: string): boolean {
  const names = nameCandidates(segment);
  if (names.some((h) => h.name === segment)) return true;
  const last = names[names.length - 1];
  if (!last || !last.name.includes(' ') || !segment.endsWith(last.name)) return false;
  const titles = segment.slice(0, segment.length - last.name.length).trim().split(/\s+/);
  return titles.every((w) => {
    const l = w.toLowerCase().replace(/\.$/, '');
    return HONORIFICS.has(l) || TITLE_WORDS.has(l) || TITLE_HEADS.has(l);
  });
}

function isTitleSegment(segment: string, first: boolean): boolean {
  const words = segment.split(/\s+/);
  // "Norway’s National Coordinator …", "former Kazakh Ambassador …": a country (or a region,
  // "European Commissioner …", or an acronym, "EU Special Representative …") before the title.
  const lead = words[0]!.replace(/[’']s$/, '');
  // (After an acronym only a title's modifier, and no name after it: "EUISS Director and B",
  // "SPPF National Coordinator B" are B's titles, read by titleBeforeNextName.)
  const acronymLead =
    first && isAcronymWord(lead) && words.length > 1 && TITLE_WORDS.has(words[1]!.toLowerCase()) && !TITLE_HEADS.has(words[1]!.toLowerCase()) && !nameCandidates(segment).some((h) => h.name.includes(' '));
  const firstWord = (first && (countryOf(lead) || REGIONAL_ADJECTIVES.has(lead.toLowerCase()) || acronymLead) && words.length > 1 ? words[1]! : words[0]!).toLowerCase();
  const lastWord = words[words.length - 1]!.toLowerCase();
  return (
    (first && words.length <= 5 && TITLE_HEADS.has(lastWord) && /^[A-Z]/.test(segment)) ||
    (first && namedTitleAt(words) > 0) ||
    TITLE_WORDS.has(firstWord) ||
    TITLE_HEADS.has(firstWord) ||
    (/^(the|a|an)$/.test(firstWord) && words.slice(1, 4).some((w) => TITLE_HEADS.has(w.toLowerCase())))
  );
}

/**
 * Where a named title's head is, or -1: capitalised words before a title head, then "at", "of"
 * or the end ("Weiser Family Distinguished Fellow at the Atlantic Council", an endowed chair).
 */
function namedTitleAt(words: readonly string[]): number {
  for (let i = 1; i < Math.min(words.length, 7); i++) {
    if (!/^[A-Z]/.test(words[i - 1]!)) return -1;
    if (TITLE_HEADS.has(words[i]!.toLowerCase()) && (i === words.length - 1 || /^(?:at|of)$/.test(words[i + 1]!))) return i;
  }
  return -1;
}

/** "EUISS Director and Sven Biscop" → "EUISS Director": a title that "and" joins to a name ending the segment. */
function titleBeforeNextName(segment: string): string | null {
  const and = segment.lastIndexOf(' and ');
  if (and <= 0) return null;
  const head = segment.slice(0, and);
  const rest = segment.slice(and + 5);
  if (!isTitleSegment(head, true)) return null;
  return nameCandidates(rest).some((h) => rest.endsWith(h.name)) ? head : null;
}

const OF_AFTER_NAME = /^[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?/;
const CAP_PHRASE_AT = new RegExp(CAP_PHRASE.source, 'uy');

/** "Dr. X of the University of Y", "Ambassador X of Pakistan", "Dr. X from Oxford University": an affiliation right after a name. */
function ofAffiliation(text: string, nameEnd: number): RolePhrase | null {
  const lead = OF_AFTER_NAME.exec(text.slice(nameEnd, nameEnd + 16));
  if (!lead) return null;
  const start = nameEnd + lead[0].length;
  CAP_PHRASE_AT.lastIndex = start;
  // (A capitalised run goes on past a full stop: "Pakistan. Also" ends at the stop after a word.)
  const phrase = CAP_PHRASE_AT.exec(text)?.[0].split(SENTENCE_STOP)[0]!.replace(/[.,;:]+$/, '');
  if (!phrase) return null;
  const org = countryOf(phrase) ? phrase : trimOrgPhrase(cutTrailingName(phrase));
  const isOrg = Boolean(countryOf(org)) || isAcronymWord(org) || (looksLikeOrg(org) && !isBareOrgWord(org.toLowerCase().split(/\s+/)));
  if (!org || !isOrg) return null;
  const at = start + Math.max(0, phrase.indexOf(org));
  const span = { start: at, end: at + org.length };
  return { role: null, org, orgSpan: span, span };
}

/** Honorific tokens right before a name ("Prof. Dr. ", "H.E. Mr. "): the title phrase ends before them. */
const HONORIFIC_TAIL =
  /(?:(?:\b(?:Mr|Mrs|Ms|Miss|Madam|Dr|Prof|Engr|Rev|Fr|Sir|Dame|Hon|H\.\s?E|His Excellency|Her Excellency|Excellency|Alhaji|Sheikh|Mian|Syed|Tan Sri|Puan Sri|Toh Puan|(?:Datuk|Dato['’]?)(?: Seri| Sri)?|Datin|Tun|Air Cdre|Cdre|Lt|Gen|Col|Maj|Brig|Capt|Cdr|Adm)\.?|\((?:R|Retd|Rtd|Retired)\.?\))\s+)+$/;
/** "H.E." / "His Excellency" before a name: in these reports, an envoy. */
const EXCELLENCY = /\b(?:H\.\s?E\.?|His Excellency|Her Excellency)\s+(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?$/;

/** Honorific-like titles that are roles when written right before a name ("Ambassador X"). */
const ROLE_HONORIFICS = /(?:^|\s)(Ambassador|Senator|Minister|President|Governor|Mayor|Professor|Prof\.|General|Consul|Commissioner|Envoy|Secretary)\s*$/;

export interface PersonFinding {
  person: LocalPerson;
  role: RolePhrase | null;
}

/** Person mentions with roles; coreferent mentions (surname only, "the Ambassador") join them. */
const PREPOSITION_BEFORE = /\b(?:for|of|on|in|at|to|from)\s+$/;
/** A clause between two names, not an apposition: a conjunction, or a verb in the past with its complement. */
const CLAUSE_BETWEEN = /\b(?:while|whereas|when)\b|\b[a-z]{3,}ed\s+(?:on|for|by|to|at|in|with|the|a|an|his|her|their)\b/;

export function findPeople(text: string, sentences: Span[], orgs: OrgTable): LocalPerson[] {
  const people: LocalPerson[] = [];
  // The name tokens of people[i] (kept beside them: each candidate is compared with every person).
  const peopleToks: (readonly string[])[] = [];
  const cands = nameCandidates(text);
  // Candidates come in text order, and quoted spans and sentences are in order and disjoint:
  // each is found by a cursor that only moves forward, not by a search from the start.
  const inQuotes = coveringSpan(quotedSpans(text));
  const sentenceOf = coveringSpan(sentences);
  const wholeText: Span = { start: 0, end: text.length };
  // (A loop, not `filter` and `flatMap` with callbacks, which is slow in V8.)
  const orgSpans: Span[] = [];
  for (const o of orgs.orgs.values()) if (o.kind === 'organization') for (const m of o.mentions) orgSpans.push(m);
  const inOrg = (sp: Span): boolean => orgSpans.some((o) => o.start <= sp.start && sp.end <= o.end);
  let prevEnd = 0;
  const accepted: { hit: NameHit; role: RolePhrase | null }[] = [];
  const titleFirst = new Set<number>();
  // Role evidence by person while they are gathered (published in `roleSpans` for the copies returned).
  const roleOf = new Map<LocalPerson, Span | null>();
  for (let i = 0; i < cands.length; i++) {
    const hit = cands[i]!;
    const q = inQuotes(hit.span.start);
    if (q && hit.span.end <= q.end) continue;
    if (inOrg(hit.span) || isPlaceName(hit.name) || complementsInstitution(text, hit.span.start)) continue;
    const toks = nameTokens(hit.name);
    const sent = sentenceOf(hit.span.start) ?? wholeText;
    const floor = Math.max(sent.start, prevEnd);
    const before = text.slice(Math.max(sent.start, hit.span.start - 40), hit.span.start);
    const honStart = hit.span.start - (before.match(HONORIFIC_TAIL)?.[0].length ?? 0);
    // ", Title of Org, Mr. Y": the phrase after the previous name is that person's apposition.
    // (Unless the sentence lists titles first: "the President of X, A, Dean of Y, B".)
    // (Not when the previous name's apposition is a closed bracket that "and" follows: "A (Chair, X)
    // and President of Y, B" names B's title.)
    const between = text.slice(prevEnd, honStart);
    // (Nor when a closed bracket was the apposition and a title follows it: "A (Chair, X),
    // Founder of Y, B".)
    const afterBracket = /^\s*\([^()]*\)\s*,\s*\S/.test(between);
    // (Nor when a clause of its own lies between: "A, signed on behalf of X, while the Ambassador of Y, Mr B".)
    const prevApposition = prevEnd > sent.start && !titleFirst.has(sent.start) && /^\s*(?:,|\(|–|—)[^.;]*,\s*(?:and\s+)?$/.test(between) && !/\)\s*,?\s*and\s/.test(between) && !afterBracket && !CLAUSE_BETWEEN.test(between);
    const multi = toks.length >= 2;
    const knownAt = multi ? peopleToks.findIndex((t) => compareNames(t, toks) !== 'different') : loneMentionOf(peopleToks, toks[0]!, () => SPEECH_AFTER.test(text.slice(hit.span.end, hit.span.end + 60)) || HONORIFIC_TAIL.test(before));
    const known = knownAt >= 0 ? people[knownAt] : undefined;
    // One hyphenated word right after a preposition is a region or a portfolio, not a person:
    // "Senior Fellow for Indo-Pacific Defence".
    if (!known && !hit.name.includes(' ') && PREPOSITION_BEFORE.test(before)) continue;
    // (Accepted names are in text order: the last one is the one that may be in this sentence.)
    const lastAccepted = accepted[accepted.length - 1];
    const firstInSentence = !lastAccepted || lastAccepted.hit.span.start < sent.start;
    // A single unknown word is dropped below; its title phrase matters only when it opens a
    // titles-first list, which needs a comma right before the word. Most such words (sentence
    // openers, adjectives) have none: they skip the look to the left, the costliest step here.
    // One name alone right after a title of office is a person who goes by one name ("Foreign
    // Minister Sugiono", "Ambassador Sulistyo"): Indonesian and other single names.
    // (In prose, not a headline's "Ambassador Khan calls on …", and not a part of a longer name the
    // report gives elsewhere: "Minister Lavrov" before "Sergey Lavrov".)
    const mononym = !multi && !known && ROLE_HONORIFICS.test(before) && isNameWord(hit.name) && !isPossessive(hit.name) && /^[A-Z][a-z]{3,}$/.test(hit.name) && /[.!?]["”’)]*\s*$/.test(text.slice(sent.start, sent.end)) && !partOfLongerName(cands, hit.name);
    const needLeft = !prevApposition && (multi || mononym || Boolean(known) || (firstInSentence && commaBefore(text, honStart)));
    const left = needLeft ? leftTitle(text, Math.max(floor, honStart), floor) : null;
    if (left?.role && (firstInSentence || afterBracket) && /^\s*,\s*$/.test(text.slice(left.span.end, honStart))) titleFirst.add(sent.start);
    if (!multi && !known && !mononym) continue; // (before the costlier look to the right)
    const honor = /\b(?:Mr|Mrs|Ms|Dr|Prof|Engr|H\.\s?E|Sir|Madam|Mian|Syed|Senator|Ambassador|Excellency|Professor|Minister|President|Secretary|Governor|Chairman|Director|Dean|General|Commissioner|Envoy|Coordinator|Consul|DG|Officer|Advisor|Adviser|Dame|Lord|Alhaji|Chief)\.?\s*$/i.test(before) || HONORIFICS.has(before.match(/([A-Za-z]+)\.?\s+$/)?.[1]?.toLowerCase() ?? '');
    const right = rightTitle(text, hit.span.end);
    // The cues that are already at hand first; the three patterns below only when they say nothing.
    // (An institution in brackets right after a name of two words or more: "Mehmet Karaosmanoğlu (Ankara University)".)
    const cue =
      honor || Boolean(left?.role) || Boolean(right?.role) || Boolean(left?.org && multi) || Boolean(right?.org && multi && /^\s*\(/.test(text.slice(hit.span.end, hit.span.end + 3)) && !initialsOf(hit.name, right.org)) ||
      (multi && (PARTICIPATION_BEFORE.test(text.slice(Math.max(sent.start, honStart - 40), honStart).replace(ACRONYM_BEFORE, '')) || speaksAfter(text, hit.span.end, right) || listsAfter(text, accepted[accepted.length - 1]?.hit.span.end, hit.span.start)));
    if (!cue && !known) continue;
    if (multi && toks.some((t) => t.length === 1) && toks.filter((t) => t.length > 1).length < 2 && !honor && !known && !left?.role) continue;
    prevEnd = hit.span.end;
    let role = pickRole(left, right);
    // "Ambassadors A and B": a plural title before the first name is each listed name's.
    if (!role?.role && lastAccepted && !firstInSentence && pluralTitleOf(lastAccepted) && LIST_JOIN.test(text.slice(lastAccepted.hit.span.end, honStart))) {
      role = lastAccepted.role;
    }
    // Without a role from the title phrases: an honorific-like title right before the name is the
    // role ("Ambassador X"), else "H.E." before it makes the person an envoy. (Both readings are
    // built by one set of operations: one only the rare "H.E." branch ran had no type feedback, and
    // reaching it sent the optimized findPeople back to be compiled again, ~250 ms a time over the
    // 10k corpus. `honStart` is where the honorifics before the name begin.)
    const honorRole = before.match(ROLE_HONORIFICS)?.[1];
    const nameStart = hit.span.start;
    const envoy = !role?.role && !honorRole && EXCELLENCY.test(text.slice(Math.max(0, nameStart - 30), nameStart));
    if (envoy || (!role?.role && honorRole)) {
      const word = envoy ? 'Ambassador' : honorRole!.replace(/^Prof\.$/, 'Professor');
      const start = envoy ? honStart : nameStart - honorRole!.length - 1;
      const end = envoy ? nameStart : nameStart - 1;
      role = { role: word, org: role?.org ?? null, orgSpan: role?.orgSpan ?? null, span: { start, end } };
    }
    // "The Pakistani side was led by Foreign Secretary X": the side's country is the person's.
    if (!role?.org) {
      const side = SIDE_LED_BY.exec(text.slice(Math.max(sent.start, honStart - 120), honStart));
      if (side && countryOf(side[1]!)) {
        const at = honStart - side[0].length + side[0].indexOf(side[1]!);
        const orgSpan = { start: at, end: at + side[1]!.length };
        role = { role: role?.role ?? null, org: side[1]!, orgSpan, span: role?.span ?? orgSpan };
      }
    }
    accepted.push({ hit, role });
    let person = known && (multi ? compareNames(peopleToks[knownAt]!, toks) !== 'different' : true) ? known : undefined;
    if (!person) {
      person = { key: `p:${toks.join(' ')}`, name: hit.name, aliases: [], role: null, orgKey: null, mentions: [], participant: false };
      people.push(person);
      peopleToks.push(toks); // (the key is foldName(hit.name): these tokens, joined)
    } else {
      // A longer name replaces the one kept (which becomes an alias); another spelling is an alias.
      // (Written so that every access below runs for each known person: one only a rare branch
      // made had no type feedback, and reaching it sent the optimized findPeople back to be
      // compiled again, ~250 ms a time over the 10k corpus.)
      const longer = toks.length > peopleToks[knownAt]!.length;
      const { aliases, name: kept } = person;
      const name = hit.name;
      const alias = longer ? kept : name !== kept && multi && !aliases.includes(name) ? name : null;
      if (alias !== null) aliases.push(alias);
      person.name = longer ? name : kept;
      peopleToks[knownAt] = longer ? toks : peopleToks[knownAt]!;
    }
    person.mentions.push(hit.span);
    if (role && !person.role && role.role) person.role = cleanRole(role.role);
    if (role?.org && !person.orgKey) {
      const orgKey = orgs.add(role.org, role.orgSpan ?? role.span);
      person.orgKey = orgKey;
    }
    // The role's evidence covers the title words and the name they describe.
    const roleSpan = role?.span ? { start: Math.min(role.span.start, hit.span.start), end: Math.max(role.span.end, hit.span.end) } : null;
    roleOf.set(person, roleOf.get(person) ?? roleSpan);
  }
  // Definite descriptions: "the Ambassador" → the one person whose role has that head word.
  for (const m of matchesOf(/\b[Tt]he\s+((?:[A-Z][a-z]+\s+)?(Ambassador|Minister|President|Director|Dean|Senator|Envoy|Coordinator|Chairman|Secretary|Governor|Professor|Speaker|Commissioner))\b/g, text)) {
    const head = m[2]!.toLowerCase();
    const withRole = people.filter((p) => p.role?.toLowerCase().split(/\s+/).includes(head));
    if (withRole.length === 1) {
      const p = withRole[0]!;
      const s = { start: m.index! + 4, end: m.index! + m[0].length };
      if (!p.mentions.some((x) => x.start <= s.start && s.end <= x.end) && (p.mentions[0]?.start ?? 0) < s.start) p.mentions.push(s);
    }
  }
  return people.map((p) => {
    const sorted = { ...p, mentions: p.mentions.sort((a, b) => a.start - b.start) };
    roleSpans.set(sorted, roleOf.get(p) ?? null);
    return sorted;
  });
}

/**
 * The person a one-word mention names: the one whose name it ends ("Marsudi" of "Retno L.P.
 * Marsudi", "Wang" of "Wang Yi", by {@link compareNames}), else the one person whose name it opens
 * ("Madam Retno said", "Anwar said" of "Anwar Ibrahim", "Lee said" of "Lee Hsien Loong"): in
 * Malay, Indonesian, Arabic and Chinese names a later mention often keeps the first part. That
 * reading needs the word to be `vouched` for as a name (a verb of speech after it, an honorific
 * before it): a capitalised word that opens a heading ("Business opportunities") is no mention of
 * a "Business Opportunities" read as a name. -1 when no one, or when two people open with the word.
 */
function loneMentionOf(peopleToks: readonly (readonly string[])[], word: string, vouched: () => boolean): number {
  const lone = [word];
  const byEnd = peopleToks.findIndex((t) => compareNames(t, lone) !== 'different');
  if (byEnd >= 0) return byEnd;
  let byStart = -1;
  for (let i = 0; i < peopleToks.length; i++) {
    const t = peopleToks[i]!;
    if (t.length < 2 || t[0] !== word) continue;
    if (byStart >= 0) return -1;
    byStart = i;
  }
  return byStart >= 0 && vouched() ? byStart : -1;
}

/** True when `acronym` is the initials of `name`'s words: the bracket names the thing itself ("Asia-Pacific Roundtable (APR)"). */
function initialsOf(name: string, acronym: string): boolean {
  const initials = name.split(/[\s-]+/).map((w) => w[0] ?? '').join('').toUpperCase();
  return acronym.toUpperCase().startsWith(initials.slice(0, 2)) && acronym.length <= initials.length + 1 && /^[A-Z]+$/.test(acronym);
}

/** What joins two names of one list: a comma, "and", or both. */
const LIST_JOIN = /^\s*(?:,\s*)?(?:and\s+)?$/;

/** True when a name's role is a plural title before it ("Ambassadors A"), which names a list. */
function pluralTitleOf(a: { hit: NameHit; role: RolePhrase | null }): boolean {
  const role = a.role;
  if (!role?.role || role.span.end > a.hit.span.start) return false;
  return singularTitle(role.role.slice(role.role.lastIndexOf(' ') + 1)) !== null;
}

/**
 * The text with names written in capitals title-cased, same length ("DR. AYESHA RAHMAN, Director"
 * → "Dr. Ayesha Rahman, Director"), for the name finder, which reads capitalised words. A run of
 * two to four words in capitals counts when an honorific or the line's start opens it, a comma or
 * the line's end closes it, and none of its words is an organization, title or place word
 * ("INSTITUTE OF …", "PAKISTAN CHINA" stay as they are; so does "the UN OCHA," inside a line).
 */
export function capsNamesCased(text: string): string {
  const surnameFirst = CAPS_SURNAME.test(text) ? text.replace(CAPS_SURNAME_FIRST, (run: string, surname: string, given: string, at: number) => {
    if (!SURNAME_OPENER.test(text.slice(Math.max(0, at - 14), at))) return run;
    // (An acronym recurs on its own: "NUST" in "…, NUST Islamabad, …" and elsewhere; a surname does not.)
    if (!isNameWord(given) || !isNameWord(titleCase(surname)) || text.split(surname).length !== text.split(run).length) return run;
    return titleCase(surname) + run.slice(surname.length);
  }) : text;
  if (!CAPS_PAIR.test(surnameFirst)) return surnameFirst;
  return surnameFirst.replace(CAPS_NAME_RUN, (run: string, honorific: string | undefined) => {
    const words = run.slice(honorific?.length ?? 0).split(/\s+/).map(titleCase);
    if (!honorific && !words.some((w) => w.length >= 4)) return run;
    // (The name finder's own test of a word, as it will read the cased word; an honorific among the
    // words is for it to split off: "AMBASSADOR ALI KHAN".)
    if (!words.every((w) => isNameWord(w) || HONORIFICS.has(w.toLowerCase()))) return run;
    return run.replace(/[A-Z]+/g, titleCase);
  });
}
const CAPS_PAIR = /[A-Z]{2,}[ \t]+[A-Z]{2,}/;
/**
 * A family name in capitals before the given name, as Japanese and some other ministries write
 * them ("Ambassador of Japan to Nepal, KIKUTA Yutaka, delivered …", "Mr. KISHIDA Fumio"): after an
 * honorific or a comma, and before a comma, a bracket or a full stop.
 */
const CAPS_SURNAME_FIRST = /(?<![\p{L}])([A-Z]{3,})[ \t]+([A-Z]\p{Ll}{2,})(?![\p{L}])(?=[ \t]*[,.(])/gu;
/** Right before such a name: an honorific or a comma (tested on the text before a match, not by a lookbehind at every place). */
const SURNAME_OPENER = /(?:(?<![\p{L}])(?:Mr|Mrs|Ms|Dr|Prof|H\.E|Ambassador|Minister)\.?|,)[ \t]+$/u;
const CAPS_SURNAME = /[A-Z]{3,}[ \t]+[A-Z]\p{Ll}/u;
/** "RAHMAN" → "Rahman" (same length). */
function titleCase(w: string): string {
  return w[0]! + w.slice(1).toLowerCase();
}
const CAPS_NAME_RUN = /(?:(?<![\p{L}])((?:DR|MR|MRS|MS|PROF|ENGR|H\.E)\.?[ \t]+)|(?<=^[ \t]*(?:[-•*][ \t]+)?))[A-Z]{2,}(?:[-'’][A-Z]+)?(?:[ \t]+[A-Z]{2,}(?:[-'’][A-Z]+)?){1,3}(?![\p{L}])(?=\s*(?:,|$))/gmu;

/** A name that is a country or city of the gazetteer as a whole ("Sri Lanka", "Kuala Lumpur"). */
function isPlaceName(name: string): boolean {
  return name.includes(' ') && Boolean(countryOf(name) || cityCountry(name));
}


/**
 * For spans in text order that do not overlap, a function from a position to the span that holds
 * it (`start <= pos < end`), or undefined. Positions must be asked in non-decreasing order: the
 * cursor never moves back (a span that ends at or before one position holds no later one).
 */
function coveringSpan(spans: readonly Span[]): (pos: number) => Span | undefined {
  let k = 0;
  return (pos) => {
    while (k < spans.length && spans[k]!.end <= pos) k++;
    const s = spans[k];
    return s && s.start <= pos ? s : undefined;
  };
}

/** "the Pakistani side (delegation) was led by" and titles, right before a name: the nationality. */
const SIDE_LED_BY = /\b([A-Z][a-z]+)\s+(?:side|delegation|team)\s+(?:was\s+)?(?:led|headed)\s+by\s+(?:the\s+)?(?:[A-Z][\w.’'()-]*,?\s+){0,6}$/;

/** A speech verb right after a name ("X said", "X, who spoke"). */
const SPEECH_AFTER = /^\s*(?:,\s*)?(?:who\s+)?(?:said|says|spoke|stated|noted|added|told|stressed|emphasi[sz]ed|highlighted|remarked|observed|explained|underlined|pointed|expressed|informed|welcomed|thanked|presented|delivered|urged|called|opened|briefed|shared|hosted|met|attended|was|is|also|drew|talked|gave|echoed|introduced|and his|and her)\b/;
/** Between commas after a name: an apposition ("the owner of X", "serving as Y"); initials keep their dots. */
const APPOSITION = /^\s*,(?:[^.;:“”"\n]|(?<=\b[A-Z])\.){3,150}?,/;

/** A speech verb after a name, right after it or after its apposition ("X, the owner of Y, echoed …"). */
function speaksAfter(text: string, nameEnd: number, right: RolePhrase | null): boolean {
  const next = text.slice(nameEnd, nameEnd + 60);
  if (SPEECH_AFTER.test(next)) return true;
  // "A and B spoke": the verb after the second name is the first one's too.
  // ("A and B of the University of Oslo spoke": after B's affiliation.)
  const partner = AND_NAME.exec(next);
  if (partner && partner[1]!.split(/\s+/).every(isNameWord)) {
    const partnerEnd = nameEnd + partner[0].length;
    const verbAt = ofAffiliation(text, partnerEnd)?.span.end ?? partnerEnd;
    if (SPEECH_AFTER.test(text.slice(verbAt, verbAt + 60))) return true;
  }
  // "X of the University of Oslo also spoke": after the affiliation.
  if (right && right.span.start >= nameEnd && SPEECH_AFTER.test(text.slice(right.span.end, right.span.end + 60))) return true;
  const apposition = APPOSITION.exec(text.slice(nameEnd, nameEnd + 200));
  if (!apposition) return false;
  const after = nameEnd + apposition[0].length;
  return SPEECH_AFTER.test(text.slice(after, after + 60));
}
/** "and" and a second name of two to four capitalised words, with an honorific before it or not. */
const AND_NAME = /^,?\s+and\s+(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,3})/u;
/** A participation phrase right before a name ("attended by X", "in the presence of X"). */
// (A speech verb after a quotation or a comma, before the speaker: '"We agree," said X'.)
const PARTICIPATION_BEFORE = /(?:[,”"]\s*(?:said|says|added|noted|stated|explained|remarked)|\b(?:(?:talks|met|meeting|meets) with(?: (?:his|her|their)(?: \w+)? counterparts?)?|counterparts?|attended by|presence of|joined by|graced by|hosted by|chaired by|moderated by|addressed by|speech by|remarks by|address by|presentation by|lecture by|including|included|among them|among others|panelists?|speakers?|participants?|guests?|moderators?|masters? of (?:the )?ceremon(?:y|ies)(?:\s*\(MCs?\))?|MCs?|emcees?))(?:\s+(?:was|were|is|are))?[\s:,]*$/i;
/** An acronym title right before a name ("speech by HRVP X"): set aside before looking for the phrase. */
const ACRONYM_BEFORE = /\b[A-Z][A-Z.]+\s+$/;

/**
 * A name in a list with the name accepted before it (ending at `prevEnd`): what lies between is
 * short, has no full stop or semicolon, and has a comma or an "and".
 */
function listsAfter(text: string, prevEnd: number | undefined, start: number): boolean {
  if (prevEnd === undefined || start - prevEnd >= 120) return false;
  const between = text.slice(prevEnd, start);
  // (Not the object of an "of" in the apposition before, "A, the owner of B Ltd", nor words of
  // a title: "A, former Supreme Allied Commander".)
  return !/[.;]/.test(between) && /,|\band\b/.test(between) && !/\bof\s+(?:the\s+)?$/.test(between) && !/,\s*(?:former|then|current|acting|late)\s+$/i.test(between);
}

/** True when the last non-space character before `pos` is a comma. */
function commaBefore(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return text[i] === ',';
}

/** Role evidence by person (kept outside LocalPerson to keep it small). */
export const roleSpans = new WeakMap<LocalPerson, Span | null>();

/** Military ranks: a rank before a name yields to the post after it ("Major General X, Director General of Y"). */
const RANK_WORDS = new Set(['major', 'general', 'lieutenant', 'lt', 'colonel', 'col', 'brigadier', 'brig', 'captain', 'capt', 'admiral', 'vice', 'rear', 'air', 'marshal', 'commodore', 'retd', 'retired', '(r)', '(retd)', '(retd.)']);
function isRank(role: string): boolean {
  return role.toLowerCase().replace(/\./g, '').split(/\s+/).every((w) => RANK_WORDS.has(w));
}

function pickRole(left: RolePhrase | null, right: RolePhrase | null): RolePhrase | null {
  if (right?.role && (!left?.role || (left.role.split(/\s+/).length === 1 && !left.org) || (!left.org && isRank(left.role)))) {
    // "Ambassador X, National Coordinator for Y": both titles are the person's; a rank is not.
    const both = left?.role && !isRank(left.role) && !new RegExp(`\\b${left.role}\\b`, 'i').test(right.role) ? `${left.role}, ${right.role}` : right.role;
    return { ...right, role: both, org: right.org ?? left?.org ?? null, orgSpan: right.org ? right.orgSpan : (left?.orgSpan ?? null) };
  }
  if (left?.role || left?.org) {
    return { ...left, org: left.org ?? right?.org ?? null, orgSpan: left.org ? left.orgSpan : (right?.orgSpan ?? null) };
  }
  return right;
}

function cleanRole(role: string): string {
  const cleaned = role
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/[\s,;:–—-]+$/, '')
    .trim();
  // One person's title: "foreign service officers A and B" → "foreign service officer".
  const at = cleaned.lastIndexOf(' ') + 1;
  const singular = singularTitle(cleaned.slice(at));
  return singular === null ? cleaned : cleaned.slice(0, at) + singular;
}

/** Spans inside quotation marks (titles of events and articles are not names of people). */
export function quotedSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of matchesOf(QUOTED_RE, text)) out.push({ start: m.index!, end: m.index! + m[0].length });
  return out;
}
const QUOTED_RE = new RegExp(QUOTED, 'g');
