import type { ExplorerEvent } from '../../model/schema';

export interface MonthBin {
  /** YYYY-MM */
  month: string;
  count: number;
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Events per month from the first to the last dated event, empty months included. */
export function monthBins(events: Pick<ExplorerEvent, 'date'>[]): MonthBin[] {
  const counts = new Map<string, number>();
  for (const e of events) if (e.date) counts.set(e.date.slice(0, 7), (counts.get(e.date.slice(0, 7)) ?? 0) + 1);
  return monthBinsOf(counts);
}

/** The bins for counts per YYYY-MM, from the first to the last month, empty months included. */
export function monthBinsOf(counts: ReadonlyMap<string, number>): MonthBin[] {
  if (counts.size === 0) return [];
  const months = [...counts.keys()].sort();
  const last = months.at(-1) as string;
  const bins: MonthBin[] = [];
  // Bounded so a stray far-future or far-past date cannot create millions of bins.
  for (let m = months[0] as string; m <= last && bins.length < 1200; m = nextMonth(m)) bins.push({ month: m, count: counts.get(m) ?? 0 });
  return bins;
}

export function monthStart(month: string): string {
  return `${month}-01`;
}

export function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(last).padStart(2, '0')}`;
}
