import { formatEventDate } from '../../lib/format';
import { eventLabel } from '../../lib/ui/EventSummary';
import type { TimelineStrip as Strip } from './selectors';

/**
 * A compact horizontal strip of months with a dot per event; each dot links to the event's card
 * further down the page. The list of cards is the full, accessible version of the same facts.
 */
export function TimelineStrip({ strip, cardId }: { strip: Strip; cardId: (eventId: string) => string }) {
  const firstYear = strip.years[0]?.year;
  const lastYear = strip.years.at(-1)?.year;
  return (
    <figure className="mt-3" data-testid="person-timeline">
      <div className="relative h-10 rounded border border-slate-300 bg-slate-50 dark:border-slate-700 dark:bg-slate-900">
        {Array.from({ length: strip.months }, (_, m) => (
          <span
            key={m}
            aria-hidden="true"
            className={`absolute top-0 h-full border-l ${m % 12 === 0 ? 'border-slate-400 dark:border-slate-500' : 'border-slate-200 dark:border-slate-800'}`}
            style={{ left: `${(m / strip.months) * 100}%` }}
          />
        ))}
        <ul>
          {strip.dots.map(({ event, position }) => (
            <li key={event.id} className="absolute top-1/2 -translate-x-1/2 -translate-y-1/2" style={{ left: `${position * 100}%` }}>
              <a
                href={`#${cardId(event.id)}`}
                className={`block h-4 w-4 rounded-full border-2 border-white hover:scale-125 dark:border-slate-950 ${event.referenced ? 'bg-slate-500' : 'bg-sky-700 dark:bg-sky-400'}`}
                title={`${formatEventDate(event)}: ${eventLabel(event)}`}
                aria-label={`${formatEventDate(event)}: ${eventLabel(event)}`}
                data-testid="timeline-dot"
              />
            </li>
          ))}
        </ul>
      </div>
      <div className="relative mt-1 h-5 text-xs text-slate-600 dark:text-slate-400" aria-hidden="true">
        {strip.years.map(({ year, position }) => (
          <span key={year} className="absolute" style={{ left: `${position * 100}%` }}>
            {year}
          </span>
        ))}
      </div>
      <figcaption className="text-xs text-slate-600 dark:text-slate-400">
        {strip.dots.length === 1 ? 'One dated event' : `${strip.dots.length} dated events`}
        {firstYear !== undefined && (firstYear === lastYear ? ` in ${firstYear}` : `, ${firstYear}–${lastYear}`)}
        {strip.undated > 0 && `; ${strip.undated} undated`}, by month.
      </figcaption>
    </figure>
  );
}
