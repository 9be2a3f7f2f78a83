/**
 * decode: bytes → string, defensively. Each file gets at most one message from this stage, saying
 * what was odd and what was done:
 *
 * - empty or whitespace-only files, and binary content (recognised by magic bytes — PNG, JPEG, GIF,
 *   PDF, ZIP/Office, gzip, executables… — or by NUL bytes) are skipped with an error;
 * - UTF-8 (with or without BOM) is the default; UTF-16 is read by its byte-order mark, or without
 *   one when the NUL bytes fall on every other byte; bytes that are not valid UTF-8 are read as
 *   Windows-1252 (the usual encoding of pages saved by older tools) with a warning;
 * - text beyond {@link LIMITS.maxTextChars} characters is cut at a paragraph or line break (warning);
 * - active content is never kept: HTML is reduced to the article's text with Readability over
 *   linkedom after removing scripts, styles, frames, objects and templates; `<script>`, `<iframe>`…
 *   elements embedded in .txt/.md are removed too;
 * - text mostly in a non-Latin script, or without English function words, is flagged as a
 *   language the extraction does not support (the document is still ingested).
 */
import { createRequire } from 'node:module';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { parseHTML as ParseHTML } from 'linkedom';
import { withTagWalk } from './html/readability';
import { firstMatches, removeElements, type SelectableElement, type SimpleSelector } from './html/select';
import { letterCounts } from './letters';
import { addMessage } from './messages';
import { formatBytes, LIMITS } from './read';
import type { DocRecord } from './types';

/** Magic numbers of common binary formats, for a clear "skipped" message. */
const MAGIC: [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'PNG image'],
  [[0xff, 0xd8, 0xff], 'JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF image'],
  [[0x25, 0x50, 0x44, 0x46], 'PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'ZIP archive or Office document'],
  [[0x1f, 0x8b], 'gzip archive'],
  [[0x42, 0x5a, 0x68], 'bzip2 archive'],
  [[0x37, 0x7a, 0xbc, 0xaf], '7-Zip archive'],
  [[0x52, 0x61, 0x72, 0x21], 'RAR archive'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'legacy Office document'],
  [[0x7f, 0x45, 0x4c, 0x46], 'ELF executable'],
  [[0x4d, 0x5a], 'Windows executable'],
  [[0xcf, 0xfa, 0xed, 0xfe], 'Mach-O executable'],
  [[0x00, 0x61, 0x73, 0x6d], 'WebAssembly module'],
  [[0x49, 0x44, 0x33], 'MP3 audio'],
  [[0x00, 0x00, 0x01, 0x00], 'icon image'],
];

/** The kind of binary file `bytes` starts like, or null. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const [magic, kind] of MAGIC) {
    if (bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)) {
      // "MZ" alone is too weak a signal for a text file that starts with "MZ…": require a NUL too.
      if (kind === 'Windows executable' && !bytes.subarray(0, 512).includes(0)) continue;
      return kind;
    }
  }
  if (bytes.length >= 12 && String.fromCharCode(...bytes.subarray(0, 4)) === 'RIFF') return 'RIFF media (WebP/WAV/AVI)';
  return null;
}

export type Decoded =
  | { ok: true; text: string; encoding: string; note: string | null }
  | { ok: false; reason: string };

/** Where NUL bytes sit in the head: on even offsets, odd offsets, or both. */
function nulPattern(bytes: Uint8Array): { even: number; odd: number; sample: number } {
  const n = Math.min(bytes.length, 8192);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2) odd++;
    else even++;
  }
  return { even, odd, sample: n };
}

function decodeWith(label: string, bytes: Uint8Array, partial: boolean, fatal = false): string {
  // `stream: true` on a truncated head drops a character cut in half instead of failing on it.
  return new TextDecoder(label, { fatal, ignoreBOM: false }).decode(bytes, { stream: partial });
}

