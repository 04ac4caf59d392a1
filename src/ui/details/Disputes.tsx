import type { Dispute } from '../../model/common.ts';

/** Where sources disagree, every claim is shown with which one planning uses. */
export function Disputes({ disputes }: { disputes: readonly Dispute[] | undefined }) {
  if (!disputes || disputes.length === 0) return null;
  return (
    <details className="disputes">
      <summary>Where sources disagree ({disputes.length})</summary>
      {disputes.map((d, i) => (
        <div key={i} className="dispute">
          <p>
            <strong>{d.about}</strong>
          </p>
          <ul>
            {d.claims.map((c, j) => (
              <li key={j}>{c.says}</li>
            ))}
          </ul>
          {d.resolution && <p className="muted">secpath uses: {d.resolution}</p>}
        </div>
      ))}
    </details>
  );
}
