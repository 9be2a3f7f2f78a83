/** The one-walk element lookups of decode against linkedom's querySelector on the same pages. */
import { createRequire } from 'node:module';
import type { parseHTML as ParseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ACTIVE_NAMES, PUBLISHED_SELECTORS, TITLE_SELECTOR, URL_SELECTORS } from '../decode';
import { firstMatches, removeElements, type SelectableElement, type SimpleSelector } from '../html/select';

const { parseHTML } = createRequire(import.meta.url)('linkedom') as { parseHTML: typeof ParseHTML };

/** The selector text css-select is given for a SimpleSelector. */
const text = (s: SimpleSelector): string => (s.attr === undefined ? s.tag : s.value === undefined ? `${s.tag}[${s.attr}]` : `${s.tag}[${s.attr}="${s.value}"]`);

/** The lookups decode makes, in its order. */
const SELECTORS: SimpleSelector[] = [...URL_SELECTORS, ...PUBLISHED_SELECTORS, TITLE_SELECTOR];

const PAGES = [
  '<html><head><title>T</title><link rel="canonical" href="https://a.example/x"></head><body><p>x</p></body></html>',
  '<HTML><HEAD><TITLE>Upper</TITLE><LINK REL="Canonical" HREF="https://a.example/u"><META NAME="date" CONTENT="2020-01-02"></HEAD></HTML>',
  '<link rel="canonical stylesheet" href="/no"><link rel="CANONICAL" href="/yes"><meta name="Date" content="no"><meta name="date" content="">',
  '<meta property="OG:URL" content="no"><meta property="og:url" content="yes"><meta itemprop="datepublished" content="no"><meta itemprop="datePublished" content="1999-01-01">',
  '<body><time>no attr</time><time datetime="">empty</time><time datetime="2021-05-05">x</time><svg><title>svg title</title></svg><title>late</title></body>',
  '<div><template><title>in template</title><time datetime="2000-01-01"></time></template><p>after</p></div>',
  '<meta name="twitter:url" content="https://t.example/x"><meta property="article:published_time" content="2022-02-02"><meta name="PUBDATE" content="no"><meta name="pubdate" content="2022-03-03">',
  '<p>no metadata at all</p>',
];


describe('html/select', () => {
  it('finds the element querySelector finds, once active content is gone', () => {
    for (const html of PAGES) {
      const a = parseHTML(html).document;
      const b = parseHTML(html).document;
      for (const el of [...a.querySelectorAll([...ACTIVE_NAMES].join(','))]) el.remove();
      removeElements(b.all as unknown as SelectableElement[], ACTIVE_NAMES);
      expect(b.toString()).toBe(a.toString());
      const found = firstMatches(b.all as unknown as SelectableElement[], SELECTORS);
      SELECTORS.forEach((sel, i) => {
        const want = a.querySelector(text(sel));
        expect(found[i] ? String(found[i]) : null, `${text(sel)} in ${html}`).toBe(want ? String(want) : null);
      });
    }
  });

  it('removes nested and repeated active elements as querySelectorAll + remove does', () => {
    const html = '<div><script>1</script><object><embed src="x"><iframe></iframe></object><template><script>2</script><p>t</p></template><SCRIPT>3</SCRIPT><p>kept</p></div>';
    const a = parseHTML(html).document;
    const b = parseHTML(html).document;
    for (const el of [...a.querySelectorAll([...ACTIVE_NAMES].join(','))]) el.remove();
    removeElements(b.all as unknown as SelectableElement[], ACTIVE_NAMES);
    expect(b.toString()).toBe(a.toString());
    expect(b.toString()).toContain('<p>kept</p>');
  });
});
