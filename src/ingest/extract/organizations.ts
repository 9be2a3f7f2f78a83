/**
 * Organizations and countries named in a text. An organization is a capitalised phrase with an
 * organization word (Institute, Embassy, University…), optionally followed by its acronym in
 * parentheses, which becomes an alias ("Institute of Strategic Studies Islamabad (ISSI)").
 * Bare acronyms are organizations too; one the document defines joins its full name.
 */
import { foldName } from '../names';
import { cityCountry, countryOf } from '../lexicon/places';
import { ORG_WORDS, TITLE_HEADS, TITLE_WORDS } from '../lexicon/titles';
import type { LocalOrg, Span } from '../types';

const CAP = String.raw`(?:[A-Z][\p{L}’'.&-]*|\d+(?:st|nd|rd|th)?)`;
const CONNECT = String.raw`(?:of|for|and|&|the|on|in|de|du|des|to|at|under)`;
/** A run of capitalised words joined by connectors (the raw material of org names). */
export const CAP_PHRASE = new RegExp(String.raw`${CAP}(?:[ \t]+(?:${CONNECT}[ \t]+)*${CAP})*`, 'gu');
const ACRONYM = /^[A-Z][A-Za-z0-9&-]*[A-Z0-9]$/;

export function isAcronymWord(w: string): boolean {
  return ACRONYM.test(w) && w.length >= 2 && w.length <= 10 && w === w.toUpperCase() && /[A-Z]{2}/.test(w);
}

function words(s: string): string[] {
  return s.split(/[\s]+/).filter(Boolean);
}

/** True when a phrase reads as an organization name. */
export function looksLikeOrg(phrase: string): boolean {
  const ws = words(phrase).map((w) => w.toLowerCase().replace(/[’'].*$/, ''));
  return ws.some((w) => ORG_WORDS.has(w)) && /^[A-Z\d]/.test(phrase);
}

export class OrgTable {
  readonly orgs = new Map<string, LocalOrg>();
  /** acronym (upper) → org key */
  private acronyms = new Map<string, string>();

  /** Registers a mention and returns the org's key. */
  add(name: string, span: Span, acronym?: string): string {
    const country = countryOf(name);
    const clean = name.replace(/^the\s+/i, '').replace(/[\s,.;:’']+$/, '');
    if (country) return this.addCountry(country.name, clean, span);
    const upper = clean.toUpperCase();
    let key = isAcronymWord(clean) ? (this.acronyms.get(upper) ?? `acr:${upper}`) : `org:${foldName(clean)}`;
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
    const bare = this.orgs.get(`acr:${upper}`);
    if (bare && bare !== org) {
      org.mentions.push(...bare.mentions);
      this.orgs.delete(`acr:${upper}`);
      this.redirect.set(`acr:${upper}`, key);
    }
    if (!this.acronyms.has(upper)) this.acronyms.set(upper, key);
    return key;
  }

  /** Keys merged into others (bare acronym → its definition). */
  readonly redirect = new Map<string, string>();

  resolve(key: string): string {
    return this.redirect.get(key) ?? key;
  }

  keyForAcronym(acr: string): string | undefined {
    return this.acronyms.get(acr.toUpperCase());
  }
}

/**
 * Trims a capitalised phrase to the organization it names: leading title words and determiners
 * go ("ISSI Director General" is not an org), trailing title words go.
 */
export function trimOrgPhrase(phrase: string): string {
  let ws = words(phrase);
  // Leading title words ("President of the Republic of X") describe a person, not the org.
  let k = 0;
  while (k < ws.length && (TITLE_WORDS.has(ws[k]!.toLowerCase()) || /^(of|the)$/i.test(ws[k]!))) k++;
  if (k > 0 && k < ws.length && ws.slice(0, k).some((w) => TITLE_HEADS.has(w.toLowerCase()))) ws = ws.slice(k);
  // A country followed directly by a capitalised word ends the org ("Republic of Kazakhstan Kassym…").
  for (let i = 1; i < ws.length - 1; i++) {
    if (countryOf(ws[i]!) && /^[A-Z]/.test(ws[i + 1]!) && /^(of|in|to)$/i.test(ws[i - 1]!)) {
      ws = ws.slice(0, i + 1);
      break;
    }
  }
  while (ws.length && /^(the|of|and|for|in|on|at|to|&|a|an)$/i.test(ws[0]!)) ws = ws.slice(1);
  while (ws.length && /^(the|of|and|for|in|on|at|to|&)$/i.test(ws[ws.length - 1]!)) ws = ws.slice(0, -1);
  while (ws.length > 1 && TITLE_HEADS.has(ws[ws.length - 1]!.toLowerCase())) ws = ws.slice(0, -1);
  return ws.join(' ');
}

const REGION_WORDS = new Set(['asia', 'europe', 'africa', 'america', 'americas', 'pacific', 'eurasia', 'caribbean', 'gulf', 'east', 'west']);
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

/** Finds organization mentions in the whole text and registers them in `table`. */
export function findOrganizations(text: string, table: OrgTable): void {
  for (const m of text.matchAll(CAP_PHRASE)) {
    const phrase = m[0];
    const start = m.index!;
    if (looksLikeOrg(phrase)) {
      const name = trimOrgPhrase(cutTrailingName(phrase));
      if (!name || !looksLikeOrg(name)) continue;
      const offset = start + phrase.indexOf(name);
      const after = text.slice(offset + name.length, offset + name.length + 14);
      const acr = after.match(/^\s*\(([A-Z][A-Za-z&-]{1,9})\)/)?.[1];
      table.add(name, { start: offset, end: offset + name.length }, acr && isAcronymWord(acr) ? acr : undefined);
    }
  }
  for (const m of text.matchAll(/\b[A-Z][A-Z0-9&-]{1,9}\b/g)) {
    const w = m[0];
    if (!isAcronymWord(w)) continue;
    if (/^(I|II|III|IV|AM|PM|TV|OK)$/.test(w)) continue;
    const country = countryOf(w);
    if (country) {
      table.addCountry(country.name, w, { start: m.index!, end: m.index! + w.length });
      continue;
    }
    // Skip acronyms that are just the parenthesised alias right after a definition.
    if (text[m.index! - 1] === '(' && table.keyForAcronym(w)) {
      continue;
    }
    table.add(w, { start: m.index!, end: m.index! + w.length });
  }
}
