import { useEffect } from 'react';
import { plural } from '../../export/format.ts';
import { useCatalog } from '../catalog.ts';
import type { Selection } from '../state/useExploreState.ts';
import { FOCUS_SELECT_ID, type CertificationFocus } from './certification-focus.ts';

export interface CertificationFocusSummaryProps {
  focus: CertificationFocus;
  onSelect(selection: Selection): void;
  /** Ends the focus: the graph goes back to the route (the select to its first option). */
  onClose(): void;
}

/**
 * The moves a certification opens up, in words: the same as the graph highlights. On a wide
 * screen it is a sheet over the plan column (styles.css), so choosing a certification never
 * shrinks the graph; a move picked from it opens its details on top of it, and closing those
 * comes back here. Escape closes it once no details are open.
 */
export function CertificationFocusSummary({ focus, onSelect, onClose }: CertificationFocusSummaryProps) {
  const { certLabel, roleTitle, data } = useCatalog();
  const name = certLabel(focus.certification);
  const certification = data.certifications.find((c) => c.id === focus.certification);

  useEffect(() => {
    // On the window, after the document: an open details sheet (DetailsPanel) takes Escape first.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      onClose();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onClose]);

  const close = () => {
    onClose();
    document.getElementById(FOCUS_SELECT_ID)?.focus();
  };
  const list = (moves: CertificationFocus['required']) => (
    <ul className="move-list">
      {moves.map((t) => (
        <li key={`${t.from}->${t.to}`}>
          <button
            type="button"
            className="link"
            onClick={() => onSelect({ kind: 'transition', from: t.from, to: t.to })}
          >
            {roleTitle(t.from)} → {roleTitle(t.to)}
          </button>
        </li>
      ))}
    </ul>
  );
  return (
    <section
      className="focus-summary panel"
      aria-labelledby="focus-summary-heading"
      aria-live="polite"
      data-details-side="left"
    >
      <div className="details-head">
        <h2 id="focus-summary-heading">What {name} opens up</h2>
        <button type="button" className="quiet" onClick={close} aria-label={`Close what ${name} opens up`}>
          Close
        </button>
      </div>
      {certification && (
        <p className="details-meta">
          {certification.name} · {certification.issuer}
        </p>
      )}
      {focus.required.length === 0 && focus.expected.length === 0 && (
        <p className="muted">No move in the graph requires or expects {name}.</p>
      )}
      {focus.required.length > 0 && (
        <>
          <p>
            <span className="key-required" aria-hidden="true" /> {name} is required (alone or as one of a choice) for{' '}
            {plural(focus.required.length, 'move')}:
          </p>
          {list(focus.required)}
        </>
      )}
      {focus.expected.length > 0 && (
        <>
          <p>
            <span className="key-expected" aria-hidden="true" /> Commonly expected, not required, for{' '}
            {plural(focus.expected.length, 'move')}:
          </p>
          {list(focus.expected)}
        </>
      )}
    </section>
  );
}
