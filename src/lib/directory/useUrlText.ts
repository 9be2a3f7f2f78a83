import { useState } from 'react';
import { useNavigationType } from 'react-router';

/**
 * The text of a search box whose value also lives in the URL. Typing updates the box at once and
 * the URL after; the box follows the URL only on back/forward, so a slow URL update never
 * overwrites what the user is still typing.
 */
export function useUrlText(urlValue: string): [string, (text: string) => void] {
  const navigationType = useNavigationType();
  const [text, setText] = useState(urlValue);
  const [seen, setSeen] = useState(urlValue);
  if (seen !== urlValue) {
    setSeen(urlValue);
    if (navigationType === 'POP') setText(urlValue);
  }
  return [text, setText];
}
