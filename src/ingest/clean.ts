/**
 * clean: raw captured text → the cleaned text that evidence points into. Removes what capture
 * tools leave around an article (tickers, menus, repeated headlines, photo credits, view counters,
 * share/subscribe footers, the capture's ` date YYYY-MM-DD` prefix) line by line, so that what
 * remains is the report's own prose with paragraphs separated by one blank line.
 */
import { letterCounts } from './letters';
import { addMessage } from './messages';
import type { DocRecord } from './types';

/** The capture tool's leading ` date 2024-06-26 ` prefix (metadata reads it from `raw`). */
export const CAPTURE_DATE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*/;

/** Whole lines that are navigation, sharing or page furniture rather than report text. */
const BOILERPLATE_LINE: RegExp[] = [
  /^(home|news|menu|search|share|share this|share:|print|email|e-mail|tweet|telegram|facebook|twitter|whatsapp|linkedin|subscribe|more|read more|related|related news|related articles|tags?:?|advertisement|you are here|main page|go to the main site|citation preview|none|null|undefined|top stories|latest news|diplomacy|politics|world|business|images|photo|video|gallery)\s*[:>»|]*$/i,
  /^(share|subscribe|follow us|sign up|download)\b.*\b(telegram|channel|newsletter|facebook|twitter|whatsapp|app|news)\b.*$/i,
  /^telegram\b.*$/i,
  /^(фото|photo|photos|image|images|picture|credit|source)\s*[:|].{0,120}$/i,
  /^(currency rates|weather)\s*:.*$/i,
  /^(usd|eur|rub|cny|gbp)\/[a-z]{3}\b.*$/i,
  /^(total page|file type|page \d+ of \d+)\b.*$/i,
  /^(copyright|©|all rights reserved)\b.*$/i,
  /^(views?|comments?)\s*:?\s*\d*$/i,
  /^home\s*[»>].*$/i,
  /^[^\p{L}]*$/u, // only digits, punctuation, symbols: tickers, counters, separators
];

/**
 * The case-insensitive patterns above as one regex: each is anchored at the line's start, so one
 * alternation matches exactly when one of them does, at the cost of one call per line instead of
 * ten (nearly every line is prose that none of them matches).
 */
const ANY_BOILERPLATE_I = new RegExp(
  BOILERPLATE_LINE.filter((re) => re.flags === 'i').map((re) => `(?:${re.source})`).join('|'),
  'i',
);
const BOILERPLATE_OTHER = BOILERPLATE_LINE.filter((re) => re.flags !== 'i');

/** A line mostly in non-Latin letters amid English prose is a language switcher or menu. */
function mostlyNonLatin(line: string): boolean {
  const { letters, latin } = letterCounts(line);
  if (letters === 0) return false;
  return latin / letters < 0.5;
}

export function isBoilerplate(line: string): boolean {
  const t = line.trim();
  if (!t) return false;
  if (ANY_BOILERPLATE_I.test(t) || BOILERPLATE_OTHER.some((re) => re.test(t))) return true;
  if (t.length < 80 && mostlyNonLatin(t)) return true;
  // Menu trails: "Main Page > News > Diplomacy".
  if (/^([\p{L} ]{1,25}\s*[>»|]\s*)+[\p{L} ]{0,25}$/u.test(t) && /[>»|]/.test(t)) return true;
  return false;
}

/** Characters {@link normalizeLine} replaces or removes, and double spaces. */
const NEEDS_NORMALIZING = /[\u00a0\u2007\u202f\t\u200b-\u200d\u2060\ufeff]| {2}/;

/** Strips a trailing photo stamp after a headline, e.g. "Фото: MFA 23.07.2024 09:11 640". */
function normalizeLine(line: string): string {
  // Nearly every line has none of these characters: then only the trim changes it.
  if (!NEEDS_NORMALIZING.test(line)) return line.trim();
  return line
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/**
 * Markdown markup around the words: heading hashes, emphasis, links, images and block quotes go;
 * list items keep their text. "## Speakers" → "Speakers", "_April 2, 2019 · Vienna_" → the date line.
 */
export function stripMarkdown(line: string): string {
  return line
    .replace(/^#{1,6}\s+/, '')
    .replace(/^>\s?/, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[\s(])([*_])(?=\S)(.+?)(?<=\S)\2(?=$|[\s).,;:!?])/g, '$1$3')
    .replace(/`([^`]+)`/g, '$1');
}

export function cleanText(raw: string, markdown = false): { text: string; removed: number } {
  let src = raw.replace(/\r\n?/g, '\n');
  src = src.replace(CAPTURE_DATE, '');
  let lines = src.split('\n').map(normalizeLine);
  if (markdown) lines = lines.map(stripMarkdown);
  const kept: string[] = [];
  const seen = new Set<string>();
  let removed = 0;
  for (const line of lines) {
    if (!line) {
      kept.push('');
      continue;
    }
    if (isBoilerplate(line)) {
      removed++;
      continue;
    }
    // Repeated headlines and captions: keep only the first occurrence of a line.
    const key = line.toLowerCase();
    if (seen.has(key)) {
      removed++;
      continue;
    }
    seen.add(key);
    kept.push(line);
  }
  const text = kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, removed };
}

/** Stage. */
export function clean(doc: DocRecord): DocRecord {
  if (!doc.raw) return doc;
  const { text } = cleanText(doc.raw, doc.format === 'md');
  const out = { ...doc, text };
  if (!text.trim()) addMessage(out, 'error', 'clean', 'empty', `${doc.file}: no report text left after cleaning`);
  else if (text.length < 80) addMessage(out, 'warning', 'clean', 'short', `${doc.file}: very short text (${text.length} characters)`);
  return out;
}
