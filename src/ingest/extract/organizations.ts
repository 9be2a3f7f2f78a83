/**
 * Organizations and countries named in a text. An organization is a capitalised phrase with an
 * organization word (Institute, Embassy, University…), optionally followed by its acronym in
 * parentheses, which becomes an alias ("Institute of Strategic Studies Islamabad (ISSI)").
 * Bare acronyms are organizations too; one the document defines joins its full name.
 */
import { isJsSpace, lowerAscii } from '../../lib/text/charCodes';
import { foldName } from '../names';
import { cityCountry, countryOf, type CountryInfo } from '../lexicon/places';
import { opensDate } from './dates';
import { memoizeString } from '../memo';
import { HEAD_OF_WHAT, HONORIFICS, INSTITUTION_HEADS, ORG_WORDS, TITLE_HEADS, TITLE_WORDS, singularTitle } from '../lexicon/titles';
import type { LocalOrg, Span } from '../types';
import { matchesOf } from '../regex';

const CAP = String.raw`(?:[A-Z][\p{L}’'.&-]*|\d+(?:st|nd|rd|th)?)`;
const CONNECT = String.raw`(?:of|for|and|&|the|on|in|de|du|des|to|at|under)`;
/** A run of capitalised words joined by connectors (the raw material of org names). */
export const CAP_PHRASE = new RegExp(String.raw`${CAP}(?:[ \t]+(?:${CONNECT}[ \t]+)*${CAP})*`, 'gu');
/**
 * Where a capitalised phrase crosses the end of a sentence: a stop after a word in lower case (not
 * an initial's or an abbreviation's dot, which {@link CAP_PHRASE} keeps inside names: "U.S.").
 */
export const SENTENCE_STOP = /(?<=\p{Ll}{3})[.;:](?=\s)/u;
const ACRONYM = /^[A-Z][A-Za-z0-9&-]*[A-Z0-9]$/;

export function isAcronymWord(w: string): boolean {
  return ACRONYM.test(w) && w.length >= 2 && w.length <= 10 && w === w.toUpperCase() && /[A-Z]{2}/.test(w);
}

function words(s: string): string[] {
  return s.split(/[\s]+/).filter(Boolean);
}

/**
 * True when a phrase reads as an organization name: it starts with a capital or a digit, and one
 * of its words (lowercased and cut at its first apostrophe: "Embassy’s") is an organization word.
 * Asked of every capitalised phrase and of its parts, many times per document, so it scans by
 * character code: a word is made into a string and looked up only when its length and first two
 * letters are those of an organization word (looking up fresh strings was most of the cost, more
 * than a cache of the answers saved). A word with a non-ASCII letter before the cut (which may
 * lowercase to ASCII, like the Kelvin sign) is always looked up.
 */
