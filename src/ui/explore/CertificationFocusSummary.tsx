import { plural } from '../../export/format.ts';
import { useCatalog } from '../catalog.ts';
import type { Selection } from '../state/useExploreState.ts';
import type { CertificationFocus } from './certification-focus.ts';

/** The moves a certification opens up, in words: the same as the graph highlights. */
export function CertificationFocusSummary({ focus, onSelect }: { focus: CertificationFocus; onSelect(selection: Selection): void }) {
  const { certLabel, roleTitle } = useCatalog();
  const name = certLabel(focus.certification);
  const list = (moves: CertificationFocus['required']) => (
    <ul className="move-list">
      {moves.map((t) => (
        <li key={`${t.from}->${t.to}`}>
          <button type="button" className="link" onClick={() => onSelect({ kind: 'transition', from: t.from, to: t.to })}>
            {roleTitle(t.from)} → {roleTitle(t.to)}
          </button>
        </li>
      ))}
    </ul>
  );
  if (focus.required.length === 0 && focus.expected.length === 0) {
    return <p className="focus-summary muted">No move in the graph requires or expects {name}.</p>;
  }
  return (
    <div className="focus-summary" aria-live="polite">
      {focus.required.length > 0 && (
        <>
          <p>
            <span className="key-required" aria-hidden="true" /> {name} is required (alone or as one of a choice) for {plural(focus.required.length, 'move')}:
          </p>
          {list(focus.required)}
        </>
      )}
      {focus.expected.length > 0 && (
        <>
          <p>
            <span className="key-expected" aria-hidden="true" /> Commonly expected, not required, for {plural(focus.expected.length, 'move')}:
          </p>
          {list(focus.expected)}
        </>
      )}
    </div>
  );
}
