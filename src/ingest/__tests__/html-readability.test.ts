/** Readability's tag lookup as a walk, against linkedom's querySelectorAll that it replaces. */
import { createRequire } from 'node:module';
import type { parseHTML as ParseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { elementsWithTags } from '../html/readability';

const { parseHTML } = createRequire(import.meta.url)('linkedom') as { parseHTML: typeof ParseHTML };

const PAGE = `<html><body><div id="a"><p>1</p><h2>t</h2><section><p>2</p><ul><li>x</li></ul></section></div>
<template><p>in template</p></template><table><tr><td><p>3</p></td></tr></table><h1>h</h1><br><span>s</span></body></html>`;

describe('elementsWithTags', () => {
  it('finds what querySelectorAll finds, in the same order, from the document and from an element', () => {
    const { document } = parseHTML(PAGE);
    // Readability renames elements through createElement with upper-case names ("P", "SPAN").
    const div = document.createElement('P');
    div.textContent = 'created';
    document.body.appendChild(div);
    for (const tags of [['p'], ['h1', 'h2'], ['SPAN', 'LI', 'TD', 'P'], ['template'], ['br'], ['ul', 'ol'], ['nothing']]) {
      for (const root of [document, document.querySelector('#a')!, document.body]) {
        const want = [...root.querySelectorAll(tags.join(','))];
        expect(elementsWithTags(root as never, tags), tags.join(',')).toEqual(want);
      }
    }
  });
});
