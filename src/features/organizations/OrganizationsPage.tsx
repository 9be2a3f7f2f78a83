import { Link } from 'react-router';
import { useExplorerData } from '../../lib/data/useExplorerData';
import { plural } from '../../lib/format';

export default function OrganizationsPage() {
  const data = useExplorerData();
  const rows = [...data.organizations].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <section>
      <h1 className="text-2xl font-semibold">Organizations</h1>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{plural(rows.length, 'organization')}</p>
      <ul className="mt-4 divide-y divide-slate-200 dark:divide-slate-800" data-testid="organizations-list">
        {rows.map((o) => (
          <li key={o.id} className="py-2">
            <Link to={`/organizations/${encodeURIComponent(o.id)}`} className="font-medium text-sky-800 hover:underline dark:text-sky-300">
              {o.name}
            </Link>
            {o.aliases.length > 0 && <span className="ml-2 text-sm text-slate-600 dark:text-slate-400">({o.aliases.join(', ')})</span>}
            <span className="ml-2 text-sm text-slate-600 dark:text-slate-400">
              {plural(data.eventsOrganizedBy.get(o.id)?.length ?? 0, 'event')} organized · {plural(data.eventsAttendedBy.get(o.id)?.length ?? 0, 'event')} attended
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