/** Share of C0 control characters other than tab, newlines and form feed. */
function controlShare(text: string): number {
  const head = text.slice(0, 8192);
  if (!head.length) return 0;
  let ctl = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 127) ctl++;
  }
  return ctl / head.length;
}

/**
 * Decodes a file's bytes; `partial` says they are only the head of the file. Never throws.
 */
export function decodeBytes(bytes: Uint8Array, partial = false): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: decodeWith('utf-16le', bytes.subarray(2), partial), encoding: 'UTF-16LE', note: 'decoded as UTF-16LE (byte-order mark)' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: decodeWith('utf-16be', bytes.subarray(2), partial), encoding: 'UTF-16BE', note: 'decoded as UTF-16BE (byte-order mark)' };
  }
  const kind = binaryKind(bytes);
  if (kind) return { ok: false, reason: `binary content (${kind})` };
  const nul = nulPattern(bytes);
  if (nul.even + nul.odd > 0) {
    // UTF-16 without a byte-order mark: ASCII-range text puts a NUL on every other byte.
    const half = nul.sample / 2;
    if (nul.odd > half * 0.3 && nul.even === 0) {
      return { ok: true, text: decodeWith('utf-16le', bytes, partial), encoding: 'UTF-16LE', note: 'decoded as UTF-16LE (no byte-order mark; detected from the byte pattern)' };
    }
    if (nul.even > half * 0.3 && nul.odd === 0) {
      return { ok: true, text: decodeWith('utf-16be', bytes, partial), encoding: 'UTF-16BE', note: 'decoded as UTF-16BE (no byte-order mark; detected from the byte pattern)' };
    }
    return { ok: false, reason: 'binary content (NUL bytes)' };
  }
  let text: string;
  let encoding = 'UTF-8';
  let note: string | null = null;
  try {
    text = decodeWith('utf-8', bytes, partial, true);
  } catch {
    text = decodeWith('windows-1252', bytes, partial);
    encoding = 'Windows-1252';
    note = 'not valid UTF-8; decoded as Windows-1252';
  }
  if (controlShare(text) > 0.05) return { ok: false, reason: 'binary content (control characters)' };
  return { ok: true, text, encoding, note };
}

/** Cuts `text` to at most `max` characters at the last paragraph, line, sentence or word break. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const floor = Math.floor(max * 0.8);
  // Break points, best first; the cut keeps `keep` characters of the match (the sentence's stop).
  const breaks: [RegExp, number][] = [[/\n\s*\n/g, 0], [/\n/g, 0], [/[.!?]\s/g, 1], [/\s/g, 0]];
  for (const [re, keep] of breaks) {
    let last = -1;
    re.lastIndex = floor;
    for (let m = re.exec(head); m; m = re.exec(head)) last = m.index + keep;
    if (last > 0) return head.slice(0, last);
  }
  const code = head.charCodeAt(head.length - 1);
  return code >= 0xd800 && code <= 0xdbff ? head.slice(0, -1) : head;
}

const SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Cyrillic}/u, 'Cyrillic'],
  [/\p{Script=Arabic}/u, 'Arabic'],
  [/\p{Script=Han}/u, 'Chinese'],
  [/\p{Script=Hiragana}|\p{Script=Katakana}/u, 'Japanese'],
  [/\p{Script=Hangul}/u, 'Korean'],
  [/\p{Script=Devanagari}/u, 'Devanagari'],
  [/\p{Script=Greek}/u, 'Greek'],
  [/\p{Script=Hebrew}/u, 'Hebrew'],
  [/\p{Script=Thai}/u, 'Thai'],
  [/\p{Script=Georgian}/u, 'Georgian'],
  [/\p{Script=Armenian}/u, 'Armenian'],
];
const LETTER = /^\p{L}$/u;
const ENGLISH = new Set(['the', 'of', 'and', 'to', 'in', 'a', 'is', 'was', 'for', 'on', 'with', 'by', 'at', 'as', 'that', 'from', 'were', 'are', 'has', 'have', 'it', 'an', 'be', 'said', 'he', 'she', 'his', 'her', 'this', 'which']);

/** Why the text is not (mostly) English, or null when it looks English enough to extract from. */
export function languageProblem(text: string): string | null {
  const head = text.slice(0, 20_000);
  const plain = plainTextLanguage(head);
  return plain !== undefined ? plain : languageOfAnyText(head);
}

