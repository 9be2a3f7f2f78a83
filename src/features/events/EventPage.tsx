import { Link, useParams, useSearchParams } from 'react-router';
import { useExplorerData, useDocumentText } from '../../lib/data/useExplorerData';
import { EventDate, EventSummary, eventLabel } from '../../lib/ui/EventSummary';
import { NotFoundPage } from '../../lib/ui/NotFound';
import { capitalize } from '../../lib/format';
import type { Evidence } from '../../model/schema';
import { DocumentText } from './DocumentText';
import { documentLinks, eventFacts, relatedEvents } from './selectors';

function FactButton({ selected, onSelect, disabled, children }: { selected: boolean; onSelect: () => void; disabled: boolean; children: React.ReactNode }) {
  return (
    <button
      type="button"
      aria-pressed={selected}
      disabled={disabled}
      onClick={onSelect}
      title={disabled ? 'No evidence recorded for this fact' : 'Show where the report says this'}
      className={`rounded px-1.5 py-0.5 text-xs font-medium ${
        selected ? 'bg-amber-300 text-slate-900' : 'border border-slate-300 text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800'
      } disabled:opacity-40`}
    >
      {children}
    </button>
  );
}

/** A search hit on a passage links here with `?doc=&start=&end=`; invalid values are ignored. */
function passageFromParams(params: URLSearchParams): Evidence | null {
  const documentId = params.get('doc');
  const start = Number(params.get('start'));
  const end = Number(params.get('end'));
  if (!documentId || !Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end <= start) return null;
  return { documentId, start, end };
}

