import { Link } from 'react-router';

export function NotFoundPage({ what = 'page' }: { what?: string }) {
  return (
    <section className="py-8">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        There is no such {what} here. It may have been renamed by a later ingest.
      </p>
      <p className="mt-4">
        <Link to="/" className="text-sky-700 underline dark:text-sky-300">
          Back to the timeline
        </Link>
      </p>
    </section>
  );
}
