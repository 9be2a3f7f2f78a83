/**
 * What the page-scrolled virtual lists (timeline, directories) share: where the list starts on
 * the page, and the root font scale that turns their rem row heights into pixels.
 */
import { useEffect, useState } from 'react';

/** The list's distance from the top of the page, kept current when content above it changes. */
export function useScrollMargin(list: HTMLElement | null): number {
  const [margin, setMargin] = useState(0);
  useEffect(() => {
    if (!list) return;
    const update = () => setMargin(Math.round(list.getBoundingClientRect().top + window.scrollY));
    update();
    const observer = new ResizeObserver(update);
    observer.observe(document.body);
    if (list.parentElement) observer.observe(list.parentElement);
    return () => observer.disconnect();
  }, [list]);
  return margin;
}

/**
 * Pixels per CSS pixel of a 16px root. Row heights are fixed in rem (so they follow the user's
 * font size), and the virtualizer counts pixels: with known heights nothing is measured while
 * scrolling, which would otherwise make the virtualizer move every row below a measured one.
 */
export function useRemScale(): number {
  const [scale] = useState(() => (typeof window === 'undefined' ? 1 : parseFloat(getComputedStyle(document.documentElement).fontSize) / 16 || 1));
  return scale;
}
