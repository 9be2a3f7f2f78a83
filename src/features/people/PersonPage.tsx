import { Link, useParams } from 'react-router';
import { useExplorerData } from '../../lib/data/useExplorerData';
import { EventDate, EventSummary, eventLabel } from '../../lib/ui/EventSummary';
import { NotFoundPage } from '../../lib/ui/NotFound';
import { coParticipants, roleHistory } from './selectors';

export default function PersonPage() {
  const { id = '' } = useParams();
  const data = useExplorerData();
  const person = data.peopleById.get(id);
  if (!person) return <NotFoundPage what="person" />;
  const history = roleHistory(person, data);
  const events = data.eventsByPerson.get(person.id) ?? [];
  const peers = coParticipants(person, data);
  const organizations = [...new Map(history.filter((h) => h.organization).map((h) => [h.organization!.id, h.organization!])).values()];
  return (
    <article>
      <h1 className="text-2xl font-semibold">{person.name}</h1>
      {person.aliases.length > 0 && <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Also written: {person.aliases.join(', ')}</p>}

      <h2 className="mt-5 text-lg font-semibold">Roles by event</h2>
      {history.length === 0 ? (
        <p className="mt-2 text-slate-600 dark:text-slate-400">Named in the reports, but not as a participant.</p>
      ) : (
        <table className="mt-2 w-full text-left text-sm" data-testid="role-history">
          <thead>
            <tr className="border-b border-slate-200 dark:border-slate-800">
              <th scope="col" className="py-1 pr-2">Date</th>
              <th scope="col" className="py-1 pr-2">Role</th>
              <th scope="col" className="py-1 pr-2">Capacity</th>
              <th scope="col" className="py-1">Event</th>
            </tr>
          </thead>
          <tbody>
            {history.map((h, i) => (
              <tr key={`${h.event.id}-${i}`} className="border-b border-slate-100 align-top dark:border-slate-900">
                <td className="py-1 pr-2 whitespace-nowrap"><EventDate event={h.event} /></td>
                <td className="py-1 pr-2">{[h.participant.role, h.organization?.name].filter(Boolean).join(', ') || '—'}</td>
                <td className="py-1 pr-2">{h.participant.capacity}</td>
                <td className="py-1">
                  <Link to={`/events/${encodeURIComponent(h.event.id)}`} className="text-sky-800 hover:underline dark:text-sky-300">
                    {eventLabel(h.event)}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2 className="mt-5 text-lg font-semibold">Events</h2>
      <ol className="mt-2 space-y-3 border-l-2 border-slate-200 pl-4 dark:border-slate-800">
        {events.map((event) => (
          <li key={event.id}>
            <EventSummary event={event} data={data} />
          </li>
        ))}
      </ol>

      {peers.length > 0 && (
        <>
          <h2 className="mt-5 text-lg font-semibold">Appeared with</h2>
          <ul className="mt-2 flex flex-wrap gap-2">
            {peers.map(({ person: peer, count }) => (
              <li key={peer.id}>
                <Link to={`/people/${encodeURIComponent(peer.id)}`} className="rounded border border-slate-200 px-2 py-0.5 text-sm hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800">
                  {peer.name} <span className="text-slate-600 dark:text-slate-400">×{count}</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {organizations.length > 0 && (
        <>
          <h2 className="mt-5 text-lg font-semibold">Organizations</h2>
          <ul className="mt-2 list-disc pl-5">
            {organizations.map((o) => (
              <li key={o.id}>
                <Link to={`/organizations/${encodeURIComponent(o.id)}`} className="text-sky-800 hover:underline dark:text-sky-300">
                  {o.name}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
