import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { useDocumentText, useExplorerData } from '../../lib/data/useExplorerData';
import { capitalize, formatDay, plural } from '../../lib/format';
import { EventDate, EventSummary, eventLabel } from '../../lib/ui/EventSummary';
import { NotFoundPage } from '../../lib/ui/NotFound';
import type { Evidence } from '../../model/schema';
import { TimelineStrip } from './TimelineStrip';
import { affiliations, coParticipants, mentionsByDocument, reportingEvent, roleHistory, timelineStrip, type DocumentMentions, type RoleAtEvent } from './selectors';

const linkClass = 'text-sky-800 underline decoration-1 underline-offset-2 hover:decoration-2 dark:text-sky-300';
const mutedClass = 'text-slate-600 dark:text-slate-400';
const h2Class = 'mt-6 text-lg font-semibold';

function cardId(eventId: string): string {
  return `event-${eventId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** The words around a mention, as plain text. */
function snippet(text: string, mention: Evidence): { before: string; match: string; after: string } {
  const start = Math.max(0, mention.start - 90);
  const end = Math.min(text.length, mention.end + 90);
  return {
    before: `${start > 0 ? '…' : ''}${text.slice(start, mention.start).replace(/\s+/g, ' ').trimStart()}`,
    match: text.slice(mention.start, mention.end),
    after: `${text.slice(mention.end, end).replace(/\s+/g, ' ').trimEnd()}${end < text.length ? '…' : ''}`,
  };
}

function DocumentMentionsItem({ entry }: { entry: DocumentMentions }) {
  const data = useExplorerData();
  const text = useDocumentText(entry.document.textPath);
  const event = reportingEvent(entry.document.id, data);
  const title = entry.document.title ?? (event ? eventLabel(event) : entry.document.file);
  return (
    <li className="rounded border border-slate-200 p-3 dark:border-slate-800" data-testid="mention">
      <p className="font-medium">
        {event ? (
          <Link to={`/events/${encodeURIComponent(event.id)}`} className={linkClass}>
            {title}
          </Link>
        ) : (
          title
        )}
        {entry.document.published && <span className={`ml-2 text-sm font-normal ${mutedClass}`}>published {formatDay(entry.document.published)}</span>}
      </p>
      {text.data !== undefined ? (
        <ul className="mt-1 space-y-1 text-sm">
          {entry.mentions.slice(0, 5).map((mention) => {
            const s = snippet(text.data, mention);
            return (
              <li key={`${mention.start}-${mention.end}`}>
                {s.before}
                <mark>{s.match}</mark>
                {s.after}
              </li>
            );
          })}
          {entry.mentions.length > 5 && <li className={mutedClass}>and {entry.mentions.length - 5} more</li>}
        </ul>
      ) : (
        <p className={`mt-1 text-sm ${mutedClass}`}>
          {text.isError ? 'The text of this report could not be loaded.' : `Named ${plural(entry.mentions.length, 'time')}.`}
        </p>
      )}
    </li>
  );
}

/** A role-history entry's event, and a link to the passage that shows the person there. */
function EventWithEvidence({ entry, personName }: { entry: Pick<RoleAtEvent, 'event' | 'index'>; personName: string }) {
  const label = eventLabel(entry.event);
  const path = `/events/${encodeURIComponent(entry.event.id)}`;
  return (
    <>
      <Link to={path} className={linkClass}>
        {label}
      </Link>{' '}
      <Link to={`${path}?fact=participant-${entry.index}`} className={`whitespace-nowrap text-xs ${linkClass}`} aria-label={`Evidence for ${personName} at ${label}`}>
        (evidence)
      </Link>
    </>
  );
}

export default function PersonPage() {
  const { id = '' } = useParams();
  const data = useExplorerData();
  const person = data.peopleById.get(id);
  const facts = useMemo(() => {
    if (!person) return null;
    const history = roleHistory(person, data);
    const events = data.eventsByPerson.get(person.id) ?? [];
    return {
      history,
      events,
      peers: coParticipants(person, data),
      affiliations: affiliations(history),
      strip: timelineStrip(events),
      mentions: mentionsByDocument(person, data, history.length > 0),
    };
  }, [person, data]);
  if (!person || !facts) return <NotFoundPage what="person" />;
  const { history, events, peers, strip, mentions } = facts;
  const latest = history.find((h) => h.participant.role || h.organization);

  return (
    <article>
      <p className="text-sm">
        <Link to="/people" className={linkClass}>
          ← People
        </Link>
      </p>
      <h1 className="mt-1 text-2xl font-semibold">{person.name}</h1>
      {person.aliases.length > 0 && (
        <p className="mt-1 text-sm" data-testid="aliases">
          <span className={mutedClass}>Also written: </span>
          {person.aliases.join(' · ')}
        </p>
      )}
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        {latest && (
          <>
            {[latest.participant.role, latest.organization?.name].filter(Boolean).join(', ')}
            {latest.event.date && <span className={mutedClass}> (as of {formatDay(latest.event.date)})</span>}
            {' · '}
          </>
        )}
        {history.length === 0 ? 'Named in the reports, but not as a participant of an event.' : plural(events.length, 'event')}
      </p>

      {events.length > 0 && (
        <>
          <h2 className={h2Class}>Timeline</h2>
          {strip ? <TimelineStrip strip={strip} cardId={cardId} /> : <p className={`mt-2 ${mutedClass}`}>None of the events has a date.</p>}
        </>
      )}

      {history.length > 0 && (
        <>
          <h2 className={h2Class} id="roles-heading">
            Roles by event
          </h2>
          <div data-testid="role-history">
            <div className="mt-2 hidden sm:block">
              <table className="w-full text-left text-sm" aria-labelledby="roles-heading">
                <thead>
                  <tr className="border-b border-slate-300 dark:border-slate-700">
                    <th scope="col" className="py-1 pr-3">Date</th>
                    <th scope="col" className="py-1 pr-3">Role</th>
                    <th scope="col" className="py-1 pr-3">For</th>
                    <th scope="col" className="py-1 pr-3">As</th>
                    <th scope="col" className="py-1">Event</th>
                  </tr>
                </thead>
                <tbody>
                  {history.map((h) => (
                    <tr key={`${h.event.id}-${h.index}`} className="border-b border-slate-200 align-top dark:border-slate-800">
                      <td className="py-1.5 pr-3 whitespace-nowrap">
                        <EventDate event={h.event} />
                      </td>
                      <td className="py-1.5 pr-3">{h.participant.role ?? <span className={mutedClass}>not stated</span>}</td>
                      <td className="py-1.5 pr-3">
                        {h.organization ? (
                          <Link to={`/organizations/${encodeURIComponent(h.organization.id)}`} className={linkClass}>
                            {h.organization.name}
                          </Link>
                        ) : (
                          <span className={mutedClass}>not stated</span>
                        )}
                      </td>
                      <td className="py-1.5 pr-3">{capitalize(h.participant.capacity)}</td>
                      <td className="py-1.5">
                        <EventWithEvidence entry={h} personName={person.name} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>

            <ol className="mt-2 space-y-2 text-sm sm:hidden" aria-labelledby="roles-heading">
              {history.map((h) => (
                <li key={`${h.event.id}-${h.index}`} className="border-b border-slate-200 pb-2 dark:border-slate-800">
                  <p>
                    <EventDate event={h.event} /> · {capitalize(h.participant.capacity)}
                  </p>
                  <p className="font-medium">
                    {h.participant.role ?? <span className={`font-normal ${mutedClass}`}>Role not stated</span>}
                    {h.organization && (
                      <>
                        {', '}
                        <Link to={`/organizations/${encodeURIComponent(h.organization.id)}`} className={linkClass}>
                          {h.organization.name}
                        </Link>
                      </>
                    )}
                  </p>
                  <p>
                    <EventWithEvidence entry={h} personName={person.name} />
                  </p>
                </li>
              ))}
            </ol>
          </div>
        </>
      )}

      {events.length > 0 && (
        <>
          <h2 className={h2Class}>Events</h2>
          <ol className="mt-2 space-y-3" data-testid="person-events">
            {events.map((event) => (
              <li key={event.id} id={cardId(event.id)} className="scroll-mt-4">
                <EventSummary event={event} data={data} />
              </li>
            ))}
          </ol>
        </>
      )}

      {peers.length > 0 && (
        <>
          <h2 className={h2Class}>Appeared with</h2>
          <ul className="mt-2 flex flex-wrap gap-2" data-testid="co-participants">
            {peers.map(({ person: peer, count }) => (
              <li key={peer.id}>
                <Link
                  to={`/people/${encodeURIComponent(peer.id)}`}
                  className="inline-block rounded border border-slate-300 px-2 py-0.5 text-sm text-sky-800 hover:bg-slate-100 dark:border-slate-700 dark:text-sky-300 dark:hover:bg-slate-800"
                >
                  {peer.name} <span className="text-slate-700 dark:text-slate-300">· {plural(count, 'event')}</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}

      {facts.affiliations.length > 0 && (
        <>
          <h2 className={h2Class}>Organizations</h2>
          <ul className="mt-2 space-y-1" data-testid="person-organizations">
            {facts.affiliations.map((a) => (
              <li key={a.organization.id}>
                <Link to={`/organizations/${encodeURIComponent(a.organization.id)}`} className={linkClass}>
                  {a.organization.name}
                </Link>
                {a.organization.kind === 'country' && <span className={`ml-1 text-xs ${mutedClass}`}>(country)</span>}
                <span className={`ml-2 text-sm ${mutedClass}`}>
                  {[a.roles.join(', '), plural(a.eventCount, 'event'), a.firstDate && a.lastDate && (a.firstDate === a.lastDate ? formatDay(a.firstDate) : `${formatDay(a.firstDate)} – ${formatDay(a.lastDate)}`)]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}

      {mentions.length > 0 && (
        <>
          <h2 className={h2Class}>{history.length > 0 ? 'Also named in' : 'Where named'}</h2>
          <ul className="mt-2 space-y-2" data-testid="mentions">
            {mentions.map((entry) => (
              <DocumentMentionsItem key={entry.document.id} entry={entry} />
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
