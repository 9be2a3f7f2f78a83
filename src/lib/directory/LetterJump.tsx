/**
 * A–Z links that jump to the first entry with each initial. Letters nobody starts with are shown
 * but disabled (not links), so the bar keeps its shape and says what is missing.
 */
const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '#'];

export function LetterJump({ firstIndex, onJump, label = 'Jump to letter' }: { firstIndex: Map<string, number>; onJump: (index: number) => void; label?: string }) {
  return (
    <nav aria-label={label} className="mt-3" data-testid="letter-jump">
      <ul className="flex flex-wrap gap-0.5 text-sm">
        {LETTERS.map((letter) => {
          const index = firstIndex.get(letter);
          const name = letter === '#' ? 'other characters' : letter;
          return (
            <li key={letter}>
              {index === undefined ? (
                <a
                  role="link"
                  aria-disabled="true"
                  aria-label={letter === '#' ? 'Names starting with other characters (none)' : `Names starting with ${letter} (none)`}
                  className="inline-block min-w-7 rounded px-1.5 py-1 text-center text-slate-500 line-through decoration-slate-300 dark:text-slate-400 dark:decoration-slate-600"
                  title={`Nobody under ${name}`}
                >
                  {letter}
                </a>
              ) : (
                <a
                  href={`#letter-${letter === '#' ? 'other' : letter}`}
                  aria-label={letter === '#' ? 'Names starting with other characters' : `Names starting with ${letter}`}
                  className="inline-block min-w-7 rounded px-1.5 py-1 text-center font-medium text-sky-800 hover:bg-slate-100 dark:text-sky-300 dark:hover:bg-slate-800"
                  onClick={(event) => {
                    event.preventDefault();
                    onJump(index);
                  }}
                >
                  {letter}
                </a>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
