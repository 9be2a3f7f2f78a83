/**
 * decode: bytes → string. UTF-8 (with or without BOM) and UTF-16 by BOM; bytes that are not valid
 * UTF-8 are read as Windows-1252 (the usual encoding of pages saved by older tools) with a warning.
 * HTML is reduced to the article's text with Readability over linkedom.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { addMessage } from './messages';
import type { DocRecord } from './types';

export function decodeBytes(bytes: Uint8Array): { text: string; encoding: string; lossy: boolean } {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', lossy: false };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', lossy: false };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8', lossy: false };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252', lossy: true };
  }
}

const BLOCK = new Set([
  'P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'TR', 'PRE',
  'UL', 'OL', 'TABLE', 'FIGCAPTION', 'HEADER', 'FOOTER', 'DD', 'DT',
]);

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
    if (name === 'SCRIPT' || name === 'STYLE' || name === 'NOSCRIPT') return;
    if (name === 'BR') {
      cur += ' ';
      return;
    }
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

function meta(document: Document, selectors: string[]): string | null {
  for (const sel of selectors) {
    const el = document.querySelector(sel);
    const v = el?.getAttribute('content') ?? el?.getAttribute('href') ?? el?.getAttribute('datetime');
    if (v && v.trim()) return v.trim();
  }
  return null;
}

/** Article text and metadata of an HTML page; falls back to the whole body when Readability fails. */
export function htmlToArticle(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const url = meta(document as unknown as Document, [
    'link[rel="canonical"]',
    'meta[property="og:url"]',
    'meta[name="twitter:url"]',
  ]);
  const published = meta(document as unknown as Document, [
    'meta[property="article:published_time"]',
    'meta[name="date"]',
    'meta[name="pubdate"]',
    'meta[itemprop="datePublished"]',
    'time[datetime]',
  ]);
  const headTitle = document.querySelector('title')?.textContent?.trim() || null;
  let title: string | null = null;
  let text = '';
  try {
    const article = new Readability(document as unknown as Document, { charThreshold: 50 }).parse();
    if (article) {
      title = article.title?.trim() || null;
      if (article.content) {
        const { document: inner } = parseHTML(`<html><body>${article.content}</body></html>`);
        text = blockText(inner.body as unknown as DomNode);
      }
      if (!text && article.textContent) text = article.textContent.trim();
    }
  } catch {
    /* Readability can fail on odd markup: fall back below. */
  }
  if (!text) {
    const { document: again } = parseHTML(html);
    const body = again.body as unknown as DomNode | null;
    if (body) text = blockText(body);
  }
  return { title: title ?? headTitle, text, url, published };
}

/** Stage: fills `raw` from `bytes` (and, for HTML, the article's text and metadata). */
export function decode(doc: DocRecord): DocRecord {
  if (!doc.bytes) return doc;
  const { text, encoding, lossy } = decodeBytes(doc.bytes);
  if (lossy) addMessage(doc, 'warning', 'decode', 'encoding', `not valid UTF-8; read as ${encoding}`);
  if (text.includes('\u0000')) {
    addMessage(doc, 'error', 'decode', 'binary', `${doc.file} looks binary (NUL bytes), not a text report`);
    return { ...doc, raw: '' };
  }
  if (doc.format !== 'html') return { ...doc, raw: text.replace(/^\uFEFF/, '') };
  try {
    const art = htmlToArticle(text);
    const published = art.published?.match(/^\d{4}-\d{2}-\d{2}/)?.[0] ?? null;
    // The title goes first so the metadata stage finds it as it would in a captured .txt.
    const raw = art.title && !art.text.startsWith(art.title) ? `${art.title}\n\n${art.text}` : art.text;
    return {
      ...doc,
      raw: published ? ` date ${published} ${raw}` : raw,
      url: art.url && /^https?:\/\//.test(art.url) ? art.url : doc.url,
    };
  } catch (e) {
    addMessage(doc, 'error', 'decode', 'html', `cannot parse HTML: ${(e as Error).message}`);
    return { ...doc, raw: '' };
  }
}