/**
 * How the one-pass language check reads a character below U+2070: 1, a non-letter that lowercasing
 * leaves alone (ASCII punctuation, © · » – ’ “ …); 2, a Latin letter (A–Z, a–z, U+00C0–U+024F) that
 * lowercases to one letter; 0, anything else (the general path reads the text).
 */
const CHAR_CLASS = ((): Uint8Array => {
  const table = new Uint8Array(0x2070);
  for (let c = 0; c < table.length; c++) {
    if (c >= 0xd800) break;
    const ch = String.fromCharCode(c);
    const lower = ch.toLowerCase();
    const latinRange = c < 0x80 || (c >= 0xc0 && c <= 0x24f);
    if (!LETTER.test(ch)) table[c] = lower === ch ? 1 : 0;
    else table[c] = latinRange && lower.length === 1 && LETTER.test(lower) && (c >= 0x80 || /[A-Za-z]/.test(ch)) ? 2 : 0;
  }
  return table;
})();

/**
 * {@link languageOfAnyText} for a text of the characters {@link CHAR_CLASS} knows (most reports),
 * in one pass that stops once the answer is settled; undefined, at the first other character,
 * for any other text. In such a text every letter is Latin and lowercasing keeps each character
 * one letter or one non-letter, so the counts are those of the general path. The answer is
 * settled (null) once the Latin letters seen outnumber every character left (the share of Latin
 * letters cannot fall below half) and the function words seen exceed 3% of the most words the
 * text can still hold, with a margin of one so that no rounding decides it.
 */
function plainTextLanguage(head: string): string | null | undefined {
  const n = head.length;
  let letters = 0;
  let words = 0;
  let english = 0;
  let start = -1;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? head.charCodeAt(i) : 32;
    const kind = c < CHAR_CLASS.length ? CHAR_CLASS[c]! : 0;
    if (kind === 2) {
      letters++;
      if (start < 0) start = i;
      continue;
    }
    if (kind === 0) return undefined;
    if (start < 0) continue;
    words++;
    if (i - start <= 5 && ENGLISH.has(head.slice(start, i).toLowerCase())) english++;
    start = -1;
    // Lowercasing may lengthen a character into two: the rest holds at most 2 × its length words.
    const rest = n - i;
    if (letters >= rest && english >= 0.03 * (words + 2 * rest) + 1) return null;
  }
  if (letters < 20) return null;
  if (words < 40) return null;
  return english / words < 0.03 ? 'no English function words' : null;
}

/** {@link languageProblem} of the first 20,000 characters of a text, for any text. */
export function languageOfAnyText(head: string): string | null {
  const { letters: nLetters, latin } = letterCounts(head);
  if (nLetters < 20) return null;
  if (latin / nLetters < 0.5) {
    const letters = head.match(/\p{L}/gu) ?? [];
    const counts = new Map<string, number>();
    for (const c of letters) {
      const s = SCRIPTS.find(([re]) => re.test(c))?.[1];
      if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
    }
    const top = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'non-Latin';
    return `mostly ${top} script`;
  }
  const { words: nWords, english } = countWords(head.toLowerCase());
  if (nWords < 40) return null;
  return english / nWords < 0.03 ? 'no English function words' : null;
}

/**
 * Words of a lower-cased text (runs of letters, as `/\p{L}+/gu` finds them) and how many of them
 * are English function words. A scan by character code: only short words become strings.
 */
