/** Places: cities from the gazetteer, "in X, Country" patterns, and datelines. */
import { CITY_WORDS, COUNTRY_WORDS, cityCountry, countryOf } from '../lexicon/places';
import type { Span } from '../types';
import { matchesOf } from '../regex';

const cityRe = new RegExp(String.raw`\b(${CITY_WORDS.map(esc).join('|')})\b`, 'gi');
const countryRe = new RegExp(String.raw`\b(${COUNTRY_WORDS.filter((w) => w.length > 3 && /^[a-z]/.test(w)).map(esc).join('|')})\b`, 'gi');

function esc(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

export interface PlaceHit {
  name: string;
  span: Span;
  kind: 'city' | 'country';
}

/** Cities in a span of text (gazetteer, plus "in X, <Country>"). */
export function citiesIn(text: string, from = 0, to = text.length): PlaceHit[] {
  const part = text.slice(from, to);
  const out: PlaceHit[] = [];
  for (const m of matchesOf(cityRe, part)) {
    const raw = m[1]!;
    // Lowercase words like "male" are not the city Male.
    if (!/^[A-Z]/.test(raw)) continue;
    const c = cityCountry(raw);
    const canonical = c?.cities.find((x) => x.toLowerCase() === raw.toLowerCase()) ?? titleCase(raw);
    out.push({ name: canonical, span: { start: from + m.index!, end: from + m.index! + raw.length }, kind: 'city' });
  }
  for (const m of matchesOf(/\bin ([A-Z][\p{Ll}]+(?: [A-Z][\p{Ll}]+)?), ([A-Z][\p{L}]+(?: [A-Z][\p{L}]+)?)\b/gu, part)) {
    if (countryOf(m[2]!) && !countryOf(m[1]!) && !cityCountry(m[1]!)) {
      const s = from + m.index! + 3;
      out.push({ name: m[1]!, span: { start: s, end: s + m[1]!.length }, kind: 'city' });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

export function countriesIn(text: string, from = 0, to = text.length): PlaceHit[] {
  const part = text.slice(from, to);
  const out: PlaceHit[] = [];
  for (const m of matchesOf(countryRe, part)) {
    const c = countryOf(m[1]!);
    if (!c || !/^[A-Z]/.test(m[1]!)) continue;
    if (m[1]!.toLowerCase() !== c.name.toLowerCase()) continue; // demonyms are not places
    out.push({ name: c.name, span: { start: from + m.index!, end: from + m.index! + m[1]!.length }, kind: 'country' });
  }
  return out;
}