export function looksLikeOrg(phrase: string): boolean {
  const c0 = phrase.charCodeAt(0);
  if (!((c0 >= 65 && c0 <= 90) || (c0 >= 48 && c0 <= 57))) return false;
  const n = phrase.length;
  let i = 0;
  while (i < n) {
    if (isJsSpace(phrase.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let cut = -1;
    let ascii = true;
    for (; i < n; i++) {
      const c = phrase.charCodeAt(i);
      if (isJsSpace(c)) break;
      if (cut >= 0) continue;
      if (c === 39 || c === 0x2019) cut = i;
      else if (c >= 128) ascii = false;
    }
    if (!ascii) {
      if (ORG_WORDS.has(phrase.slice(start, i).toLowerCase().replace(/[’'].*$/, ''))) return true;
      continue;
    }
    const len = (cut >= 0 ? cut : i) - start;
    if (len === 0) continue;
    const c1 = lowerAscii(phrase.charCodeAt(start));
    const c2 = len > 1 ? lowerAscii(phrase.charCodeAt(start + 1)) : 0;
    if (ORG_WORD_HEADS.has(wordHead(len, c1, c2)) && ORG_WORDS.has(phrase.slice(start, start + len).toLowerCase())) return true;
  }
  return false;
}

/** Length and first two (lowercase ASCII) letters of a word, as one number. */
function wordHead(length: number, c1: number, c2: number): number {
  return length * 65536 + c1 * 256 + c2;
}
const ORG_WORD_HEADS = new Set([...ORG_WORDS].map((w) => wordHead(w.length, w.charCodeAt(0), w.length > 1 ? w.charCodeAt(1) : 0)));

/** What {@link OrgTable.add} reads from a name alone. */
interface OrgName {
  /** The organization within the name as given (see {@link tidyOrgName}): offset and length. */
  at: number;
  length: number;
  /** The country it names, if any. */
  country: CountryInfo | undefined;
  /** Without a leading "the" and trailing punctuation: the name kept. */
  clean: string;
  /** The key of an organization name; null for an acronym, whose key depends on the document. */
  key: string | null;
  /** `clean` in capitals (an acronym's key). */
  upper: string;
}

/** The same names come back in document after document: what depends on the name alone is cached. */
const orgNameOf = memoizeString(readOrgName, 50_000);

function readOrgName(given: string): OrgName {
  let at = 0;
  let name = given;
  if (given.includes(' ')) {
    const t = tidyOrgName(given);
    if (t && (t[0] !== 0 || t[1] !== given.length)) {
      at = t[0];
      name = given.slice(t[0], t[0] + t[1]);
    }
  }
  const country = countryOf(name);
  // (A possessive is the sentence's, not the name's: "the Shanghai Cooperation Organization’s summit".)
  const clean = name.replace(/^the\s+/i, '').replace(/(?<=\s\S+)[’']s$/, '').replace(/[\s,.;:’']+$/, '');
  const upper = country ? '' : clean.toUpperCase();
  const key = country || isAcronymWord(clean) ? null : `org:${foldName(clean)}`;
  return { at, length: name.length, country, clean, key, upper };
}

export class OrgTable {
  readonly orgs = new Map<string, LocalOrg>();
  /** acronym (upper) → org key */
  private acronyms = new Map<string, string>();

  /** Registers a mention and returns the org's key. (Several readings may find one mention: linking keeps it once.) */
  add(name: string, span: Span, acronym?: string): string {
    return this.addRead(name, orgNameOf(name), span, acronym);
  }

  /** {@link add} with the name already read (`n` is `orgNameOf(name)`). */
  addRead(name: string, n: OrgName, span: Span, acronym?: string): string {
    if (n.at !== 0 || n.length !== name.length) span = { start: span.start + n.at, end: span.start + n.at + n.length };
    const clean = n.clean;
    if (n.country) return this.addCountry(n.country.name, clean, span);
    let key = n.key ?? (this.acronyms.get(n.upper) ?? `acr:${n.upper}`);
    // A bare acronym first seen before its definition is folded in when the definition comes.
    const existing = this.orgs.get(key);
    if (existing) {
      existing.mentions.push(span);
      if (acronym) this.defineAcronym(key, acronym);
      return key;
    }
    // Same name up to a leading "the"/case: reuse.
    this.orgs.set(key, { key, name: clean, aliases: [], kind: 'organization', mentions: [span] });
    if (acronym) key = this.defineAcronym(key, acronym);
    return key;
  }

  addCountry(name: string, asWritten: string, span: Span): string {
    const key = `country:${name}`;
    const o = this.orgs.get(key);
    if (o) {
      o.mentions.push(span);
      if (asWritten !== name && !o.aliases.includes(asWritten)) o.aliases.push(asWritten);
    } else {
      this.orgs.set(key, { key, name, aliases: asWritten !== name ? [asWritten] : [], kind: 'country', mentions: [span] });
    }
    return key;
  }

  private defineAcronym(key: string, acronym: string): string {
    const upper = acronym.toUpperCase();
    const org = this.orgs.get(key)!;
    if (!org.aliases.includes(acronym)) org.aliases.push(acronym);
    this.absorb(key, `acr:${upper}`);
    if (!this.acronyms.has(upper)) this.acronyms.set(upper, key);
    return key;
  }

  /** Moves the mentions of the org at `other` to the one at `key`, and sends `other` there. */
  private absorb(key: string, other: string): void {
    const org = this.orgs.get(key)!;
    const bare = this.orgs.get(other);
    if (!bare || bare === org) return;
    org.mentions.push(...bare.mentions);
    this.orgs.delete(other);
    this.redirect.set(other, key);
  }

  /** Keys merged into others (bare acronym → its definition). */
  readonly redirect = new Map<string, string>();

  resolve(key: string): string {
    return this.redirect.get(key) ?? key;
  }

  keyForAcronym(acr: string): string | undefined {
    return this.acronyms.get(acr.toUpperCase());
  }

  /**
   * A bare acronym that no bracket defined joins the document's one full name whose initials it
   * is: "IISS" in the headline, "the International Institute for Strategic Studies" in the text.
   * Not as an alias: the acronym is not defined for other documents, where it may stand for
   * another name with the same initials. A name with an acronym of its own is not joined.
   */
  joinAcronymsByInitials(): void {
    for (const key of [...this.orgs.keys()]) {
      if (!key.startsWith('acr:')) continue;
      const upper = key.slice(4);
      let full: string | null = null;
      let count = 0;
      for (const o of this.orgs.values()) {
        // (The first letter first: most names are never split into words.)
        if (o.name[0] !== upper[0] || !o.key.startsWith('org:') || o.aliases.length || initialsOf(o.name) !== upper) continue;
        full = o.key;
        count++;
      }
      if (count === 1) this.absorb(full!, key);
    }
  }
}

/** The initials of a name's words, connectors left out ("International Institute for Strategic Studies" → "IISS"); "" when a word is not capitalised. */
function initialsOf(name: string): string {
  let out = '';
  for (const w of name.split(/\s+/)) {
    if (CONNECTOR.test(w)) continue;
    if (!/^[A-Z]/.test(w)) return '';
    out += w[0];
  }
  return out;
}

const CONNECTOR = /^(?:of|for|and|&|the|on|in|de|du|des|to|at|under|a|an)$/;
/** Abbreviations whose dot does not end a sentence. */
const ABBREV = new Set(['st', 'jr', 'sr', 'co', 'inc', 'ltd', 'no', 'vs', 'mt', 'ft', 'govt', 'dept', 'univ', 'intl', 'natl', 'assn', 'corp', 'bros']);
/** Words that start a person's mention after "and" (an honorific or a role). */
const PERSON_START = new Set(['dr', 'prof', 'h', 'he', 'mr', 'mrs', 'ms', 'senator', 'ambassador', 'his', 'her', 'sir', 'excellency', 'hon']);
const LEADING = /^(?:About|During|Following|After|Before|With|From|By|Under|Via|Visit|Inside)$/;
const TITLE_START_SKIP = new Set(['general', 'major', 'marshal', 'chief', 'member', 'partner', 'head', 'chair']);

function isAbbrevWord(w: string): boolean {
  const core = w.slice(0, -1);
  if (core.length <= 1 || core.includes('.')) return true;
  const l = core.toLowerCase();
  return (core.length <= 4 && HONORIFICS.has(l)) || ABBREV.has(l);
}

const isTitleWord = (l: string): boolean => TITLE_WORDS.has(l) || l === 'additional' || l === 'joint';

export function personStarts(ws: string[], i: number): boolean {
  const a = ws[i];
  if (!a) return false;
  const l = a.toLowerCase().replace(/\.$/, '');
  if (PERSON_START.has(l) || /^h\.e\.?$/.test(l)) return true;
  if ((TITLE_HEADS.has(l) || singularTitle(l) !== null) && !TITLE_START_SKIP.has(l)) return true;
  // "the Kazakh Ambassador …"
  if (l === 'the' && ws[i + 1] && /^[A-Z]/.test(ws[i + 1]!) && ws[i + 2] && TITLE_HEADS.has(ws[i + 2]!.toLowerCase())) return true;
  // "… and the Turkish", "… and the Sri Lankan Ambassador …": a nationality opens the next mention.
  if (l === 'the' && ws[i + 1] && (countryOf(ws[i + 1]!) || (ws[i + 2] && countryOf(`${ws[i + 1]} ${ws[i + 2]}`)))) return true;
  // "… and Vice" (the phrase was cut before "Chancellor"): a title word ending the phrase.
  if (i === ws.length - 1 && (TITLE_HEADS.has(l) || l === 'vice')) return true;
  // A run of role words: "Senior Research Fellow", "Research Associate", "Additional Secretary".
  let run = i;
  while (run < ws.length && isTitleWord(ws[run]!.toLowerCase())) run++;
  if (run - i >= 2) return true;
  const b = ws[i + 1];
  if ((TITLE_WORDS.has(l) && !TITLE_START_SKIP.has(l) && b && TITLE_HEADS.has(b.toLowerCase())) || (isAcronymWord(a) && b && TITLE_WORDS.has(b.toLowerCase()))) return true;
  return false;
}

/**
 * Narrows an organization mention that ran on into its surroundings to the organization itself
 * (as [offset, length] within `name`), or null when nothing reads as one: a sentence end ("… Security.
 * All rights"), a person after "and" ("… University and H.E. …", "… and Director Dr …"), a person
 * before "of" ("Amara Haile of Heartland Institute …"), lowercase words after it ("… welcomed the guests").
 */
const tidied = new Map<string, [number, number] | null>();

/** Names none of the rules below can change (most of them): no need to look further. */
const MAY_NEED_TIDY =
  /[.!?)]|\s(?:and|of|&)\s|^(?:\d{4}|About|During|Following|After|Before|With|From|By|Under|Via|Visit|Inside|Mission|[A-Z][A-Z0-9&-]+)\s|\s(?!(?:of|for|and|the|on|in|de|du|des|to|at|under|a|an)(?:\s|$))\p{Ll}|^(?:of|for|and|&|the|on|in|de|du|des|to|at|under|a|an)\s|\s(?:of|for|and|&|the|on|in|de|du|des|to|at|under|a|an)$/u;

export function tidyOrgName(name: string): [number, number] | null {
  // The same names come back in every document: the cache is asked first, before the pattern.
  let t = tidied.get(name);
  if (t === undefined) {
    if (tidied.size > 50_000) tidied.clear();
    t = MAY_NEED_TIDY.test(name) ? tidyUncached(name) : null;
    tidied.set(name, t);
  }
  return t;
}

/** A word of a name and its offset in it. */
interface Word {
  w: string;
  s: number;
}

/**
 * The narrowing rules, in order: each takes the words still kept and returns those it keeps.
 * They are called through one call site on purpose: with this many targets it stays generic, so the
 * compiler optimizes each rule on its own instead of inlining all of them into one large function.
 * Words arrive as every kind of string V8 has (sliced, flat, one- or two-byte); each new kind at a
 * site discards the optimized code that holds it, and recompiling the whole inlined routine every
 * time cost more than running it (about 14 recompiles over the 10k corpus, most of its cost).
 */
const TIDY_RULES: ((seg: Word[]) => Word[])[] = [
  firstOrgSentence,
  toUnopenedBracket,
  withoutLeadingPreposition,
  toFirstLowercaseWord,
  withoutLeadingYear,
  withoutPersonAfterAnd,
  acronymBeforeRole,
  afterHeadOfMission,
  withoutPersonBeforeOf,
  withoutEdgeConnectors,
  withoutUnopenedParen,
];

function tidyUncached(name: string): [number, number] | null {
  let seg: Word[] = [];
  for (const m of matchesOf(/\S+/g, name)) seg.push({ w: m[0], s: m.index });
  for (const rule of TIDY_RULES) seg = rule(seg);
  if (!seg.length) return null;
  const first = seg[0]!;
  const last = seg[seg.length - 1]!;
  const out = name.slice(first.s, last.s + last.w.length);
  if (!looksLikeOrg(out.replace(/^the\s+/i, '')) && !isAcronymWord(out)) return null;
  return [first.s, last.s + last.w.length - first.s];
}

/**
 * The words of `seg`. (A loop into an array literal, not `map`: `map` hands back arrays of more than
 * one elements kind, and each kind a rule had not seen yet sent its optimized code back to be
 * compiled again; a literal's arrays all take the kind that literal came to hold.)
 */
function wordsOf(seg: Word[]): string[] {
  const ws: string[] = [];
  for (const x of seg) ws.push(x.w);
  return ws;
}

/** Sentences: the first one that names an organization (else all of it). */
function firstOrgSentence(all: Word[]): Word[] {
  for (let i = 0, from = 0; i <= all.length; i++) {
    const w = all[i]?.w;
    if (w === undefined || (/[.!?]$/.test(w) && !isAbbrevWord(w) && i + 1 < all.length)) {
      const part = all.slice(from, i + 1);
      if (part.length && looksLikeOrg(part.map((x) => x.w).join(' '))) return part;
      from = i + 1;
    }
  }
  return all;
}

/** An unopened bracket ends it ("University of Doha) and the …"). */
function toUnopenedBracket(seg: Word[]): Word[] {
  const close = seg.findIndex((x) => x.w.includes(')') && !x.w.includes('('));
  if (close >= 0 && !seg.slice(0, close).some((x) => x.w.includes('('))) seg = seg.slice(0, close + 1);
  return seg;
}

/** A leading preposition ("About the Embassy"). */
function withoutLeadingPreposition(seg: Word[]): Word[] {
  while (seg.length > 1 && LEADING.test(seg[0]!.w)) seg = seg.slice(1);
  return seg;
}

/** Lowercase words (not connectors) end it. */
function toFirstLowercaseWord(seg: Word[]): Word[] {
  const low = seg.findIndex((x, i) => i > 0 && /^\p{Ll}/u.test(x.w) && !CONNECTOR.test(x.w));
  if (low > 0) seg = seg.slice(0, low);
  return seg;
}

/** A leading year ("© 2016 Asia Institute …"). */
function withoutLeadingYear(seg: Word[]): Word[] {
  while (seg.length > 1 && /^\d{4}$/.test(seg[0]!.w)) seg = seg.slice(1);
  return seg;
}

/** "and" followed by a person: the organization is on the side that reads as one. */
function withoutPersonAfterAnd(seg: Word[]): Word[] {
  const ws = wordsOf(seg);
  for (let i = 1; i < ws.length - 1; i++) {
    if (ws[i] !== 'and') continue;
    if (personStarts(ws, i + 1)) {
      const left = ws.slice(0, i).join(' ');
      if (looksLikeOrg(left)) seg = seg.slice(0, i);
      else seg = seg.slice(i + 1);
      break;
    }
    // "… Studies Network and Kaveh Karimi": an organization word or a place, then a bare name.
    const prev = ws[i - 1]!.toLowerCase();
    const prev2 = i > 1 ? `${ws[i - 2]!.toLowerCase()} ${prev}` : prev;
    const tail = ws.slice(i + 1);
    if (tail.length === 1 && isAcronymWord(tail[0]!) && looksLikeOrg(ws.slice(0, i).join(' '))) {
      seg = seg.slice(0, i);
      break;
    }
    if (
      (ORG_WORDS.has(prev) || !!countryOf(prev) || !!cityCountry(prev) || !!countryOf(prev2) || !!cityCountry(prev2) || isAcronymWord(ws[i - 1]!)) &&
      tail.length >= 2 && tail.length <= 5 &&
      tail.every(isNameLikeWord)
    ) {
      seg = seg.slice(0, i);
      break;
    }
  }
  return seg;
}

/** "IWRD Research Associate": an acronym and a role. */
function acronymBeforeRole(seg: Word[]): Word[] {
  const ws = wordsOf(seg);
  if (ws.length > 1 && isAcronymWord(ws[0]!) && TITLE_WORDS.has(ws[1]!.toLowerCase())) {
    let j = 1;
    while (j < ws.length && TITLE_WORDS.has(ws[j]!.toLowerCase())) j++;
    if (ws.slice(j).every((w) => NAME_LIKE.test(w.replace(/[.,]$/, '')) || HONORIFICS.has(w.toLowerCase().replace(/\.$/, '')))) seg = seg.slice(0, 1);
  }
  return seg;
}

/** What is left of "Deputy Head of Mission …": "Mission Zainab Gilani of Embassy …", "Mission of the Embassy …". */
function afterHeadOfMission(seg: Word[]): Word[] {
  const ws = wordsOf(seg);
  const hom = ws.findIndex((w, i) => w === 'Mission' && ws[i - 1] === 'of' && ws[i - 2] === 'Head');
  if (hom >= 0 && hom < ws.length - 1 && ws.slice(0, hom - 2).every((w) => isTitleWord(w.toLowerCase()))) seg = seg.slice(hom + 1);
  else if (seg.length > 2 && seg[0]!.w === 'Mission' && /^[A-Z]/.test(seg[1]!.w)) seg = seg.slice(1);
  else if (seg.length > 3 && seg[0]!.w === 'Mission' && seg[1]!.w === 'of' && seg[2]!.w === 'the' && looksLikeOrg(ws.slice(3).join(' '))) seg = seg.slice(3);
  return seg;
}

/** A person's name before "of": "Dr. Layla Aksoy of Global … Network". */
function withoutPersonBeforeOf(seg: Word[]): Word[] {
  const ws = wordsOf(seg);
  const of = ws.indexOf('of');
  if (of > 0 && of < ws.length - 1) {
    const left = ws.slice(0, of);
    const lastL = left[left.length - 1]!.toLowerCase().replace(/\.$/, '');
    const right = ws.slice(of + 1).join(' ');
    const lows = left.map((w) => w.toLowerCase().replace(/[.,’']+$/, ''));
    // (A place word is a person's name part after an honorific: "Ms. Ana Lima of the Embassy …".)
    const honorific = HONORIFICS.has(lows[0]!) && lows.length > 1;
    // (People of one list: "Ana Silva and Juan Soto of the University …"; "and" between two names.)
    const listAnd = (i: number) => left[i] === 'and' && i > 0 && i < left.length - 1 && NAME_LIKE.test(left[i - 1]!.replace(/,$/, '')) && NAME_LIKE.test(left[i + 1]!);
    const person =
      !lows.some((l, i) => (ORG_WORDS.has(l) && !TITLE_WORDS.has(l)) || (!honorific && (REGION_WORDS.has(l) || !!countryOf(l) || !!cityCountry(l))) || (CONNECTOR.test(left[i]!) && !listAnd(i))) &&
      !TITLE_WORDS.has(lastL) && !HONORIFICS.has(lastL) &&
      left.some((w) => NAME_LIKE.test(w));
    // "Director General of the Institute …": a role of the organization.
    const role = lows.every((l) => isTitleWord(l)) && lows.some((l) => TITLE_HEADS.has(l) || l === 'associate') && /^the\s/.test(right);
    const r = right.replace(/^the\s+/i, '');
    if ((person || role) && (looksLikeOrg(r) || isAcronymWord(r))) seg = seg.slice(of + 1);
  }
  return seg;
}

/** Connectors at either end. */
function withoutEdgeConnectors(seg: Word[]): Word[] {
  while (seg.length && CONNECTOR.test(seg[seg.length - 1]!.w)) seg = seg.slice(0, -1);
  while (seg.length && CONNECTOR.test(seg[0]!.w)) seg = seg.slice(1);
  return seg;
}

/** Closing brackets at the end that nothing opened. */
function withoutUnopenedParen(seg: Word[]): Word[] {
  while (seg.length && /\)$/.test(seg[seg.length - 1]!.w) && !seg.some((x) => x.w.includes('('))) {
    const last = seg[seg.length - 1]!;
    const w = last.w.replace(/\)+$/, '');
    if (w) {
      seg = [...seg.slice(0, -1), { w, s: last.s }];
      break;
    }
    seg = seg.slice(0, -1);
  }
  return seg;
}

/** True when word k ends a title of the "Head of Mission" kind ("Chief of Staff", "Head of Delegation"): {@link HEAD_OF_WHAT}. */
function headOfMission(ws: readonly string[], k: number): boolean {
  return k >= 2 && HEAD_OF_WHAT.includes(ws[k]!.toLowerCase()) && ws[k - 1]!.toLowerCase() === 'of' && /^(?:head|chief)$/i.test(ws[k - 2]!);
}

/**
 * Trims a capitalised phrase to the organization it names: leading title words and determiners
 * go ("ISSI Director General" is not an org), trailing title words go.
 */
export function trimOrgPhrase(phrase: string): string {
  let ws = words(phrase);
  // Leading title words ("President of the Republic of X") describe a person, not the org, also
  // after a nationality ("Australian Assistant Minister for Foreign Affairs").
  let k = ws.length > 2 && countryOf(ws[0]!) && TITLE_WORDS.has(ws[1]!.toLowerCase()) ? 1 : 0;
  while (k < ws.length && (TITLE_WORDS.has(ws[k]!.toLowerCase()) || singularTitle(ws[k]!) !== null || /^(of|the)$/i.test(ws[k]!) || headOfMission(ws, k))) k++;
  // (All title words, "Uzbek Deputy Head of Mission": a person's title, no organization.)
  if (k > 0 && ws.slice(0, k).some((w) => TITLE_HEADS.has(w.toLowerCase()) || singularTitle(w) !== null)) ws = ws.slice(k);
  // A country followed directly by a capitalised word ends the org ("Republic of Kazakhstan Kassym…").
  for (let i = 1; i < ws.length - 1; i++) {
    if (countryOf(ws[i]!) && /^[A-Z]/.test(ws[i + 1]!) && /^(of|in|to)$/i.test(ws[i - 1]!)) {
      ws = ws.slice(0, i + 1);
      break;
    }
  }
  // Nor is a place or a date before it, joined by "on", "in" or "at" ("… a roundtable in Oslo on
  // the Arctic Council’s work", "… on 3 May 2023 on the Arctic Council").
  const lead = placeOrDateLead(ws);
  if (lead > 0) ws = ws.slice(lead);
  // A date after the name is no part of it ("… Foundation on 3 June 2023", "… in June 2023").
  const dated = ws.findIndex((w, i) => i > 0 && /^(?:on|in)$/i.test(w) && i + 1 < ws.length && opensDate(ws[i + 1]!));
  if (dated > 0) ws = ws.slice(0, dated);
  while (ws.length && /^(the|of|and|for|in|on|at|to|&|a|an)$/i.test(ws[0]!)) ws = ws.slice(1);
  while (ws.length && /^(the|of|and|for|in|on|at|to|&)$/i.test(ws[ws.length - 1]!)) ws = ws.slice(0, -1);
  while (ws.length > 1 && TITLE_HEADS.has(ws[ws.length - 1]!.toLowerCase())) ws = ws.slice(0, -1);
  return ws.join(' ');
}

/**
 * How many leading words are places and dates joined to the rest by "on", "in" or "at" ("Oslo on
 * 3 May 2023 on"): 0 when the words before the last such joining word are anything else.
 */
function placeOrDateLead(ws: readonly string[]): number {
  let cut = 0;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (/^(?:on|in|at)$/.test(w)) {
      cut = i + 1;
      continue;
    }
    const l = w.toLowerCase();
    if (!(countryOf(l) || cityCountry(l) || opensDate(w) || /^\d{4}$/.test(w))) break;
  }
  return cut;
}

const REGION_WORDS = new Set(['asia', 'europe', 'africa', 'america', 'americas', 'pacific', 'eurasia', 'caribbean', 'gulf', 'east', 'west']);

/**
 * `phrase` up to a place after "to" or "in", which tells where a post is, not which institution
 * ("Embassy of X in Islamabad", "Ambassador of X to Y"). A region after "in" is part of the name:
 * "Organization for Security and Co-operation in Europe", "Confidence Building Measures in Asia",
 * "… in the Asia-Pacific".
 */
export function withoutPostPlace(phrase: string): string {
  for (const m of matchesOf(/\s+(to|in)\s+(?:the\s+)?((?:[\p{L}]+[ -])?[\p{L}]+)/gu, phrase)) {
    const words = m[2]!.toLowerCase().split(/[ -]/);
    if (m[1] === 'in' && REGION_WORDS.has(words[words.length - 1]!)) continue;
    return phrase.slice(0, m.index);
  }
  return phrase;
}
const NAME_LIKE = /^[A-Z\u00C0-\u00DE][\p{Ll}’'\u00C0-\u024F]+(?:-[A-Z]?[\p{Ll}\u00C0-\u024F]+)*$/u;

/**
 * Cuts a person's name glued to the end of an organization phrase: "Ministry of Foreign Affairs
 * Adil Tursunov", "the CICA Secretariat Kairat Sarybay" (a title phrase runs straight into the name).
 * The tail is cut when two or more name-like words follow an organization word or a place directly.
 */
export function cutTrailingName(phrase: string): string {
  const ws = words(phrase);
  let anchor = -1;
  for (let i = ws.length - 1; i >= 0; i--) {
    const l = ws[i]!.toLowerCase().replace(/[’']s$/, '');
    if (ORG_WORDS.has(l) || REGION_WORDS.has(l) || countryOf(l) || cityCountry(l) || isAcronymWord(ws[i]!) || TITLE_WORDS.has(l) || /^(?:of|for|and|&|the|on|in|de|du|des|to|at|under)$/.test(l)) {
      anchor = i;
      break;
    }
  }
  if (anchor < 0 || /^(?:of|for|and|&|the|on|in|de|du|des|to|at|under)$/i.test(ws[anchor]!)) return phrase;
  const tail = ws.slice(anchor + 1);
  if (tail.length < 2 || tail.length > 5 || !tail.every((w) => NAME_LIKE.test(w.replace(/[.,;:]$/, '')) && !ORG_WORDS.has(w.toLowerCase().replace(/[.,;:]$/, '')))) return phrase;
  return ws.slice(0, anchor + 1).join(' ');
}

/**
 * The organization a capitalised phrase names, trimmed (null when what is left is none). A pure
 * function of the phrase, and the same phrases recur across documents: cached.
 */
const orgOfPhrase = memoizeString((phrase: string): PhraseOrg | null => {
  const name = trimOrgPhrase(cutTrailingName(phrase));
  return name && looksLikeOrg(name) && !isLoneTitleWord(name) ? { name, read: orgNameOf(name) } : null;
}, 50_000);

/**
 * A single word that also makes up titles ("Research" of "Research Associate", "Programme",
 * "Press"), or a bare organization word ("Mission" of "Deputy Head of Mission"): no org alone.
 */
function isLoneTitleWord(name: string): boolean {
  if (name.includes(' ')) return false;
  const l = name.toLowerCase();
  return TITLE_WORDS.has(l) || INSTITUTION_HEADS.has(l);
}

/**
 * The organization a phrase names and what {@link OrgTable.add} reads from that name, kept together:
 * one cache lookup per phrase instead of two. Both caches hold some 18k long names over the 10k
 * corpus, where a lookup is mostly memory latency (the profile put ~4% of the ingest in these caches).
 */
interface PhraseOrg {
  name: string;
  read: OrgName;
}

/**
 * Quoted titles ("a seminar titled ‘Pakistan-Japan Relations: 70 Years’"): an organization word
 * inside one names the theme, not an organization.
 */
export function titleQuotes(text: string): Span[] {
  const out: Span[] = [];
  for (const m of matchesOf(TITLE_QUOTE, text)) out.push({ start: m.index! + m[1]!.length, end: m.index! + m[0].length });
  return out;
}
/** A quotation in typographic or straight double quotes, or typographic single ones (not an apostrophe). */
export const QUOTED = String.raw`“[^”\n]{2,300}”|"[^"\n]{2,300}"|‘[^’\n]{2,200}’(?!\w)`;
// (After a title cue, straight single quotes quote too: "a seminar titled 'X'".)
const TITLE_QUOTE = new RegExp(String.raw`(\b(?:titled|entitled|themed|theme|topic|on)\s*:?\s*)(?:${QUOTED}|'[^'\n]{2,200}'(?!\w))`, 'gi');

/**
 * "Minister for ", "Minister of Foreign ", "Minister for Trade and " right before a phrase: the
 * phrase is (the rest of) the minister's portfolio.
 */
const PORTFOLIO_TAIL = String.raw`\s+(?:of\s+State\s+)?(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*,?\s+(?:(?:and|&)\s+)?){0,3}$`;
export const PORTFOLIO_BEFORE = new RegExp(String.raw`\bMinisters?${PORTFOLIO_TAIL}`, 'u');
/**
 * Any title with its portfolio before the text's end: "Commissioner for Neighbourhood and ",
 * "Director General for ". Wider than {@link PORTFOLIO_BEFORE}: for where the next word must be
 * a portfolio's word as well (a title's own organization is not a portfolio: "Director of X Foundation").
 */
export const TITLE_PORTFOLIO_BEFORE = new RegExp(
  String.raw`\b(?:Ministers?|Commissioners?|Secretar(?:y|ies)|Directors?(?:[- ]General)?|Advis[eo]rs?|Envoys?|Representatives?|Coordinators?)${PORTFOLIO_TAIL}`,
  'u',
);

/**
 * A capitalised phrase cut where a person's name sits inside it, between an organization (or
 * country) word and "in"/"at"/"on": "Senate Sadiq Sanjrani in Islamabad" → "Senate", "Japan Wada
 * Mitsuhiro at the Foreign Office" → "Japan", "the Foreign Office". Each part with its offset.
 */
/**
 * A capitalised phrase cut where it crosses the end of a sentence ("… Speaker Amason Kingi.
 * Pakistan's Ministry …"), each part with its offset.
 */
function bySentence(phrase: string, start: number): [string, number][] {
  const parts: [string, number][] = [];
  let rest = phrase;
  let at = start;
  for (let stop = rest.search(SENTENCE_STOP); stop >= 0; stop = rest.search(SENTENCE_STOP)) {
    parts.push([rest.slice(0, stop), at]);
    const next = stop + 1 + /^\s*/.exec(rest.slice(stop + 1))![0].length;
    rest = rest.slice(next);
    at += next;
  }
  parts.push([rest, at]);
  return parts;
}

function phraseParts(phrase: string, start: number): [string, number][] {
  const ws = matchesOf(/\S+/g, phrase);
  for (let i = 1; i + 2 < ws.length; i++) {
    const prev = ws[i - 1]![0].toLowerCase();
    if (!(ORG_WORDS.has(prev) || countryOf(prev) || cityCountry(prev) || isAcronymWord(ws[i - 1]![0]))) continue;
    let j = i;
    while (j < ws.length && j - i < 4 && isNameLikeWord(ws[j]![0])) j++;
    if (j - i < 2 || j >= ws.length || !/^(?:in|at|on)$/.test(ws[j]![0])) continue;
    // The part after the connector, without its article ("at the Foreign Office").
    const afterConnector = ws[j]!.index! + ws[j]![0].length;
    const tailAt = afterConnector + /^\s+(?:the\s+)?/.exec(phrase.slice(afterConnector))![0].length;
    return [
      [phrase.slice(0, ws[i]!.index!).trimEnd(), start],
      [phrase.slice(tailAt), start + tailAt],
    ];
  }
  return [[phrase, start]];
}

/** A word shaped like a name part and none of the organization, title or place words. */
function isNameLikeWord(w: string): boolean {
  const l = w.toLowerCase();
  return NAME_LIKE.test(w) && !ORG_WORDS.has(l) && !TITLE_WORDS.has(l) && !REGION_WORDS.has(l) && !countryOf(l) && !cityCountry(l);
}

/**
 * True when an institution's head noun and "of"/"for" stand right before `start` ("Institute of
 * Food Security", "the University of Chicago"): what follows is the institution's complement, not
 * a person, nor the place an event was held.
 */
export function complementsInstitution(text: string, start: number): boolean {
  return INSTITUTION_COMPLEMENT_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}
const INSTITUTION_COMPLEMENT_BEFORE = new RegExp(
  String.raw`\b(?:${[...INSTITUTION_HEADS, 'department', 'faculty', 'school', 'division', 'programme', 'program'].join('|')})\s+(?:of|for)\s+(?:the\s+)?$`,
  'i',
);

/** Registers the organizations one capitalised phrase (within a sentence) names. */
function readCapPhrase(text: string, capPhrase: string, capStart: number, titles: readonly Span[], table: OrgTable): void {
  for (const [phrase, start] of phraseParts(capPhrase, capStart)) {
    if (titles.some((q) => q.start <= start && start + phrase.length <= q.end)) continue;
    if (!looksLikeOrg(phrase)) continue;
    const org = orgOfPhrase(phrase);
    if (!org) continue;
    const name = org.name;
    const offset = start + phrase.indexOf(name);
    // A minister's portfolio is no organization: "Minister for Foreign Affairs", "Minister of
    // Foreign Affairs of Uzbekistan" (but "Minister of the Ministry of …" names one).
    if (PORTFOLIO_BEFORE.test(text.slice(Math.max(0, offset - 40), offset)) && !INSTITUTION_HEADS.has(name.split(' ', 1)[0]!.toLowerCase())) continue;
    const after = text.slice(offset + name.length, offset + name.length + 14);
    const acr = after.match(/^\s*\(([A-Z][A-Za-z&-]{1,9})\)/)?.[1];
    table.addRead(name, org.read, { start: offset, end: offset + name.length }, acr && isAcronymWord(acr) ? acr : undefined);
  }
}

/** Finds organization mentions in the whole text and registers them in `table`. */
export function findOrganizations(text: string, table: OrgTable): void {
  const titles = titleQuotes(text);
  for (const m of matchesOf(CAP_PHRASE, text)) {
    // (Most phrases cross no sentence's end: they are split only when a stop is in them.)
    if (m[0].indexOf('. ') < 0 && m[0].indexOf(': ') < 0 && m[0].indexOf('; ') < 0) readCapPhrase(text, m[0], m.index!, titles, table);
    else for (const [part, at] of bySentence(m[0], m.index!)) readCapPhrase(text, part, at, titles, table);
  }
  for (const m of matchesOf(/\b[A-Z][A-Z0-9&-]{1,9}\b/g, text)) {
    const w = m[0];
    if (!isAcronymWord(w)) continue;
    if (/^(I|II|III|IV|AM|PM|TV|OK)$/.test(w)) continue;
    // A title in capitals is a person's ("Tim Watts MP", "DG ISPR"), not an organization.
    if (TITLE_WORDS.has(w.toLowerCase()) || HONORIFICS.has(w.toLowerCase())) continue;
    const country = countryOf(w);
    if (country) {
      table.addCountry(country.name, w, { start: m.index!, end: m.index! + w.length });
      continue;
    }
    if (cityCountry(w.toLowerCase())) continue; // a city in capitals, as datelines write it ("ISLAMABAD, 12 May")
    // Skip acronyms that are just the parenthesised alias right after a definition.
    if (text[m.index! - 1] === '(' && table.keyForAcronym(w)) {
      continue;
    }
    table.add(w, { start: m.index!, end: m.index! + w.length });
  }
  table.joinAcronymsByInitials();
}
