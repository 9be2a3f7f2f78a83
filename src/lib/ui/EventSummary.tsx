import { Link } from 'react-router';
import type { ExplorerData } from '../data/explorerData';
import { capitalize, formatEventDate } from '../format';
import type { ExplorerEvent } from '../../model/schema';

/** The name an event is listed under: its title, else its type and place. */
export function eventLabel(event: ExplorerEvent): string {
  if (event.title) return event.title;
  return `${capitalize(event.type)}${event.location ? ` in ${event.location}` : ''}`;
}

export function EventDate({ event }: { event: ExplorerEvent }) {
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

/** One event as a card: date, type, title, place, organizers, speakers. */
export function EventSummary({ event, data, headingLevel = 3 }: { event: ExplorerEvent; data: ExplorerData; headingLevel?: 2 | 3 | 4 }) {
  const Heading = `h${headingLevel}` as const;
  const organizers = event.organizerIds.map((id) => data.organizationsById.get(id)).filter((o) => o !== undefined);
  const speakers = event.participants
    .filter((p) => p.capacity !== 'attendee')
    .map((p) => data.peopleById.get(p.personId))
    .filter((p) => p !== undefined);
  return (
    <article
      className={`rounded border p-3 ${
        event.referenced
          ? 'border-dashed border-slate-300 bg-slate-50 text-slate-700 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-300'
          : 'border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900'
      }`}
      data-testid="event-card"
    >
      <div className="flex flex-wrap items-baseline gap-x-2 text-sm text-slate-600 dark:text-slate-400">
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
      <Heading className="mt-1 font-semibold">
        <Link to={`/events/${encodeURIComponent(event.id)}`} className="text-sky-800 hover:underline dark:text-sky-300">
          {eventLabel(event)}
        </Link>
      </Heading>
      {organizers.length > 0 && (
        <p className="mt-1 text-sm">
          <span className="text-slate-600 dark:text-slate-400">Organized by </span>
          {organizers.map((o, i) => (
            <span key={o.id}>
              {i > 0 && ', '}
              <Link to={`/organizations/${encodeURIComponent(o.id)}`} className="hover:underline">
                {o.name}
              </Link>
            </span>
          ))}
        </p>
      )}
      {speakers.length > 0 && (
        <p className="mt-1 text-sm">
          <span className="text-slate-600 dark:text-slate-400">Speakers: </span>
          {speakers.map((p, i) => (
            <span key={p.id}>
              {i > 0 && ', '}
              <Link to={`/people/${encodeURIComponent(p.id)}`} className="text-sky-800 hover:underline dark:text-sky-300">
                {p.name}
              </Link>
            </span>
          ))}
        </p>
      )}
      {event.referenced && (
        <p className="mt-1 text-sm">
          Referred to in{' '}
          {event.documentIds.map((id, i) => {
            const doc = data.documentsById.get(id);
            const reporting = data.events.find((e) => !e.referenced && e.documentId === id);
            return (
              <span key={id}>
                {i > 0 && ', '}
                {reporting ? (
                  <Link to={`/events/${encodeURIComponent(reporting.id)}`} className="hover:underline">
                    {eventLabel(reporting)}
                  </Link>
                ) : (
                  (doc?.title ?? doc?.file ?? id)
                )}
              </span>
            );
          })}
        </p>
      )}
    </article>
  );
}
