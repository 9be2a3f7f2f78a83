import { Fragment, type ReactNode } from 'react';
import { capitalize, formatEventDate } from '../../lib/format';
import type { EventHit, MarkedText, OrganizationHit, PassageHit, PersonHit } from '../../search/format';
import { excerpt, Marked } from './highlight';

export type AnyHit = EventHit | PersonHit | OrganizationHit | PassageHit;

/** The main line of a hit: title, name, or the passage excerpt. */
export function HitTitle({ hit, excerptSize }: { hit: AnyHit; excerptSize: number }) {
  switch (hit.group) {
    case 'events':
      return <Marked value={hit.title} />;
    case 'people':
    case 'organizations':
      return <Marked value={hit.name} />;
    case 'passages':
      // The text arrives a moment after the hit (fetched for the passages shown).
      if (hit.textPending) return <span className="text-slate-500 dark:text-slate-400">…</span>;
      return <Marked value={excerpt(hit.text, excerptSize)} />;
  }
}

/** Parts separated by ' · ', as text (no wrapper elements: the popup renders many of these per keystroke). */
function Joined({ parts }: { parts: ReactNode[] }) {
  const shown = parts.filter((p) => p !== null && p !== undefined && p !== '');
  return (
    <>
      {shown.map((p, i) => (
        <Fragment key={i}>
          {i > 0 ? ' · ' : ''}
          {p}
        </Fragment>
      ))}
    </>
  );
}

/** Marked values separated by commas. */
function Listed({ values }: { values: MarkedText[] }) {
  return values.map((v, i) => (
    <Fragment key={i}>
      {i > 0 ? ', ' : ''}
      <Marked value={v} />
    </Fragment>
  ));
}

/** The second line: date, type and place; role and affiliation; aliases; source of a passage. */
export function HitDetail({ hit }: { hit: AnyHit }) {
  switch (hit.group) {
    case 'events':
      return (
        <Joined
          parts={[
            formatEventDate(hit),
            capitalize(hit.type),
            hit.place ? <Marked value={hit.place} /> : null,
            hit.matched.length > 0 ? (
              <>
                with{' '}
                <Listed values={hit.matched} />
              </>
            ) : null,
          ]}
        />
      );
    case 'people':
      return (
        <Joined
          parts={[
            hit.role ? <Marked value={hit.role} /> : null,
            hit.affiliation ? <Marked value={hit.affiliation} /> : null,
            hit.aliases.length > 0 ? <>also <Listed values={hit.aliases} /></> : null,
          ]}
        />
      );
    case 'organizations':
      return (
        <Joined
          parts={[
            hit.kind === 'country' ? 'Country' : null,
            hit.aliases.length > 0 ? <>also <Listed values={hit.aliases} /></> : null,
          ]}
        />
      );
    case 'passages':
      return <Joined parts={[hit.eventTitle ?? hit.documentTitle ?? 'Report', hit.date ? formatEventDate({ date: hit.date, endDate: null }) : null]} />;
  }
}
