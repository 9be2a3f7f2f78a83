/**
 * Splits a text into plain runs, linked runs and one highlighted range, so a component can render
 * evidence and entity links as React elements: the text is never parsed as HTML.
 */
export interface TextLink {
  start: number;
  end: number;
  href: string;
}

export interface TextSegment {
  text: string;
  start: number;
  href: string | null;
  highlighted: boolean;
}

/** Drops links that are out of range or overlap an earlier one (the first, longest wins). */
export function normalizeLinks(links: TextLink[], textLength: number): TextLink[] {
  const sorted = links
    .filter((l) => l.start >= 0 && l.end <= textLength && l.end > l.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TextLink[] = [];
  for (const link of sorted) {
    const last = kept.at(-1);
    if (!last || link.start >= last.end) kept.push(link);
  }
  return kept;
}

export function segmentText(
  text: string,
  links: TextLink[],
  highlight: { start: number; end: number } | null,
): TextSegment[] {
  const cuts = new Set<number>([0, text.length]);
  const kept = normalizeLinks(links, text.length);
  for (const link of kept) {
    cuts.add(link.start);
    cuts.add(link.end);
  }
  const hl = highlight && highlight.end > highlight.start ? { start: Math.max(0, highlight.start), end: Math.min(text.length, highlight.end) } : null;
  if (hl) {
    cuts.add(hl.start);
    cuts.add(hl.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  let linkIndex = 0;
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end <= start) continue;
    while (linkIndex < kept.length && (kept[linkIndex] as TextLink).end <= start) linkIndex++;
    const link = kept[linkIndex];
    const href = link && link.start <= start && end <= link.end ? link.href : null;
    segments.push({ text: text.slice(start, end), start, href, highlighted: hl !== null && start >= hl.start && end <= hl.end });
  }
  return segments;
}
