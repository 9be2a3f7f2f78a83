import { Link, useParams } from 'react-router';
import { useExplorerData } from '../../lib/data/useExplorerData';
import { EventSummary } from '../../lib/ui/EventSummary';
import { NotFoundPage } from '../../lib/ui/NotFound';

export default function OrganizationPage() {
  const { id = '' } = useParams();
  const data = useExplorerData();
  const organization = data.organizationsById.get(id);
  if (!organization) return <NotFoundPage what="organization" />;
  const organized = data.eventsOrganizedBy.get(organization.id) ?? [];
  const attended = data.eventsAttendedBy.get(organization.id) ?? [];
  const people = new Map<string, string>();
  for (const event of attended) {
    for (const p of event.participants) {
      if (p.organizationId === organization.id) people.set(p.personId, data.peopleById.get(p.personId)?.name ?? p.personId);
    }
  }
  return (
    <article>
      <h1 className="text-2xl font-semibold">{organization.name}</h1>
      {organization.aliases.length > 0 && <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Also written: {organization.aliases.join(', ')}</p>}
      <h2 className="mt-5 text-lg font-semibold">Events organized</h2>
      {organized.length === 0 ? <p className="mt-2 text-slate-600 dark:text-slate-400">None in the reports.</p> : (
        <ol className="mt-2 space-y-3">{organized.map((e) => <li key={e.id}><EventSummary event={e} data={data} /></li>)}</ol>
      )}
      <h2 className="mt-5 text-lg font-semibold">Events its people attended</h2>
      {attended.length === 0 ? <p className="mt-2 text-slate-600 dark:text-slate-400">None in the reports.</p> : (
        <ol className="mt-2 space-y-3">{attended.map((e) => <li key={e.id}><EventSummary event={e} data={data} /></li>)}</ol>
      )}
      <h2 className="mt-5 text-lg font-semibold">Affiliated people</h2>
      {people.size === 0 ? <p className="mt-2 text-slate-600 dark:text-slate-400">None in the reports.</p> : (
        <ul className="mt-2 list-disc pl-5">
          {[...people.entries()].sort((a, b) => a[1].localeCompare(b[1])).map(([personId, name]) => (
            <li key={personId}><Link to={`/people/${encodeURIComponent(personId)}`} className="text-sky-800 hover:underline dark:text-sky-300">{name}</Link></li>
          ))}
        </ul>
      )}
    </article>
  );
}
