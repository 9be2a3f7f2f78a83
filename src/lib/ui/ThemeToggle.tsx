import { useState } from 'react';
import { applyTheme, saveTheme, storedTheme, systemTheme, type Theme } from './theme';

export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme>(() => storedTheme() ?? systemTheme());
  const next: Theme = theme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      aria-label={`Switch to ${next} mode`}
      aria-pressed={theme === 'dark'}
      onClick={() => {
        applyTheme(next);
        saveTheme(next);
        setTheme(next);
      }}
      className="rounded border border-slate-300 px-2 py-1 text-sm dark:border-slate-700"
    >
      {theme === 'dark' ? 'Light' : 'Dark'}
    </button>
  );
}
