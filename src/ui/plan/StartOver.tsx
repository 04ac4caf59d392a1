import { useEffect, useRef } from 'react';

/**
 * "Start over", and once pressed "Cleared. Undo": the form is empty at once, but the saved copy
 * is kept until the person confirms or moves on (changes something), so one slip loses nothing.
 */
export function StartOver({
  cleared,
  onStartOver,
  onUndo,
  onConfirm,
}: {
  cleared: boolean;
  onStartOver(): void;
  onUndo(): void;
  onConfirm(): void;
}) {
  const undo = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const wasCleared = useRef(cleared);
  useEffect(() => {
    // The pressed button is replaced: keep the keyboard on the control that took its place.
    if (cleared && !wasCleared.current) undo.current?.focus();
    if (!cleared && wasCleared.current && document.activeElement === document.body) start.current?.focus();
    wasCleared.current = cleared;
  }, [cleared]);
  if (!cleared) {
    return (
      <button ref={start} type="button" className="quiet" onClick={onStartOver}>
        Start over
      </button>
    );
  }
  return (
    <p className="start-over-status" role="status">
      <span>Cleared. Your saved plan is kept until you change something.</span>{' '}
      <button ref={undo} type="button" onClick={onUndo}>
        Undo
      </button>{' '}
      <button type="button" className="quiet" onClick={onConfirm}>
        Forget it
      </button>
    </p>
  );
}
