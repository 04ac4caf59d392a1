import type { Lever } from '../../model/plan.ts';
import { Progress } from '../Progress.tsx';

/**
 * "What would shorten my route": the planner's few single changes that help most — a
 * certification the person could earn now, a year more of one kind of experience, the next
 * degree, another first move — each with the months it saves on the route shown. They are
 * worked out in the background after the plan; until then, progress is shown.
 */
export function Levers({ levers }: { levers: Lever[] | null }) {
  return (
    <section className="levers" aria-labelledby="levers-heading" aria-busy={levers === null || undefined}>
      <h3 id="levers-heading" className="section-heading">
        What would shorten my route
      </h3>
      {levers === null ? (
        // Timed from when the levers went missing (a new plan, or another route chosen): when this
        // progress first shows.
        <Progress label="Trying the changes that could shorten this route" />
      ) : levers.length === 0 ? (
        <p className="muted">
          No single change — a certification you could earn now, a year more of one kind of experience, a degree,
          another first move — makes this route shorter.
        </p>
      ) : (
        <ul className="lever-list">
          {levers.map((lever) => (
            <li key={lever.text}>{lever.text}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
