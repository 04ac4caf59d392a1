import { useId } from 'react';
import type { Pace } from '../../model/constants.ts';
import type { Route } from '../../model/plan.ts';
import { routeHeadline, routeName, routePath, type Wording } from '../../export/plan-wording.ts';

export interface RouteChoiceProps {
  routes: readonly Route[];
  index: number;
  pace: Pace;
  onChange(index: number): void;
  wording: Wording;
}

/** The best route and its alternatives as one radio group; the chosen one shows below and on the graph. */
export function RouteChoice({ routes, index, pace, onChange, wording }: RouteChoiceProps) {
  const name = useId();
  return (
    <fieldset className="route-choice">
      <legend>Routes found ({routes.length})</legend>
      {routes.map((route, i) => {
        const head = routeHeadline(wording, route, pace);
        return (
          <label key={route.roles.join('>')} className={i === index ? 'route-option checked' : 'route-option'}>
            <input type="radio" name={name} checked={i === index} onChange={() => onChange(i)} />
            <span className="route-option-body">
              <span className="route-option-name">{routeName(i)}</span>
              <span className="route-option-figures">
                {head.timelines} · {head.moves} · {head.cost}
              </span>
              <span className="route-option-path">{routePath(wording, route)}</span>
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
