/**
 * A long list that scrolls with the page but renders only the rows near the viewport, so a
 * directory of 10,000+ entries keeps a small DOM. Rows stay real list items with their position
 * in the set announced (aria-setsize/aria-posinset), and `jumpTo` scrolls a row into view and
 * moves the keyboard focus to its first link.
 */
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useImperativeHandle, useLayoutEffect, useRef, useState, type ReactNode, type Ref } from 'react';

export interface VirtualListHandle {
  /** Scrolls row `index` to the top of the viewport and focuses its first link. */
  jumpTo(index: number): void;
}

export interface VirtualListProps<T> {
  items: readonly T[];
  getKey: (item: T) => string;
  renderItem: (item: T, index: number) => ReactNode;
  /** A typical row height in pixels; rows are measured once rendered. */
  estimateSize: number;
  label: string;
  testId?: string;
  className?: string;
  handle?: Ref<VirtualListHandle>;
}

export function VirtualList<T>({ items, getKey, renderItem, estimateSize, label, testId, className, handle }: VirtualListProps<T>) {
  const [list, setList] = useState<HTMLUListElement | null>(null);
  const [scrollMargin, setScrollMargin] = useState(0);

  // The list's distance from the top of the page, kept current when content above it changes.
  useEffect(() => {
    if (!list) return;
    const update = () => setScrollMargin(Math.round(list.getBoundingClientRect().top + window.scrollY));
    const observer = new ResizeObserver(update);
    observer.observe(document.body);
    if (list.parentElement) observer.observe(list.parentElement);
    return () => observer.disconnect();
  }, [list]);

  // Stable callbacks: the virtualizer recomputes every row's position when they change, and
  // `getKey` is usually an inline function of the parent, so it is read through a ref.
  const keyOf = useRef(getKey);
  useLayoutEffect(() => {
    keyOf.current = getKey;
  });
  const estimate = useCallback(() => estimateSize, [estimateSize]);
  const getItemKey = useCallback((index: number) => (items[index] === undefined ? index : keyOf.current(items[index])), [items]);
  const virtualizer = useWindowVirtualizer({ count: items.length, estimateSize: estimate, overscan: 8, scrollMargin, getItemKey });

  useImperativeHandle(
    handle,
    () => ({
      jumpTo(index: number) {
        virtualizer.scrollToIndex(index, { align: 'start' });
        // The row renders after the scroll; focus its link once it exists (a few frames at most).
        let frames = 0;
        const focus = () => {
          const link = list?.querySelector<HTMLElement>(`[data-index="${index}"] a, [data-index="${index}"] button`);
          if (link) link.focus({ preventScroll: true });
          else if (frames++ < 20) requestAnimationFrame(focus);
        };
        requestAnimationFrame(focus);
      },
    }),
    [virtualizer, list],
  );

  const rows = virtualizer.getVirtualItems();
  return (
    <ul
      ref={setList}
      aria-label={label}
      data-testid={testId}
      className={`relative ${className ?? ''}`}
      style={{ height: virtualizer.getTotalSize() }}
    >
      {rows.map((row) => {
        const item = items[row.index];
        if (item === undefined) return null;
        return (
          <li
            key={row.key}
            data-index={row.index}
            ref={virtualizer.measureElement}
            aria-setsize={items.length}
            aria-posinset={row.index + 1}
            className="absolute left-0 top-0 w-full"
            style={{ transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)` }}
          >
            <RowContent item={item} index={row.index} render={renderItem} />
          </li>
        );
      })}
    </ul>
  );
}

/** A row's content, re-rendered only when its item changes (not on every scroll frame). */
const RowContent = memo(function RowContent({ item, index, render }: { item: unknown; index: number; render: (item: never, index: number) => ReactNode }) {
  return render(item as never, index);
});
