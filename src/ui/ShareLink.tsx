import { useState } from 'react';

/**
 * Copies the address, which always reproduces the plan (see usePlannerState). Where the
 * clipboard is refused, the link is shown selected so it can be copied by hand.
 */
export function ShareLink() {
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setState('copied');
      window.setTimeout(() => setState('idle'), 2500);
    } catch {
      setState('manual');
    }
  };
  return (
    <div className="share">
      <button type="button" className="quiet" onClick={copy}>
        Copy link to this plan
      </button>
      <span className="share-status" role="status">
        {state === 'copied' ? 'Link copied.' : ''}
      </span>
      {state === 'manual' && (
        <input
          className="share-url"
          aria-label="Link to this plan"
          readOnly
          value={window.location.href}
          onFocus={(e) => e.target.select()}
          autoFocus
        />
      )}
    </div>
  );
}