export default function EventPage() {
  const { id = '' } = useParams();
  const data = useExplorerData();
  const [params, setParams] = useSearchParams();
  const event = data.eventsById.get(id);
  const document = event ? data.documentsById.get(event.documentId) : undefined;
  const text = useDocumentText(document?.textPath);
  if (!event) return <NotFoundPage what="event" />;

  const selectedKey = params.get('fact');
  const select = (key: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (next.get('fact') === key) next.delete('fact');
        else next.set('fact', key);
        return next;
      },
      { replace: true, preventScrollReset: true },
    );

  const facts = eventFacts(event, data);
  const participants = event.participants.map((p, index) => ({ ...p, index, person: data.peopleById.get(p.personId), organization: p.organizationId ? data.organizationsById.get(p.organizationId) : undefined }));
  const evidenceByKey = new Map<string, Evidence | null>();
  for (const fact of facts) evidenceByKey.set(fact.key, fact.evidence);
  for (const p of participants) {
    evidenceByKey.set(`participant-${p.index}`, p.evidence);
    evidenceByKey.set(`role-${p.index}`, p.roleEvidence ?? p.evidence);
  }
  const selected = selectedKey ? (evidenceByKey.get(selectedKey) ?? null) : passageFromParams(params);
  const highlight = selected && selected.documentId === event.documentId ? selected : null;
  const related = relatedEvents(event, data);

  return (
    <article className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      <div>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          <EventDate event={event} /> · <span className="uppercase tracking-wide">{event.type}</span>
          {event.referenced && ' · referred to, not reported'}
        </p>
        <h1 className="mt-1 text-2xl font-semibold">{eventLabel(event)}</h1>

        <h2 className="mt-5 text-lg font-semibold">Facts</h2>
        <dl className="mt-2 space-y-1.5">
          {facts.map((fact) => (
            <div key={fact.key} className="flex flex-wrap items-baseline gap-2">
              <dt className="w-24 shrink-0 text-sm text-slate-600 dark:text-slate-400">{fact.label}</dt>
              <dd className="flex flex-1 flex-wrap items-baseline gap-2">
                {fact.href ? (
                  <Link to={fact.href} className="text-sky-800 hover:underline dark:text-sky-300">
                    {fact.value}
                  </Link>
                ) : (
                  <span>{fact.key === 'type' ? capitalize(fact.value) : fact.value}</span>
                )}
                {fact.key === 'date' && event.dateSource === 'published' && <span className="text-xs text-slate-600 dark:text-slate-400">(publication date; the report gives no event date)</span>}
                <FactButton selected={selectedKey === fact.key} disabled={!fact.evidence} onSelect={() => select(fact.key)}>
                  evidence
                </FactButton>
              </dd>
            </div>
          ))}
        </dl>

        <h2 className="mt-5 text-lg font-semibold">Participants</h2>
        {participants.length === 0 ? (
          <p className="mt-2 text-slate-600 dark:text-slate-400">The report names no participants.</p>
        ) : (
          <ul className="mt-2 space-y-2" data-testid="participants">
            {participants.map((p) => (
              <li key={`${p.personId}-${p.index}`} className="rounded border border-slate-200 p-2 dark:border-slate-800" data-testid="participant">
                <div className="flex flex-wrap items-baseline gap-2">
                  <Link to={`/people/${encodeURIComponent(p.personId)}`} className="font-medium text-sky-800 hover:underline dark:text-sky-300">
                    {p.person?.name ?? p.personId}
                  </Link>
                  <span className="rounded bg-slate-100 px-1.5 text-xs dark:bg-slate-800">{p.capacity}</span>
                  <FactButton selected={selectedKey === `participant-${p.index}`} disabled={false} onSelect={() => select(`participant-${p.index}`)}>
                    evidence
                  </FactButton>
                </div>
                {(p.role || p.organization) && (
                  <div className="mt-1 flex flex-wrap items-baseline gap-2 text-sm text-slate-700 dark:text-slate-300">
                    <span data-testid="participant-role">
                      {p.role}
                      {p.role && p.organization && ', '}
                      {p.organization && (
                        <Link to={`/organizations/${encodeURIComponent(p.organization.id)}`} className="hover:underline">
                          {p.organization.name}
                        </Link>
                      )}
                    </span>
                    <FactButton selected={selectedKey === `role-${p.index}`} disabled={false} onSelect={() => select(`role-${p.index}`)}>
                      role evidence
                    </FactButton>
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}

        <h2 className="mt-5 text-lg font-semibold">Source</h2>
        <p className="mt-1 text-sm">
          File <code className="rounded bg-slate-100 px-1 dark:bg-slate-800">{document?.file ?? event.documentId}</code>
          {document?.published && <> · published {document.published}</>}
        </p>
        {document?.url && /^https?:\/\//i.test(document.url) && (
          <p className="mt-1 text-sm break-all">
            <a href={document.url} rel="noopener noreferrer nofollow" target="_blank" className="text-sky-800 underline dark:text-sky-300">
              {document.url}
            </a>
          </p>
        )}

        {related.length > 0 && (
          <>
            <h2 className="mt-5 text-lg font-semibold">Related events</h2>
            <ul className="mt-2 space-y-2">
              {related.map((other) => (
                <li key={other.id}>
                  <EventSummary event={other} data={data} />
                </li>
              ))}
            </ul>
          </>
        )}
      </div>

      <section aria-labelledby="report-text" tabIndex={0} className="lg:sticky lg:top-2 lg:max-h-[calc(100vh-1rem)] lg:overflow-y-auto rounded border border-slate-200 p-3 dark:border-slate-800">
        <h2 id="report-text" className="text-lg font-semibold">
          Report text
        </h2>
        {text.isPending && <p className="mt-2 text-slate-600 dark:text-slate-400">Loading the report…</p>}
        {text.isError && (
          <p role="alert" className="mt-2 text-red-800 dark:text-red-300">
            {(text.error as Error).message}{' '}
            <button type="button" className="underline" onClick={() => void text.refetch()}>
              Retry
            </button>
          </p>
        )}
        {text.data !== undefined && <DocumentText text={text.data} links={documentLinks(event.documentId, data)} highlight={highlight} />}
      </section>
    </article>
  );
}
