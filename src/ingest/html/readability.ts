/**
 * Readability with one internal lookup done by a walk instead of a selector. Readability collects
 * elements by tag name through `_getAllNodesWithTag(node, tagNames)`, which calls
 * `node.querySelectorAll(tagNames.join(','))`; linkedom compiles that selector text with
 * css-select on every call (some twenty calls a page), and the compilation cost more than the
 * search. The override returns the same elements in the same (document) order: the descendants
 * of `node` whose lower-cased name is one of `tagNames` (css-select's tag match in an HTML
 * document), not descending into `<template>` (as linkedom's querySelectorAll does not).
 * Readability only reads the result by index and length (it accepts a plain array: its own
 * fallback builds one), so an array stands in for the NodeList. `html-readability.test.ts` holds
 * the walk to linkedom's querySelectorAll.
 */
import type { Readability as ReadabilityClass } from '@mozilla/readability';

/** The parts of an element (or document) the walk reads. */
interface WalkNode {
  localName?: string;
  firstElementChild: WalkNode | null;
  nextElementSibling?: WalkNode | null;
}

/** The descendants of `root` named one of `tagNames` (in any case), in document order. */
export function elementsWithTags(root: WalkNode, tagNames: readonly string[]): WalkNode[] {
  const want = tagNames.map((t) => t.toLowerCase()); // Readability passes some in upper case
  const out: WalkNode[] = [];
  const walk = (parent: WalkNode): void => {
    for (let el = parent.firstElementChild; el; el = el.nextElementSibling ?? null) {
      const name = el.localName!;
      if (want.includes(name.toLowerCase())) out.push(el);
      if (name !== 'template') walk(el);
    }
  };
  walk(root);
  return out;
}

/** `Readability` with {@link elementsWithTags} as its tag lookup. */
export function withTagWalk(Readability: typeof ReadabilityClass): typeof ReadabilityClass {
  return class TagWalkReadability<T = string> extends Readability<T> {
    _getAllNodesWithTag(node: WalkNode, tagNames: string[]): WalkNode[] {
      return elementsWithTags(node, tagNames);
    }
  };
}
