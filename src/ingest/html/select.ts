/**
 * The few element lookups decode makes on a parsed page (active content to remove, canonical URL,
 * publication date, title), matched in one walk over `document.all` instead of through
 * linkedom's `querySelector`. linkedom compiles the selector text with css-select on every call,
 * and ten compilations a page (a 21-name list among them) cost about as much as a third of
 * Readability's own work on a small page. The matching below is what css-select does for these
 * selector shapes in an HTML document: tag names compared lower-cased, attribute values compared
 * exactly except for the attributes HTML defines as case-insensitive (of ours, `rel`).
 */

/** The parts of a linkedom element (or DOM element) the matching reads. */
export interface SelectableElement {
  localName: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  remove(): void;
}

/** `tag`, `tag[attr]` or `tag[attr="value"]`. */
export interface SimpleSelector {
  tag: string;
  attr?: string;
  value?: string;
}

/** Attributes among those we match whose values HTML compares case-insensitively (css-select's list). */
const CASE_INSENSITIVE_ATTRIBUTES = new Set(['rel']);

/** True when `el` matches `sel` as css-select would match it in an HTML document. */
export function matchesSimple(el: SelectableElement, sel: SimpleSelector): boolean {
  if (el.localName.toLowerCase() !== sel.tag) return false;
  if (sel.attr === undefined) return true;
  if (sel.value === undefined) return el.hasAttribute(sel.attr);
  const v = el.getAttribute(sel.attr);
  if (v === null) return false;
  if (!CASE_INSENSITIVE_ATTRIBUTES.has(sel.attr)) return v === sel.value;
  return v.length === sel.value.length && v.toLowerCase() === sel.value.toLowerCase();
}

/**
 * The first element (document order) matching each selector, or null; `elements` is the page's
 * elements in document order. Like `querySelector` on a page without `<template>` (whose content
 * querySelector skips): decode removes templates before it looks anything up.
 */
export function firstMatches(elements: Iterable<SelectableElement>, selectors: SimpleSelector[]): Array<SelectableElement | null> {
  const found: Array<SelectableElement | null> = selectors.map(() => null);
  let missing = selectors.length;
  for (const el of elements) {
    for (let i = 0; i < selectors.length; i++) {
      if (found[i] === null && matchesSimple(el, selectors[i]!)) {
        found[i] = el;
        missing--;
      }
    }
    if (missing === 0) break;
  }
  return found;
}

/**
 * Removes every element whose (lower-cased) name is in `names`, as
 * `for (const el of [...root.querySelectorAll(names.join(','))]) el.remove()` does. Elements inside
 * a `<template>` (which querySelectorAll skips) are removed as well, but the template itself is
 * always among `names` here, and it goes with its content: the page is the same.
 */
export function removeElements(elements: Iterable<SelectableElement>, names: ReadonlySet<string>): void {
  const doomed: SelectableElement[] = [];
  for (const el of elements) if (names.has(el.localName.toLowerCase())) doomed.push(el);
  for (const el of doomed) el.remove();
}