function countWords(lower: string): { words: number; english: number } {
  let words = 0;
  let english = 0;
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    let letter = false;
    let width = 1;
    if (i < lower.length) {
      const c = lower.charCodeAt(i);
      if (c < 0x80) {
        const l = c | 0x20;
        letter = l >= 0x61 && l <= 0x7a;
      } else {
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < lower.length) {
          const d = lower.charCodeAt(i + 1);
          if (d >= 0xdc00 && d <= 0xdfff) width = 2;
        }
        letter = LETTER.test(lower.slice(i, i + width));
      }
    }
    if (letter) {
      if (start < 0) start = i;
      i += width - 1;
      continue;
    }
    if (start >= 0) {
      words++;
      if (i - start <= 5 && ENGLISH.has(lower.slice(start, i))) english++;
      start = -1;
    }
  }
  return { words, english };
}

/** Active content embedded in text and Markdown files (raw HTML is allowed in Markdown). */
const ACTIVE_BLOCK = /<(script|style|iframe|object|embed|applet|noscript|template|frameset|svg)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const ACTIVE_TAG = /<\/?(?:script|style|iframe|object|embed|applet|noscript|template|frameset|frame|svg|link|meta|base)\b[^>]*>/gi;
const HANDLER_ATTR = /\s+on[a-z]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi;
const JS_URL = /javascript\s*:/gi;

/** Removes scripts, frames and other active markup from plain text; returns how many were removed. */
export function stripActiveContent(text: string): { text: string; removed: number } {
  let removed = 0;
  const count = (): string => {
    removed++;
    return '';
  };
  const out = text
    .replace(ACTIVE_BLOCK, count)
    .replace(ACTIVE_TAG, count)
    .replace(/<[a-z][^>]*>/gi, (tag) => tag.replace(HANDLER_ATTR, () => count()).replace(JS_URL, () => (count(), '')));
  return { text: out, removed };
}

/** Text that came from markup attributes (titles): no tags, no control characters. */
function plain(s: string | null): string | null {
  if (!s) return null;
  const t = s
    .replace(ACTIVE_BLOCK, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return t || null;
}

const BLOCK = new Set([
  'P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'TR', 'PRE',
  'UL', 'OL', 'TABLE', 'FIGCAPTION', 'HEADER', 'FOOTER', 'DD', 'DT',
]);

/** Elements whose content is code, styling or another document, never report text. */
const ACTIVE_ELEMENTS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'IFRAME', 'FRAME', 'FRAMESET', 'OBJECT', 'EMBED', 'APPLET', 'TEMPLATE',
  'SVG', 'MATH', 'CANVAS', 'AUDIO', 'VIDEO', 'SELECT', 'BUTTON', 'TEXTAREA', 'INPUT', 'FORM', 'DIALOG',
]);
export const ACTIVE_NAMES: ReadonlySet<string> = new Set([...ACTIVE_ELEMENTS].map((n) => n.toLowerCase()));

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Text of a DOM subtree with block elements as paragraphs (blank line between them). */
function blockText(root: DomNode): string {
  const parts: string[] = [];
  let cur = '';
  const flush = (): void => {
    const t = cur.replace(/\s+/g, ' ').trim();
    if (t) parts.push(t);
    cur = '';
  };
  const walk = (n: DomNode): void => {
    if (n.nodeType === 3) {
      cur += n.textContent ?? '';
      return;
    }
    if (n.nodeType !== 1) return;
    const name = n.nodeName.toUpperCase();
    if (ACTIVE_ELEMENTS.has(name)) return;
    if (name === 'BR') {
      cur += ' ';
      return;
    }
    // Cells of a row read as one line, one cell after the other as an apposition: a programme
    // table's "Dr. X | Director, Y" row becomes "Dr. X, Director, Y".
    if ((name === 'TD' || name === 'TH') && cur.trim() && !/,\s*$/.test(cur)) cur += ', ';
    const block = BLOCK.has(name);
    if (block) flush();
    for (let i = 0; i < n.childNodes.length; i++) walk(n.childNodes[i]!);
    if (block) flush();
  };
  walk(root);
  flush();
  return parts.join('\n\n');
}

