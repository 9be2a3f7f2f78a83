import { useState } from 'react';
import { formatMonth } from '../../lib/format';
import { monthEnd, monthStart, type MonthBin } from './histogram';

interface Props {
  bins: MonthBin[];
  from: string | null;
  to: string | null;
  onSelect: (range: { from: string; to: string }) => void;
}

const HEIGHT = 48;

/** Events per month; drag across bars (or click one) to select that span of months. */
export function DateHistogram({ bins, from, to, onSelect }: Props) {
  const [drag, setDrag] = useState<{ start: number; end: number } | null>(null);
  if (bins.length === 0) return null;
  const max = Math.max(...bins.map((b) => b.count), 1);
  const width = 100 / bins.length;

  const indexAt = (target: SVGSVGElement, clientX: number) => {
    const box = target.getBoundingClientRect();
    const ratio = Math.min(0.9999, Math.max(0, (clientX - box.left) / box.width));
    return Math.floor(ratio * bins.length);
  };
  const inSelection = (bin: MonthBin, i: number) => {
    if (drag) return i >= Math.min(drag.start, drag.end) && i <= Math.max(drag.start, drag.end);
    return (from !== null || to !== null) && (!from || monthEnd(bin.month) >= from) && (!to || monthStart(bin.month) <= to);
  };
  const first = bins[0] as MonthBin;
  const last = bins.at(-1) as MonthBin;

  return (
    <figure className="mt-3">
      <svg
        role="img"
        aria-label={`Events per month from ${formatMonth(first.month)} to ${formatMonth(last.month)}; drag across the bars to filter by those months`}
        viewBox={`0 0 100 ${HEIGHT}`}
        preserveAspectRatio="none"
        className="h-14 w-full cursor-crosshair touch-none select-none"
        data-testid="histogram"
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture?.(e.pointerId);
          const i = indexAt(e.currentTarget, e.clientX);
          setDrag({ start: i, end: i });
        }}
        onPointerMove={(e) => {
          if (drag) setDrag({ ...drag, end: indexAt(e.currentTarget, e.clientX) });
        }}
        onPointerUp={() => {
          if (!drag) return;
          const a = bins[Math.min(drag.start, drag.end)] as MonthBin;
          const b = bins[Math.max(drag.start, drag.end)] as MonthBin;
          setDrag(null);
          onSelect({ from: monthStart(a.month), to: monthEnd(b.month) });
        }}
        onPointerCancel={() => setDrag(null)}
      >
        {bins.map((bin, i) => {
          const h = bin.count === 0 ? 0 : Math.max(3, (bin.count / max) * (HEIGHT - 2));
          return (
            <rect
              key={bin.month}
              x={i * width + width * 0.1}
              width={width * 0.8}
              y={HEIGHT - h}
              height={h}
              className={inSelection(bin, i) ? 'fill-amber-500' : 'fill-sky-600 dark:fill-sky-400'}
            >
              <title>{`${formatMonth(bin.month)}: ${bin.count}`}</title>
            </rect>
          );
        })}
      </svg>
      <figcaption className="flex justify-between text-xs text-slate-600 dark:text-slate-400">
        <span>{formatMonth(first.month)}</span>
        <span>{formatMonth(last.month)}</span>
      </figcaption>
    </figure>
  );
}
