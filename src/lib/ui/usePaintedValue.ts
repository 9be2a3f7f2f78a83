import { useEffect, useState } from 'react';

/**
 * `value` once a frame showing it has been painted, else `undefined`: for work that should wait
 * until what is already rendered is on screen (then it never delays that paint).
 */
export function usePaintedValue<T>(value: T): T | undefined {
  const [painted, setPainted] = useState<{ value: T } | null>(null);
  useEffect(() => {
    // The frame callback runs before the paint; a task queued from it runs after.
    let timer = 0;
    const frame = requestAnimationFrame(() => (timer = window.setTimeout(() => setPainted({ value }), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value]);
  return painted !== null && Object.is(painted.value, value) ? value : undefined;
}
