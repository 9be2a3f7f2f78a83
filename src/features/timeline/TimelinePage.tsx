import { useExplorerData } from '../../lib/data/useExplorerData';
import { EventSummary } from '../../lib/ui/EventSummary';
import { formatMonth, plural } from '../../lib/format';
import type { ExplorerEvent } from '../../model/schema';

interface MonthGroup {
  month: string;
  events: ExplorerEvent[];
}

/** Groups events (already in display order) by YYYY-MM; undated events form their own group. */
export function groupByMonth(events: ExplorerEvent[]): MonthGroup[] {
  const groups: MonthGroup[] = [];
  for (const event of events) {
    const month = event.date ? event.date.slice(0, 7) : 'undated';
    const last = groups.at(-1);
    if (last && last.month === month) last.events.push(event);
    else groups.push({ month, events: [event] });
  }
  return groups;
}

export default function TimelinePage() {
  const data = useExplorerData();
  const events = data.events;
  const groups = groupByMonth(events);
  return (
    <section>
      <h1 className="text-2xl font-semibold">Timeline</h1>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{plural(events.filter((e) => !e.referenced).length, 'event')} reported</p>
      {groups.map((group) => (
        <section key={group.month} className="mt-6" aria-labelledby={`month-${group.month}`}>
          <h2 id={`month-${group.month}`} className="sticky top-0 bg-white/90 py-1 text-lg font-semibold dark:bg-slate-950/90">
            {group.month === 'undated' ? 'Undated' : formatMonth(group.month)}
          </h2>
          <ol className="mt-2 space-y-3">
            {group.events.map((event) => (
              <li key={event.id}>
                <EventSummary event={event} data={data} />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </section>
  );
}
