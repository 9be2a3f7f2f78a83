/**
 * Name folding and comparison, shared by in-document coreference, cross-document linking and the
 * eval's matching. Folding removes what does not distinguish people: case, accents, punctuation,
 * hyphens, honorifics. Skeletons absorb transliteration variants (Mahmood/Mahmoud, Tokayev/Tokaev,
 * Riphah/Rifah, Abdurakhmonov/Abdurahmanov, Oleksandra/Olexandra): consonants only, with ph→f,
 * kh→h, x→ks and doubled letters collapsed.
 */
import { HONORIFICS } from './lexicon/titles';
import { SURNAME_FIRST } from './lexicon/surnames';
import { memoizeString } from './memo';
import { editDistance } from '../lib/text/editDistance';

export function stripAccents(s: string): string {
  // ASCII has no decompositions: nothing to strip.
  if (!/[^\x20-\x7e\t\n\r]/.test(s)) return s;
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * Lowercase ASCII tokens of a name, honorifics removed. Names recur within and across documents,
 * so the lists are cached and shared: callers get the cached list itself, read-only (a copy per
 * call was most of the cost of comparing a candidate with the people already found).
 */
export const nameTokens: (name: string) => readonly string[] = memoizeString(computeNameTokens);

function computeNameTokens(name: string): string[] {
  const toks = stripAccents(name)
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let i = 0;
  while (i < toks.length - 1 && isHonorificToken(toks[i]!)) i++;
  return toks.slice(i).filter((t, j) => j === 0 || !isHonorificToken(t) || t.length > 3);
}

/**
 * An honorific as a name token. Not "he": in a name it is a Chinese name part ("Liu He", "He
 * Lifeng"); the honorific "HE" never reaches a name, which the name finder keeps it out of.
 */
function isHonorificToken(t: string): boolean {
  return t !== 'he' && HONORIFICS.has(t);
}

export function foldName(name: string): string {
  return nameTokens(name).join(' ');
}

/** Consonant skeleton of a token: spelling/transliteration variants share it. */
export const skeleton = memoizeString(computeSkeleton);

function computeSkeleton(token: string): string {
  const t = stripAccents(token)
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/ph/g, 'f')
    .replace(/kh/g, 'h')
    .replace(/x/g, 'ks')
    .replace(/ck/g, 'k')
    .replace(/q/g, 'k')
    .replace(/w/g, 'v')
    .replace(/z/g, 's')
    .replace(/j/g, 'y');
  const first = t[0] ?? '';
  const rest = t.slice(1).replace(/[aeiouyh]/g, '');
  // A leading vowel is kept as "a" so Aybek/Oybek agree but "Ali"/"Li" do not.
  const head = /[aeiouy]/.test(first) ? 'a' : first === 'h' ? '' : first;
  return (head + rest).replace(/(.)\1+/g, '$1');
}

const ARTICLES = new Set(['al', 'el', 'ul']);
/** "son of", "daughter of" inside a name. */
const PATRONYMIC = new Set(['bin', 'ibn', 'bint', 'binti', 'ben']);

/** Two name tokens denote the same name part (equal, same skeleton, or initial vs full). */
export function tokenCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  // The Arabic article as it is transliterated: "al-Sisi", "el-Sisi".
  if (ARTICLES.has(a) && ARTICLES.has(b)) return true;
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  // Same skeleton, and spelled alike for their length: "Murat"/"Marat", "Muhammad"/"Mohammed", not
  // "Sadia"/"Shahid" (one skeleton, two names).
  if (a.length >= 3 && b.length >= 3 && skeleton(a) === skeleton(b)) {
    const allowed = Math.max(2, Math.ceil(Math.max(a.length, b.length) / 3));
    return editDistance(a, b, allowed) <= allowed;
  }
  return false;
}

/**
 * How two full names relate: 'same' (every part matches), 'subset' (one adds or drops parts but
 * all parts of the shorter match in order and the last parts agree), or 'different'.
 */
export function compareNames(a: readonly string[], b: readonly string[]): 'same' | 'subset' | 'different' {
  if (!a.length || !b.length) return 'different';
  // "Wang said" after "Wang Yi": a family name that comes first, alone.
  if (a.length === 1 && b.length > 1 && a[0] === b[0] && SURNAME_FIRST.has(a[0]!)) return 'subset';
  if (b.length === 1 && a.length > 1 && b[0] === a[0] && SURNAME_FIRST.has(b[0]!)) return 'subset';
  if (!tokenCompatible(a[a.length - 1]!, b[b.length - 1]!)) {
    // Surname-first or hyphen-split variants: compare as sets when lengths agree.
    if (a.length === b.length && a.every((t) => b.some((u) => tokenCompatible(t, u))) && b.every((t) => a.some((u) => tokenCompatible(t, u))))
      return 'same';
    return 'different';
  }
  // (Two conditionals, not `[short, long] = … ? [a, b] : [b, a]`: the destructuring allocated an
  // array and its iterator on every call, some 88 MB over the 10k corpus, for each candidate name
  // against each person found before it.)
  const short = a.length <= b.length ? a : b;
  const long = a.length <= b.length ? b : a;
  let j = 0;
  let first = -1;
  for (const t of short) {
    while (j < long.length && !tokenCompatible(t, long[j]!)) j++;
    if (j >= long.length) return 'different';
    if (first < 0) first = j;
    j++;
  }
  // "Mohammed bin Salman bin Abdulaziz" and "Salman bin Abdulaziz": the shorter is the father's
  // name inside the son's, another person.
  if (first > 0 && PATRONYMIC.has(long[first - 1]!)) return 'different';
  return short.length === long.length ? 'same' : 'subset';
}
