import { useEffect, useState } from 'react';

/**
 * The value once it has stayed the same for `ms`: for work too heavy to redo on every keystroke
 * (redrawing the route on the graph), while the plan itself follows each change at once.
 */
export function useSettledValue<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, settled, ms]);
  return settled;
}
