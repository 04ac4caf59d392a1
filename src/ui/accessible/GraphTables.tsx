import { formatUsd } from '../../export/format.ts';
import { ROLE_LEVELS } from '../../model/constants.ts';
import { useCatalog } from '../catalog.ts';
import {
  expectedCertificationsText,
  minimumEducationText,
  minimumExperienceText,
  requiredCertificationsText,
} from '../details/requirement-text.ts';
import { LEVEL_LABELS, TRACK_LABELS, TRANSITION_KIND_LABELS } from '../labels.ts';
import type { ExploreFilter, Selection } from '../state/useExploreState.ts';

export interface GraphTablesProps {
  filter: ExploreFilter;
  /** The chosen route's role ids, to mark the rows on it. */
  route: readonly string[] | null;
  onSelect(selection: Selection): void;
}

/**
 * The graph as tables: every role with its level and track in words, every move with what it
 * needs. Keyboard and screen-reader users get all the graph shows; the filters apply here too.
 */
export function GraphTables({ filter, route, onSelect }: GraphTablesProps) {
  const { data, roleTitle, certLabel, role } = useCatalog();
  const passes = (id: string) => {
    const r = role(id);
    return !!r && (!filter.track || r.track === filter.track) && (!filter.level || r.level === filter.level);
  };
  const roles = data.roles
    .filter((r) => passes(r.id))
    .sort((a, b) => ROLE_LEVELS.indexOf(a.level) - ROLE_LEVELS.indexOf(b.level) || a.title.localeCompare(b.title));
  const moves = data.transitions.filter((t) => passes(t.from) || passes(t.to));
  // A route may come back to a role, so a role can be on it at several steps.
  const routeSteps = new Map<string, string[]>();
  (route ?? []).forEach((id, i) =>
    routeSteps.set(id, [...(routeSteps.get(id) ?? []), i === 0 ? 'Start' : `Step ${i}`]),
  );
  const routeMoves = new Set((route ?? []).slice(1).map((id, i) => `${route![i]}->${id}`));
  const onRouteMove = (from: string, to: string) => routeMoves.has(`${from}->${to}`);
  const filtered = filter.track || filter.level;

  return (
    <section className="tables panel" aria-labelledby="tables-heading" id="tables">
      <h2 id="tables-heading">Roles and moves as tables</h2>
      {filtered && (
        <p className="muted">
          Filtered to{' '}
          {[filter.track && TRACK_LABELS[filter.track], filter.level && `${LEVEL_LABELS[filter.level]} level`]
            .filter(Boolean)
            .join(', ')}
          : {roles.length} of {data.roles.length} roles, and the moves into or out of them.
        </p>
      )}
      <div className="table-scroll">
        <table>
          <caption>Roles ({roles.length})</caption>
          <thead>
            <tr>
              <th scope="col">Role</th>
              <th scope="col">Level</th>
              <th scope="col">Track</th>
              <th scope="col">Median pay</th>
              <th scope="col">On your route</th>
            </tr>
          </thead>
          <tbody>
            {roles.map((r) => (
              <tr key={r.id} data-role-id={r.id}>
                <th scope="row">
                  <button type="button" className="link" onClick={() => onSelect({ kind: 'role', id: r.id })}>
                    {r.title}
                  </button>
                </th>
                <td>{LEVEL_LABELS[r.level]}</td>
                <td>{TRACK_LABELS[r.track]}</td>
                <td>{r.pay[0] ? formatUsd(r.pay[0].medianUsd) : '—'}</td>
                <td>{routeSteps.get(r.id)?.join(', ') ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-scroll">
        <table>
          <caption>Moves ({moves.length})</caption>
          <thead>
            <tr>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col">Kind</th>
              <th scope="col">Needs</th>
              <th scope="col">Commonly expected</th>
            </tr>
          </thead>
          <tbody>
            {moves.map((t) => {
              const needs = [
                ...minimumExperienceText(t),
                ...requiredCertificationsText(t, certLabel),
                ...(minimumEducationText(t) ? [minimumEducationText(t)!] : []),
              ];
              return (
                <tr key={`${t.from}->${t.to}`} className={onRouteMove(t.from, t.to) ? 'on-route' : undefined}>
                  <td>{roleTitle(t.from)}</td>
                  <th scope="row">
                    <button
                      type="button"
                      className="link"
                      onClick={() => onSelect({ kind: 'transition', from: t.from, to: t.to })}
                      aria-label={`${roleTitle(t.from)} to ${roleTitle(t.to)}: details`}
                    >
                      {roleTitle(t.to)}
                    </button>
                    {onRouteMove(t.from, t.to) && <span className="tag">on your route</span>}
                  </th>
                  <td>{TRANSITION_KIND_LABELS[t.kind]}</td>
                  <td>{needs.join('; ')}</td>
                  <td>{expectedCertificationsText(t, certLabel).join(', ') || '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
