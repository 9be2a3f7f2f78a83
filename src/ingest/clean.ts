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
  /^skip to (?:the )?(?:main )?(?:content|navigation|menu)\b.*$/i,
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
  // Menu trails: "Main Page > News > Diplomacy", "Russian Politics & Diplomacy | World | Sports",
  // "Home / Events / Baltic Sea Security Dialogue 2023".
  if (/^([\p{L} &'’-]{1,30}\s*[>»›|/]\s*)+[\p{L} &'’-]{0,60}$/u.test(t) && /[>»›|/]/.test(t)) return true;
  return isMenuLine(t);
}

/** What a menu line never holds: a sentence's punctuation, or a word in lower case other than "us". */
const MENU_RULED_OUT = /[.,;:!?"“”()]|(?<![\p{L}])(?!us\b)\p{Ll}/u;
/** Words of a site's menu. */
const MENU_WORDS = new Set(['home', 'about', 'contact', 'news', 'events', 'publications', 'research', 'media', 'blog', 'multimedia', 'politics', 'business', 'economy', 'society', 'culture', 'sports', 'sport', 'world', 'opinion', 'video', 'videos', 'photos', 'analyses', 'analysis', 'experts', 'projects', 'activities', 'travel', 'science', 'programmes', 'programs', 'resources', 'podcasts', 'people', 'region', 'regions', 'health', 'energy']);

/**
 * A site's menu captured as one line of capitalised words: "Home About Research Events
 * Publications Media Contact", "Politics Business Society Culture Sci-Tech World Travel Sports".
 */
function isMenuLine(t: string): boolean {
  // (Nearly every line is prose: punctuation rules it out before the words are looked at.)
  if (t.length > 160 || MENU_RULED_OUT.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length < 5) return false;
  let menu = 0;
  for (const w of words) {
    if (!/^[\p{Lu}\d]/u.test(w) && !/^(?:us|&|\||\/)$/.test(w)) return false;
    if (MENU_WORDS.has(w.toLowerCase())) menu++;
  }
  return menu >= 3;
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

/**
 * A line that ends mid-phrase: after a hyphen inside a word ("Center of Military-"), a possessive
 * ("Ambassador of People's"), or a word that cannot end a phrase ("… National University of",
 * "… Challenges and").
 */
const OPEN_END = /(?:\p{L}-|\p{L}['’]s|(?:^|\s)(?:of|and|the|for|to|in|on|at|under|with|from|by|a|an))$/u;
/** Punctuation that ends a sentence or a label. */
const CLOSED_END = /[.!?:;]$/;
/**
 * A title's modifier, which no title ends with: "Ambassador X – Former Foreign" / "Secretary of
 * Pakistan", "Deputy" / "Director General".
 */
const MODIFIER_END = /(?:^|\s)(?:Former|Foreign|Deputy|Vice|Senior|Assistant|Executive|Permanent|Federal|Acting|Special|High|Prime|Managing|Additional|Joint)$/;
/**
 * Where a continued phrase can start: a word, a number, a bracket or a quote (not a list bullet),
 * but not a label of its own ("Organized by", "Hosted by" under a title cut off at "and"), nor a
 * dateline ("OTTAWA, November 20, 2023 –" under a headline that ends in "on").
 */
const CONTINUES = /^(?![A-Z]\p{Ll}+ed by\b|[A-Z]{3,}[A-Z .-]*(?:,|\s\())[\p{L}\d(“"‘']/u;

/** `next` read as the rest of `line`'s phrase, or null when they are two lines. */
function wrapJoin(line: string, next: string): string | null {
  if (!CONTINUES.test(next)) return null;
  if (OPEN_END.test(line)) return line.endsWith('-') ? line + next : `${line} ${next}`;
  if (MODIFIER_END.test(line) && /^\p{Lu}/u.test(next)) return `${line} ${next}`;
  // A bracket cannot open a new entry after a comma: "… HI (M)," / "(Retd) - Chairman …".
  if (line.endsWith(',') && next.startsWith('(')) return `${line} ${next}`;
  // A line that starts in lower case continues the one before it ("… international guest" /
  // "speakers, diplomats …"), unless that one ended a sentence or a label.
  if (/^\p{Ll}/u.test(next) && !CLOSED_END.test(line)) return `${line} ${next}`;
  return null;
}

/**
 * Rejoins phrases that the capture broke across lines. Text copied out of a PDF keeps the page's
 * line breaks, often with a blank line after every line, so a speaker's title ends mid-phrase
 * ("Deputy Director" / "of the Center for Strategic Studies under the President" / "of Tajikistan")
 * and every later stage, which reads a line as a unit, saw only its first part. A break is joined
 * only when the text itself shows the phrase goes on (see {@link wrapJoin}) and at most one blank
 * line lies between the two parts; two blank lines are a paragraph break.
 */
export function joinWrappedLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (line) {
      let prev = out.length - 1;
      if (prev >= 0 && out[prev] === '') prev--;
      const joined = prev >= 0 && out[prev] !== '' ? wrapJoin(out[prev]!, line) : null;
      if (joined !== null) {
        out.length = prev + 1;
        out[prev] = joined;
        continue;
      }
    }
    out.push(line);
  }
  return out;
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
  const text = joinWrappedLines(kept)
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
