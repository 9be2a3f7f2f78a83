import type { FallbackProps } from 'react-error-boundary';

/** Says what failed and offers a retry; never a blank page. */
export function ErrorState({ error, resetErrorBoundary }: FallbackProps) {
  const message = error instanceof Error ? error.message : String(error);
  return (
    <section role="alert" className="rounded border border-red-300 bg-red-50 p-4 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
      <h1 className="text-xl font-semibold">Something went wrong</h1>
      <p className="mt-2" data-testid="error-message">
        {message}
      </p>
      <button
        type="button"
        onClick={resetErrorBoundary}
        className="mt-3 rounded bg-red-700 px-3 py-1.5 font-medium text-white hover:bg-red-800"
      >
        Retry
      </button>
    </section>
  );
}
