import type { PlanStep, Route } from '../../model/plan.ts';
import { describeAction, payText, stepHeading, type Wording } from './plan-wording.ts';

export interface RouteStepsProps {
  route: Route;
  wording: Wording;
  onShowRole(id: string): void;
  /** The copy for paper: notes open, and none of the hooks the page and its tests use. */
  printed?: boolean;
}

function Step({ step, number, wording, onShowRole, printed }: { step: PlanStep; number: number; wording: Wording; onShowRole(id: string): void; printed: boolean }) {
  const heading = stepHeading(wording, step);
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
          <strong>{heading.when}</strong> · {heading.kind}
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
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
        {step.pay && (
          <p className="step-pay">
            Pay as {wording.roleTitle(step.to)}: <strong>{payText(step.pay.medianUsd, step.pay.basis)}</strong> ({step.pay.occupation}, {step.pay.period})
          </p>
        )}
        {step.notes.length > 0 && (
          <details className="notes" open={printed || undefined}>
            <summary>Notes ({step.notes.length})</summary>
            <ul>
              {step.notes.map((note, i) => (
                <li key={i}>{note.text}</li>
              ))}
            </ul>
          </details>
        )}
      </div>
    </li>
  );
}

/** The route as an ordered list of dated moves: what to do before each and why. */
export function RouteSteps({ route, wording, onShowRole, printed = false }: RouteStepsProps) {
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
      <ol className="steps" aria-label={printed ? 'Steps' : 'Steps of the route'} data-route-roles={printed ? undefined : route.roles.join(' ')}>
        {route.steps.map((step, i) => (
          <Step key={`${i}-${step.to}`} step={step} number={i + 1} wording={wording} onShowRole={onShowRole} printed={printed} />
        ))}
      </ol>
    </div>
  );
}