export interface HtmlArticle {
  title: string | null;
  text: string;
  url: string | null;
  published: string | null;
}

/** Where the canonical URL and the publication date may be, each list best first. */
export const URL_SELECTORS: SimpleSelector[] = [
  { tag: 'link', attr: 'rel', value: 'canonical' },
  { tag: 'meta', attr: 'property', value: 'og:url' },
  { tag: 'meta', attr: 'name', value: 'twitter:url' },
];
export const PUBLISHED_SELECTORS: SimpleSelector[] = [
  { tag: 'meta', attr: 'property', value: 'article:published_time' },
  { tag: 'meta', attr: 'name', value: 'date' },
  { tag: 'meta', attr: 'name', value: 'pubdate' },
  { tag: 'meta', attr: 'itemprop', value: 'datePublished' },
  { tag: 'time', attr: 'datetime' },
];
export const TITLE_SELECTOR: SimpleSelector = { tag: 'title' };

/** The value of the first of `found` (elements matched by a list of selectors) that has one. */
function meta(found: Array<SelectableElement | null>): string | null {
  for (const el of found) {
    const v = el?.getAttribute('content') ?? el?.getAttribute('href') ?? el?.getAttribute('datetime');
    if (v && v.trim()) return v.trim();
  }
  return null;
}

/** The page's elements in document order (`document.all`, which linkedom keeps as a live walk). */
function allElements(document: { all: unknown }): SelectableElement[] {
  return document.all as SelectableElement[];
}

interface HtmlLibs {
  parseHTML: typeof ParseHTML;
  Readability: typeof ReadabilityClass;
}
let htmlLibs: HtmlLibs | null = null;

/**
 * linkedom and Readability, loaded on the first HTML page: a corpus without HTML never pays for
 * them, and their CommonJS builds load in well under half the time of linkedom's ES modules when
 * run through tsx's module loader (`npm run eval` runs ingest that way): about a second otherwise.
 */
function htmlLibraries(): HtmlLibs {
  if (!htmlLibs) {
    const require = createRequire(import.meta.url);
    htmlLibs = {
      parseHTML: (require('linkedom') as { parseHTML: typeof ParseHTML }).parseHTML,
      Readability: withTagWalk((require('@mozilla/readability') as { Readability: typeof ReadabilityClass }).Readability),
    };
  }
  return htmlLibs;
}

/** Article text and metadata of an HTML page; falls back to the whole body when Readability fails. */
export function htmlToArticle(html: string): HtmlArticle {
  const { parseHTML, Readability } = htmlLibraries();
  const { document } = parseHTML(html);
  // Scripts, frames and the like go before anything reads the page (Readability keeps some embeds).
  removeElements(allElements(document), ACTIVE_NAMES);
  const found = firstMatches(allElements(document), [...URL_SELECTORS, ...PUBLISHED_SELECTORS, TITLE_SELECTOR]);
  const url = meta(found.slice(0, URL_SELECTORS.length));
  const published = meta(found.slice(URL_SELECTORS.length, URL_SELECTORS.length + PUBLISHED_SELECTORS.length));
  const titleElement = found[found.length - 1] as unknown as Element | null;
  const headTitle = plain(titleElement?.textContent ?? null);
  let title: string | null = null;
  let text = '';
  try {
    // The article comes back as its element, not as HTML: serializing it only to parse it
    // again cost a third of the time of an HTML page.
    const serializer = (node: Node): DomNode => node as unknown as DomNode;
    const article = new Readability(document as unknown as Document, { charThreshold: 50, serializer }).parse();
    if (article) {
      title = plain(article.title ?? null);
      if (article.content) text = blockText(article.content);
      if (!text && article.textContent) text = article.textContent.trim();
    }
  } catch {
    /* Readability can fail on odd markup: fall back below. */
  }
  if (!text) {
    const { document: again } = parseHTML(html);
    removeElements(allElements(again), ACTIVE_NAMES);
    const body = again.body as unknown as DomNode | null;
    if (body) text = blockText(body);
  }
  return { title: title ?? headTitle, text, url, published };
}

