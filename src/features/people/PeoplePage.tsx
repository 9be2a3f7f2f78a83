import { Link } from 'react-router';
import { useExplorerData } from '../../lib/data/useExplorerData';
import { plural } from '../../lib/format';
import { personRow } from './selectors';

export default function PeoplePage() {
  const data = useExplorerData();
  const rows = data.people.map((p) => personRow(p, data)).sort((a, b) => a.person.name.localeCompare(b.person.name));
  return (
    <section>
      <h1 className="text-2xl font-semibold">People</h1>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{plural(rows.length, 'person', 'people')}</p>
      <ul className="mt-4 divide-y divide-slate-200 dark:divide-slate-800" data-testid="people-list">
        {rows.map((row) => (
          <li key={row.person.id} className="py-2">
            <Link to={`/people/${encodeURIComponent(row.person.id)}`} className="font-medium text-sky-800 hover:underline dark:text-sky-300">
              {row.person.name}
            </Link>
            <span className="ml-2 text-sm text-slate-600 dark:text-slate-400">
              {[row.latestRole, row.latestOrganization?.name].filter(Boolean).join(', ')}
              {' · '}
              {plural(row.eventCount, 'event')}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
