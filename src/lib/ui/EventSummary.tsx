import { Fragment, memo, type MouseEvent } from 'react';
import { useNavigate, type NavigateFunction } from 'react-router';
import type { ExplorerData } from '../data/explorerData';
import { eventLabel, timelineEvent, type TimelineEvent } from '../data/timelineView';
import { formatEventDate } from '../format';
import type { ExplorerEvent } from '../../model/schema';

export { eventLabel };

export function EventDate({ event }: { event: Pick<ExplorerEvent, 'date' | 'endDate' | 'dateSource'> }) {
  if (event.dateSource !== 'published') return <time dateTime={event.date ?? undefined}>{formatEventDate(event)}</time>;
  return (
    <span>
      <time dateTime={event.date ?? undefined}>{formatEventDate(event)}</time>
      {event.dateSource === 'published' && (
        <span className="ml-1 text-xs text-slate-600 dark:text-slate-400" title="The report gives no event date; this is its publication date">
          (publication date)
        </span>
      )}
    </span>
  );
}

/**
 * The card's links are plain anchors, and one click handler on the card routes a plain click
 * (main button, no modifier) on any of them in the app instead of loading the page. A card has
 * up to a dozen links and the timeline renders new cards on every scroll frame: this spares each
 * link react-router's hooks and its own handler.
 */
function followLinks(event: MouseEvent<HTMLElement>, navigate: NavigateFunction): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
  const link = event.target instanceof Element ? event.target.closest('a[href^="/"]') : null;
  if (!link || !event.currentTarget.contains(link)) return;
  event.preventDefault();
  void navigate(link.getAttribute('href') as string);
}

/**
 * Speakers named on a one-line card; the rest are counted ("and 12 more"). A line shows about
 * this many names before its ellipsis, and a conference's forty speakers would cost the timeline
 * forty links per card on every scroll frame.
 */
const ONE_LINE_SPEAKERS = 6;

/**
 * One event as a card: date, type, title, place, organizers, speakers. Takes the event with its
 * names already joined (the timeline view), so a card costs no lookups; memoized for long lists.
 */
export const EventCard = memo(function EventCard({ event, headingLevel = 3, oneLine = false }: { event: TimelineEvent; headingLevel?: 2 | 3 | 4; oneLine?: boolean }) {
  const Heading = `h${headingLevel}` as const;
  // One line per fact (cut with an ellipsis) gives every card a known height: see cardLines.
  const line = oneLine ? ' truncate' : '';
  const navigate = useNavigate();
  return (
    <article
      onClick={(e) => followLinks(e, navigate)}
      className={`rounded border p-3${oneLine ? ' overflow-hidden' : ''} ${
        event.referenced
          ? 'border-dashed border-slate-300 bg-slate-50 text-slate-700 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-300'
          : 'border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900'
      }`}
      data-testid="event-card"
    >
      <div className={`flex items-baseline gap-x-2 text-sm text-slate-600 dark:text-slate-400 ${oneLine ? 'flex-nowrap overflow-hidden whitespace-nowrap' : 'flex-wrap'}`}>
        <EventDate event={event} />
        <span aria-hidden="true">·</span>
        <span className="font-medium uppercase tracking-wide">{event.type}</span>
        {event.location && (
          <>
            <span aria-hidden="true">·</span>
            <span>{event.location}</span>
          </>
        )}
        {event.referenced && <span className="rounded bg-slate-200 px-1 text-xs dark:bg-slate-800">referred to</span>}
      </div>
      <Heading className={`mt-1 font-semibold${line}`}>
        <a href={`/events/${encodeURIComponent(event.id)}`} className="text-sky-800 hover:underline dark:text-sky-300">
          {eventLabel(event)}
        </a>
      </Heading>
      {event.organizers.length > 0 && (
        <p className={`mt-1 text-sm${line}`}>
          <span className="text-slate-600 dark:text-slate-400">Organized by </span>
          {event.organizers.map((o, i) => (
            <Fragment key={`${o.id}:${i}`}>
              {i > 0 && ', '}
              <a href={`/organizations/${encodeURIComponent(o.id)}`} className="hover:underline">
                {o.name}
              </a>
            </Fragment>
          ))}
        </p>
      )}
      {event.speakers.length > 0 && (
        <p className={`mt-1 text-sm${line}`}>
          <span className="text-slate-600 dark:text-slate-400">Speakers: </span>
          {(oneLine ? event.speakers.slice(0, ONE_LINE_SPEAKERS) : event.speakers).map((p, i) => (
            <Fragment key={`${p.id}:${i}`}>
              {i > 0 && ', '}
              <a href={`/people/${encodeURIComponent(p.id)}`} className="text-sky-800 hover:underline dark:text-sky-300">
                {p.name}
              </a>
            </Fragment>
          ))}
          {oneLine && event.speakers.length > ONE_LINE_SPEAKERS && ` and ${event.speakers.length - ONE_LINE_SPEAKERS} more`}
        </p>
      )}
      {event.referenced && (
        <p className={`mt-1 text-sm${line}`}>
          Referred to in{' '}
          {event.referredIn.map((ref, i) => (
            <Fragment key={`${ref.documentId}:${i}`}>
              {i > 0 && ', '}
              {ref.eventId ? (
                <a href={`/events/${encodeURIComponent(ref.eventId)}`} className="hover:underline">
                  {ref.label}
                </a>
              ) : (
                ref.label
              )}
            </Fragment>
          ))}
        </p>
      )}
    </article>
  );
});

/**
 * The height of a one-line card in CSS pixels at a 16px root font: the date line (20) and title
 * (4 + 24) inside padding and border (26), and 24 for each of organizers, speakers, "referred to".
 */
export function cardHeight(event: TimelineEvent): number {
  return 74 + 24 * (Number(event.organizers.length > 0) + Number(event.speakers.length > 0) + Number(event.referenced));
}

/** One event of the full data as a card (names looked up through the data's indexes). */
export function EventSummary({ event, data, headingLevel = 3 }: { event: ExplorerEvent; data: ExplorerData; headingLevel?: 2 | 3 | 4 }) {
  return <EventCard event={timelineEvent(event, data)} headingLevel={headingLevel} />;
}