/** An http(s) URL without whitespace or quotes, else null. */
function safeUrl(u: string | null): string | null {
  if (!u || !/^https?:\/\/[^\s"'<>`]+$/i.test(u)) return null;
  try {
    return new URL(u).href;
  } catch {
    return null;
  }
}

/** Decoded text of the document, with active content removed (HTML: the article's text). */
function toRaw(doc: DocRecord, text: string, notes: string[]): { raw: string; url: string | null } {
  if (doc.format !== 'html') {
    const stripped = stripActiveContent(text.replace(/^\uFEFF/, ''));
    if (stripped.removed) notes.push(`removed ${stripped.removed} script/frame/handler markup item(s)`);
    return { raw: stripped.text, url: doc.url };
  }
  const art = htmlToArticle(text);
  const published = art.published?.match(/^\d{4}-\d{2}-\d{2}/)?.[0] ?? null;
  // The title goes first so the metadata stage finds it as it would in a captured .txt.
  const raw = art.title && !art.text.startsWith(art.title) ? `${art.title}\n\n${art.text}` : art.text;
  return { raw: published ? ` date ${published} ${raw}` : raw, url: safeUrl(art.url) ?? doc.url };
}

/**
 * Stage: fills `raw` from `bytes` (and, for HTML, the article's text and metadata). Adds at most
 * one message: an error when the file is skipped, else one warning listing what was done.
 */
export function decode(doc: DocRecord, limits: { maxTextChars: number } = LIMITS): DocRecord {
  if (!doc.bytes) return doc;
  const bytes = doc.bytes;
  const size = doc.size ?? bytes.length;
  const skip = (ruleId: string, what: string): DocRecord => {
    addMessage(doc, 'error', 'decode', ruleId, `skipped: ${what}`);
    return { ...doc, raw: '' };
  };
  if (size === 0) return skip('empty', 'empty file (0 bytes)');
  const partial = bytes.length < size;
  const decoded = decodeBytes(bytes, partial);
  if (!decoded.ok) return skip('binary', `${decoded.reason}, not a text report`);
  if (!decoded.text.trim()) return skip('empty', `only whitespace (${formatBytes(size)})`);
  const notes: string[] = [];
  const rules: string[] = [];
  if (decoded.note) {
    notes.push(decoded.note);
    rules.push('encoding');
  }
  let raw: string;
  let url: string | null;
  try {
    ({ raw, url } = toRaw(doc, decoded.text, notes));
  } catch (e) {
    return skip('html', `cannot parse HTML (${(e as Error).message})`);
  }
  if (notes.length > rules.length) rules.push('active-content');
  if (partial || raw.length > limits.maxTextChars) {
    const cut = truncateText(raw, limits.maxTextChars);
    notes.push(
      `truncated: ${partial ? `${formatBytes(size)} file` : `${raw.length.toLocaleString('en-US')} characters`}; ` +
        `processed the first ${cut.length.toLocaleString('en-US')} characters (limit ${limits.maxTextChars.toLocaleString('en-US')} per document)`,
    );
    rules.push('truncated');
    raw = cut;
  }
  const lang = languageProblem(raw);
  if (lang) {
    notes.push(`language not supported (${lang}): only English reports are extracted, expect no events or people`);
    rules.push('language');
  }
  const out = { ...doc, raw, url };
  if (notes.length) addMessage(out, 'warning', 'decode', rules.join('+'), notes.join('; '));
  return out;
}
