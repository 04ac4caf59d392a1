import { useEffect, useState } from 'react';

/** Long work is said after this long; shorter work just happens. */
export const PROGRESS_DELAY_MS = 400;

/**
 * "Planning… 3 s": what is being worked on, shown once it takes a moment, with the seconds so
 * far and, when the work can be stopped, a button to stop it. The seconds count from `since`,
 * or, without it, from when this progress first showed.
 */
export function Progress({
  label,
  since,
  onStop,
  className = '',
}: {
  label: string;
  since?: number;
  onStop?: () => void;
  className?: string;
}) {
  const [shownAt] = useState(() => performance.now());
  const start = since ?? shownAt;
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(performance.now()), 250);
    return () => window.clearInterval(timer);
  }, [start]);
  const elapsed = now - start;
  if (elapsed < PROGRESS_DELAY_MS) return null;
  const seconds = Math.floor(elapsed / 1000);
  return (
    <p className={`progress ${className}`.trim()}>
      <span className="progress-spinner" aria-hidden="true" />
      {/* The words are announced once; the ticking seconds are only seen. */}
      <span role="status">{label}…</span>
      <span className="progress-seconds" aria-hidden="true">
        {seconds >= 1 ? `${seconds} s` : ''}
      </span>
      {onStop && (
        <button type="button" className="quiet" onClick={onStop}>
          Stop
        </button>
      )}
    </p>
  );
}
