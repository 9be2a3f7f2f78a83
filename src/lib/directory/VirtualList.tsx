/**
 * A long list that scrolls with the page but renders only the rows near the viewport, so a
 * directory of 10,000+ entries keeps a small DOM. Every row has the same fixed height (rows are
 * one line per fact, cut with an ellipsis), so nothing is measured while scrolling. Rows stay real
 * list items with their position in the set announced (aria-setsize/aria-posinset), and `jumpTo`
 * scrolls a row into view and moves the keyboard focus to its first link.
 */
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useImperativeHandle, useLayoutEffect, useRef, useState, type ReactNode, type Ref } from 'react';
import { useRemScale, useScrollMargin } from '../ui/windowList';

/**
 * The height of a directory row (people, organizations) at a 16px root: padding (16), a name line
 * (24), a small detail line (20) and the bottom border (1). The rows set `truncate` on both lines.
 */
export const DIRECTORY_ROW_HEIGHT = 61;

export interface VirtualListHandle {
  /** Scrolls row `index` to the top of the viewport and focuses its first link. */
  jumpTo(index: number): void;
}

export interface VirtualListProps<T> {
  items: readonly T[];
  getKey: (item: T) => string;
  renderItem: (item: T, index: number) => ReactNode;
  /** The height of every row in CSS pixels at a 16px root font (set in rem, so it scales with it). */
  rowHeight: number;
  label: string;
  testId?: string;
  className?: string;
  handle?: Ref<VirtualListHandle>;
}

export function VirtualList<T>({ items, getKey, renderItem, rowHeight, label, testId, className, handle }: VirtualListProps<T>) {
  const [list, setList] = useState<HTMLUListElement | null>(null);
  const scrollMargin = useScrollMargin(list);
  const scale = useRemScale();

  // Stable callbacks: the virtualizer recomputes every row's position when they change, and
  // `getKey` is usually an inline function of the parent, so it is read through a ref.
  const keyOf = useRef(getKey);
  useLayoutEffect(() => {
    keyOf.current = getKey;
  });
  const estimateSize = useCallback(() => rowHeight * scale, [rowHeight, scale]);
  const getItemKey = useCallback((index: number) => (items[index] === undefined ? index : keyOf.current(items[index])), [items]);
  const virtualizer = useWindowVirtualizer({ count: items.length, estimateSize, overscan: 8, scrollMargin, getItemKey });

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
  const height = `${rowHeight / 16}rem`;
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
            aria-setsize={items.length}
            aria-posinset={row.index + 1}
            className="absolute left-0 top-0 w-full overflow-hidden"
            style={{ height, contain: 'strict', transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)` }}
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
