import type { Pace } from '../../model/constants.ts';
import type { PlanStep, Route } from '../../model/plan.ts';
import { paySourceIds } from '../../export/plan-sources.ts';
import { describeAction, describeStep, PAY_NOT_KNOWN, payText, type Wording } from '../../export/plan-wording.ts';
import { Cite } from '../details/SourceLinks.tsx';

export interface RouteStepsProps {
  route: Route;
  pace: Pace;
  wording: Wording;
  onShowRole(id: string): void;
  /** The copy for paper: none of the hooks the page and its tests use. */
  printed?: boolean;
  /** The numbered source list the "[n]" beside each fact points into. */
  sourceOrder?: readonly string[];
}

function Step({
  step,
  number,
  pace,
  wording,
  onShowRole,
  printed,
  sourceOrder,
}: {
  step: PlanStep;
  number: number;
  pace: Pace;
  wording: Wording;
  onShowRole(id: string): void;
  printed: boolean;
  sourceOrder: readonly string[] | undefined;
}) {
  const words = describeStep(wording, step, pace);
  const actions = step.actions.map((a) => describeAction(wording, a));
  return (
    <li className="step" data-role-id={printed ? undefined : step.to}>
      <span className="step-number" aria-hidden="true">
        {number}
      </span>
      <div className="step-body">
        <h3 className="step-title">
          <span className="visually-hidden">Step {number}: </span>
          Move to{' '}
          <button type="button" className="link" onClick={() => onShowRole(step.to)}>
            {wording.roleTitle(step.to)}
          </button>
        </h3>
        <p className="step-meta">
          <strong>{words.when}</strong> · {words.kind}
          <Cite ids={step.sources} order={sourceOrder} />
        </p>
        <p className={words.estimated ? 'step-stay estimated' : 'step-stay'}>
          <strong>Stay: {words.stay}.</strong> {words.estimated && <span className="tag">estimate</span>} {words.timing}
          <Cite ids={step.timing.sources} order={sourceOrder} />
        </p>
        {actions.length > 0 && (
          <ul className="actions" aria-label={`Before the move to ${wording.roleTitle(step.to)}`}>
            {actions.map((action, i) => (
              <li key={i} className={`action action-${action.kind}`}>
                <p className="action-title">
                  {action.title}
                  {action.optional && <span className="tag">optional</span>}
                </p>
                <p className="action-details">{action.details.join(' · ')}</p>
                {action.why.length > 0 && (
                  <p className="why">
                    <span className="why-label">Why: </span>
                    {action.why.join(' ')}
                    <Cite ids={step.actions[i]!.meets.flatMap((r) => r.sources)} order={sourceOrder} />
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
        <p className="step-pay">
          Pay as {wording.roleTitle(step.to)}: <strong>{step.pay.wage ? payText(step.pay.wage) : PAY_NOT_KNOWN}</strong>
          <Cite ids={paySourceIds(step.pay)} order={sourceOrder} />
        </p>
        {step.notes.length > 0 && (
          <ul className="step-notes" aria-label={`Notes on the move to ${wording.roleTitle(step.to)}`}>
            {step.notes.map((note, i) => (
              <li key={i}>
                {note.text}
                <Cite ids={note.sources} order={sourceOrder} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </li>
  );
}

/** The route as an ordered list of dated moves: how long each stay lasts and why, what to do before each move. */
export function RouteSteps({ route, pace, wording, onShowRole, printed = false, sourceOrder }: RouteStepsProps) {
  const start = route.roles[0]!;
  return (
    <div className="route-steps">
      <p className="route-start">
        <span className="step-number start" aria-hidden="true">
          ●
        </span>
        <span>
          Now ({wording.month(0)}):{' '}
          <button type="button" className="link" onClick={() => onShowRole(start)}>
            {wording.roleTitle(start)}
          </button>
        </span>
      </p>
      <ol
        className="steps"
        aria-label={printed ? 'Steps' : 'Steps of the route'}
        data-route-roles={printed ? undefined : route.roles.join(' ')}
      >
        {route.steps.map((step, i) => (
          <Step
            key={`${i}-${step.to}`}
            step={step}
            number={i + 1}
            pace={pace}
            wording={wording}
            onShowRole={onShowRole}
            printed={printed}
            sourceOrder={sourceOrder}
          />
        ))}
      </ol>
    </div>
  );
}
