import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { useExplorerData } from '../../lib/data/useExplorerData';
import { formatDay, plural } from '../../lib/format';
import { EventSummary } from '../../lib/ui/EventSummary';
import { NotFoundPage } from '../../lib/ui/NotFound';
import { affiliatedPeople, coOrganizers, kindOf, organizationEvents } from './selectors';

const linkClass = 'text-sky-800 underline decoration-1 underline-offset-2 hover:decoration-2 dark:text-sky-300';
const mutedClass = 'text-slate-600 dark:text-slate-400';
const h2Class = 'mt-6 text-lg font-semibold';

export default function OrganizationPage() {
  const { id = '' } = useParams();
  const data = useExplorerData();
  const organization = data.organizationsById.get(id);
  const facts = useMemo(() => {
    if (!organization) return null;
    const links = organizationEvents(organization, data);
    return {
      organized: links.filter((l) => l.organized).map((l) => l.event),
      attendedOnly: links.filter((l) => l.attended && !l.organized).map((l) => l.event),
      both: links.filter((l) => l.attended && l.organized).length,
      people: affiliatedPeople(organization, data),
      partners: coOrganizers(organization, data),
    };
  }, [organization, data]);
  if (!organization || !facts) return <NotFoundPage what="organization" />;
  const country = kindOf(organization) === 'country';
  const { organized, attendedOnly, people, partners } = facts;

  return (
    <article>
      <p className="text-sm">
        <Link to="/organizations" className={linkClass}>
          ← Organizations
        </Link>
      </p>
      <h1 className="mt-1 text-2xl font-semibold">{organization.name}</h1>
      <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
        {country && (
          <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-950 dark:bg-amber-900 dark:text-amber-50" data-testid="country-badge">
            Country
          </span>
        )}
        {organization.aliases.length > 0 && (
          <span data-testid="aliases">
            <span className={mutedClass}>{country ? 'Also written: ' : 'Also known as: '}</span>
            {organization.aliases.join(' · ')}
          </span>
        )}
      </p>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        {[
          `Organized ${plural(organized.length, 'event')}`,
          `${country ? 'people speaking for it' : 'its people'} took part in ${plural(attendedOnly.length + facts.both, 'event')}`,
          plural(people.length, 'affiliated person', 'affiliated people'),
        ].join(' · ')}
      </p>

      <h2 className={h2Class}>Affiliated people</h2>
      {people.length === 0 ? (
        <p className={`mt-2 ${mutedClass}`}>Nobody in the reports speaks for {country ? 'this country' : 'this organization'}.</p>
      ) : (
        <ul className="mt-2 space-y-1" data-testid="affiliated-people">
          {people.map((p) => (
            <li key={p.person.id}>
              <Link to={`/people/${encodeURIComponent(p.person.id)}`} className={`font-medium ${linkClass}`}>
                {p.person.name}
              </Link>
              <span className={`ml-2 text-sm ${mutedClass}`}>
                {[p.roles.join(', '), plural(p.eventCount, 'event'), p.latestDate && `latest ${formatDay(p.latestDate)}`].filter(Boolean).join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      )}

      <h2 className={h2Class}>Events organized</h2>
      {organized.length === 0 ? (
        <p className={`mt-2 ${mutedClass}`}>None in the reports.</p>
      ) : (
        <ol className="mt-2 space-y-3" data-testid="events-organized">
          {organized.map((e) => (
            <li key={e.id}>
              <EventSummary event={e} data={data} />
            </li>
          ))}
        </ol>
      )}

      <h2 className={h2Class}>Other events its people attended</h2>
      {attendedOnly.length === 0 ? (
        <p className={`mt-2 ${mutedClass}`}>{facts.both > 0 ? 'None beyond the events it organized.' : 'None in the reports.'}</p>
      ) : (
        <ol className="mt-2 space-y-3" data-testid="events-attended">
          {attendedOnly.map((e) => (
            <li key={e.id}>
              <EventSummary event={e} data={data} />
            </li>
          ))}
        </ol>
      )}

      {partners.length > 0 && (
        <>
          <h2 className={h2Class}>Organized together with</h2>
          <ul className="mt-2 flex flex-wrap gap-2" data-testid="co-organizers">
            {partners.map(({ organization: partner, count }) => (
              <li key={partner.id}>
                <Link
                  to={`/organizations/${encodeURIComponent(partner.id)}`}
                  className="inline-block rounded border border-slate-300 px-2 py-0.5 text-sm text-sky-800 hover:bg-slate-100 dark:border-slate-700 dark:text-sky-300 dark:hover:bg-slate-800"
                >
                  {partner.name} <span className="text-slate-700 dark:text-slate-300">· {plural(count, 'event')}</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
