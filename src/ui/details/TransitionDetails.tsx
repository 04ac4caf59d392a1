import type { Transition } from '../../model/transition.ts';
import { useCatalog } from '../catalog.ts';
import { TRANSITION_KIND_LABELS } from '../labels.ts';
import type { Selection } from '../state/useExploreState.ts';
import { Disputes } from './Disputes.tsx';
import {
  expectedCertificationsText,
  minimumEducationText,
  minimumExperienceText,
  requiredCertificationsText,
  stayText,
  transitionSourceIds,
  entryExperienceText,
} from './requirement-text.ts';
import { SourceLinks } from './SourceLinks.tsx';

function Lines({ lines, empty }: { lines: string[]; empty: string }) {
  if (lines.length === 0) return <>{empty}</>;
  return (
    <>
      {lines.map((line, i) => (
        <span key={i} className="fact-line">
          {line}
        </span>
      ))}
    </>
  );
}

/** A move's requirements: what binds (the route waits for it) apart from what is only typical. */
export function TransitionDetails({
  transition: t,
  onSelect,
}: {
  transition: Transition;
  onSelect(selection: Selection): void;
}) {
  const { roleTitle, certLabel, role } = useCatalog();
  const to = role(t.to);
  return (
    <>
      <p className="details-meta">A {TRANSITION_KIND_LABELS[t.kind]}</p>
      <div className="button-row">
        <button type="button" onClick={() => onSelect({ kind: 'role', id: t.from })}>
          About {roleTitle(t.from)}
        </button>
        <button type="button" onClick={() => onSelect({ kind: 'role', id: t.to })}>
          About {roleTitle(t.to)}
        </button>
      </div>
      {t.summary && <p>{t.summary}</p>}
      <h4>Needed for the move</h4>
      <dl className="facts">
        <dt>Experience</dt>
        <dd>
          <Lines lines={minimumExperienceText(t)} empty="None" />
        </dd>
        <dt>Certifications</dt>
        <dd>
          <Lines lines={requiredCertificationsText(t, certLabel)} empty="None required" />
        </dd>
        <dt>Education</dt>
        <dd>{minimumEducationText(t) ?? 'No minimum known'}</dd>
      </dl>
      <h4>Typical, not required</h4>
      <dl className="facts">
        <dt>What people bring to {roleTitle(t.to)}</dt>
        <dd>
          <Lines lines={to ? entryExperienceText(to) : []} empty="Not known" />
        </dd>
        <dt>Certifications</dt>
        <dd>
          <Lines lines={expectedCertificationsText(t, certLabel)} empty="None named" />
        </dd>
        <dt>Time as {roleTitle(t.from)} first</dt>
        <dd>
          <Lines lines={stayText(t)} empty="Not known" />
        </dd>
      </dl>
      <Disputes disputes={t.disputes} />
      <h4>Sources</h4>
      <SourceLinks ids={transitionSourceIds(t)} label="Sources for this move" />
    </>
  );
}
