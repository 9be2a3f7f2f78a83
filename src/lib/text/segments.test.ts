import { describe, expect, it } from 'vitest';
import { segmentText } from './segments';

describe('segmentText', () => {
  const text = 'Ambassador Yerzhan Kistafin spoke. <script>alert(1)</script> ends.';

  it('keeps every character exactly once, in order', () => {
    const segments = segmentText(text, [{ start: 11, end: 27, href: '/people/x' }], { start: 0, end: 34 });
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('marks the linked name and the highlighted sentence', () => {
    const segments = segmentText(text, [{ start: 11, end: 27, href: '/people/x' }], { start: 0, end: 34 });
    const linked = segments.filter((s) => s.href);
    expect(linked.map((s) => s.text).join('')).toBe('Yerzhan Kistafin');
    expect(segments.filter((s) => s.highlighted).map((s) => s.text).join('')).toBe('Ambassador Yerzhan Kistafin spoke.');
  });

  it('ignores links outside the text or overlapping an earlier one', () => {
    const segments = segmentText(text, [
      { start: 11, end: 27, href: '/a' },
      { start: 19, end: 30, href: '/b' },
      { start: 60, end: 999, href: '/c' },
    ], null);
    expect(segments.filter((s) => s.href).map((s) => s.href)).toEqual(['/a']);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });
});
