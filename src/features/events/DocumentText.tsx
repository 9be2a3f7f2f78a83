import { useEffect, useMemo, useRef } from 'react';
import { Link } from 'react-router';
import { segmentText, type TextLink } from '../../lib/text/segments';

/**
 * The report's cleaned text as React text nodes: evidence is a <mark>, names are links.
 * Nothing here is ever interpreted as HTML.
 */
export function DocumentText({ text, links, highlight }: { text: string; links: TextLink[]; highlight: { start: number; end: number } | null }) {
  const markRef = useRef<HTMLElement | null>(null);
  const segments = useMemo(() => segmentText(text, links, highlight), [text, links, highlight]);
  useEffect(() => {
    markRef.current?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }, [highlight]);
  const firstMarkStart = segments.find((s) => s.highlighted)?.start;
  return (
    <div className="whitespace-pre-wrap break-words font-serif leading-relaxed" data-testid="document-text">
      {segments.map((segment) => {
        const content = segment.href ? (
          <Link to={segment.href} className="text-sky-800 underline decoration-dotted dark:text-sky-300">
            {segment.text}
          </Link>
        ) : (
          segment.text
        );
        if (!segment.highlighted) return <span key={segment.start}>{content}</span>;
        const ref = segment.start === firstMarkStart ? markRef : undefined;
        return (
          <mark key={segment.start} ref={ref} data-testid="evidence-highlight">
            {content}
          </mark>
        );
      })}
    </div>
  );
}
