import type { Route } from '../../model/plan.ts';
import { formatUsd } from '../../export/format.ts';
import type { Wording } from './plan-wording.ts';

/** Median pay at each role of the route, as figures with a bar for scale. */
export function PayAlongTheWay({ route, wording }: { route: Route; wording: Wording }) {
  if (route.pay.length === 0) return <p className="muted">No source gives pay for the roles on this route.</p>;
  const max = Math.max(...route.pay.map((p) => p.medianUsd));
  return (
    <table className="pay-table">
      <caption className="visually-hidden">Median pay along the route</caption>
      <thead>
        <tr>
          <th scope="col">Role</th>
          <th scope="col">Median pay</th>
        </tr>
      </thead>
      <tbody>
        {route.pay.map((pay) => (
          <tr key={pay.role}>
            <th scope="row">{wording.roleTitle(pay.role)}</th>
            <td>
              <span className="pay-figure">
                {formatUsd(pay.medianUsd)} <span className="muted">{pay.basis === 'total-pay' ? 'total pay' : 'wage'}, {pay.period}</span>
              </span>
              <span className="pay-bar" aria-hidden="true">
                <span style={{ width: `${Math.round((pay.medianUsd / max) * 100)}%` }} />
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
