/** The notes about URL parameters a page ignored or adjusted ("Ignored “sort=x”: …"), if any. */
export function ParamNotes({ notes }: { notes: readonly string[] }) {
  if (notes.length === 0) return null;
  return (
    <ul className="mt-3 list-disc rounded border border-amber-300 bg-amber-50 py-2 pl-7 pr-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100" data-testid="param-notes">
      {notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  );
}
