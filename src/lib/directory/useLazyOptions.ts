import { useState } from 'react';

/** Lists longer than this render their options only while the select is in use. */
export const LAZY_OPTIONS_OVER = 150;

/**
 * A `<select>` with thousands of options costs thousands of DOM elements that nobody sees until
 * it is opened. With `lazy`, only the chosen option is rendered until the select is focused or
 * pressed (the options are in place before its list opens), and they go again on blur.
 */
export function useLazyOptions(count: number) {
  const [active, setActive] = useState(false);
  const all = active || count <= LAZY_OPTIONS_OVER;
  const open = () => setActive(true);
  return {
    all,
    props: { onFocus: open, onPointerDown: open, onMouseDown: open, onKeyDown: open, onBlur: () => setActive(false) },
  };
}
