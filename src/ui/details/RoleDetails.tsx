import type { Role } from '../../model/role.ts';
import { EXPERIENCE_KIND_LABELS } from '../../model/constants.ts';
import { listWithAnd } from '../../export/format.ts';
import { useCatalog } from '../catalog.ts';
import { LEVEL_LABELS, TRACK_LABELS, TRANSITION_KIND_LABELS } from '../labels.ts';
import { payText } from '../../export/plan-wording.ts';
import { entryExperienceText, typicalEducationText } from './requirement-text.ts';
import type { Selection } from '../state/useExploreState.ts';
import { Disputes } from './Disputes.tsx';
import { SourceLinks } from './SourceLinks.tsx';

export interface RoleDetailsProps {
  role: Role;
  isFrom: boolean;
  isTarget: boolean;
  onFrom(title: string): void;
  onTo(id: string): void;
  onSelect(selection: Selection): void;
}

function roleSourceIds(role: Role): string[] {
  return [
    ...role.sources,
    ...role.pay.flatMap((p) => p.sources),
    ...role.outlook.flatMap((o) => o.sources),
    ...role.codes.onet.flatMap((c) => c.sources),
    ...role.codes.nice.flatMap((n) => n.sources),
    ...(role.entry?.experience ?? []).flatMap((e) => e.sources),
    ...(role.entry?.education ?? []).flatMap((e) => e.sources),
    ...(role.entry?.sources ?? []),
  ];
}

/** Everything the data says about a role, with the two buttons that put it into the form. */
export function RoleDetails({ role, isFrom, isTarget, onFrom, onTo, onSelect }: RoleDetailsProps) {
  const { graph, roleTitle } = useCatalog();
  const out = graph.outEdges(role.id).map((key) => graph.getEdgeAttribute(key, 'transition'));
  const into = graph.inEdges(role.id).map((key) => graph.getEdgeAttribute(key, 'transition'));
  return (
    <>
      <p className="details-meta">
        {LEVEL_LABELS[role.level]} level · {TRACK_LABELS[role.track]} track
      </p>
      <div className="button-row">
        <button type="button" onClick={() => onFrom(role.title)} disabled={isFrom}>
          {isFrom ? 'You are here' : 'I am here'}
        </button>
        <button type="button" onClick={() => onTo(role.id)} disabled={isTarget}>
          {isTarget ? 'Your target' : 'I want to get here'}
        </button>
      </div>
      <p>{role.summary}</p>
      <dl className="facts">
        <dt>Median pay</dt>
        <dd>
          {role.pay.length === 0
            ? 'No source gives pay for this role.'
            : role.pay.map((p, i) => (
                <span key={i} className="fact-line">
                  <strong>{payText({ ...p, proxy: p.proxy ?? null, lowConfidence: p.lowConfidence === true })}</strong>{' '}
                  ({p.occupation})
                </span>
              ))}
        </dd>
        <dt>Job outlook</dt>
        <dd>
          {role.outlook.length === 0
            ? 'No source gives an outlook.'
            : role.outlook.map((o, i) => (
                <span key={i} className="fact-line">
                  {o.growthPercent >= 0 ? '+' : ''}
                  {o.growthPercent}% jobs, {o.period} ({o.occupation})
                </span>
              ))}
        </dd>
        <dt>O*NET-SOC</dt>
        <dd>
          {role.codes.onet.length === 0
            ? 'None given.'
            : role.codes.onet.map((c) => (
                <span key={c.code} className="fact-line">
                  <code>{c.code}</code> {c.title}
                </span>
              ))}
        </dd>
        <dt>NICE work roles</dt>
        <dd>
          {role.codes.nice.length === 0
            ? 'None given.'
            : role.codes.nice.map((n) => (
                <span key={n.id} className="fact-line">
                  <code>{n.id}</code> {n.name}
                </span>
              ))}
        </dd>
        <dt>What people bring to it</dt>
        <dd>
          {entryExperienceText(role).map((line) => (
            <span key={line} className="fact-line">
              {line}
            </span>
          ))}
        </dd>
        <dt>Typical education</dt>
        <dd>{typicalEducationText(role).join('; ') || 'Not known'}</dd>
        <dt>Time here counts as</dt>
        <dd>{listWithAnd(role.countsAs.map((k) => EXPERIENCE_KIND_LABELS[k]))} experience</dd>
      </dl>
      {out.length > 0 && (
        <>
          <h4>Moves from here</h4>
          <ul className="move-list">
            {out.map((t) => (
              <li key={t.to}>
                <button
                  type="button"
                  className="link"
                  onClick={() => onSelect({ kind: 'transition', from: t.from, to: t.to })}
                >
                  {roleTitle(t.to)}
                </button>{' '}
                <span className="muted">({TRANSITION_KIND_LABELS[t.kind]})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {into.length > 0 && (
        <>
          <h4>Moves into here</h4>
          <ul className="move-list">
            {into.map((t) => (
              <li key={t.from}>
                <button
                  type="button"
                  className="link"
                  onClick={() => onSelect({ kind: 'transition', from: t.from, to: t.to })}
                >
                  {roleTitle(t.from)}
                </button>{' '}
                <span className="muted">({TRANSITION_KIND_LABELS[t.kind]})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <Disputes disputes={role.disputes} />
      <h4>Sources</h4>
      <SourceLinks ids={roleSourceIds(role)} label={`Sources for ${role.title}`} />
    </>
  );
}
