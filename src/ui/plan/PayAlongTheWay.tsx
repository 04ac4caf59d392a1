import type { Route } from '../../model/plan.ts';
import { formatUsd, PAY_NOT_KNOWN, payText, type Wording } from '../../export/plan-wording.ts';

/**
 * Pay at every role of the route on one basis — the BLS median annual wage — with a bar for
 * scale and "not known" where no figure exists; survey figures of other bases are listed apart.
 */
export function PayAlongTheWay({ route, wording }: { route: Route; wording: Wording }) {
  const wages = route.pay.flatMap((p) => (p.wage ? [p.wage.medianUsd] : []));
  const max = Math.max(1, ...wages);
  const others = route.pay.flatMap((p) => p.others.map((figure) => ({ role: p.role, figure })));
  return (
    <>
      <table className="pay-table">
        <caption className="visually-hidden">Median annual wage at each role of the route</caption>
        <thead>
          <tr>
            <th scope="col">Role</th>
            <th scope="col">Median wage (BLS)</th>
          </tr>
        </thead>
        <tbody>
          {route.pay.map((pay, i) => (
            <tr key={`${i}-${pay.role}`}>
              <th scope="row">{wording.roleTitle(pay.role)}</th>
              <td>
                {pay.wage ? (
                  <>
                    <span className="pay-figure">
                      {formatUsd(pay.wage.medianUsd)}{' '}
                      <span className="muted">{payText(pay.wage).replace(/^US\$[\d,]+ median wage /, '')}</span>
                    </span>
                    <span className="pay-bar" aria-hidden="true">
                      <span style={{ width: `${Math.round((pay.wage.medianUsd / max) * 100)}%` }} />
                    </span>
                  </>
                ) : (
                  <span className="muted">{PAY_NOT_KNOWN}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {others.length > 0 && (
        <div className="pay-others">
          <p className="muted">Other figures, on other bases (not compared above):</p>
          <ul>
            {others.map(({ role, figure }, i) => (
              <li key={i}>
                {wording.roleTitle(role)}: {payText(figure)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
