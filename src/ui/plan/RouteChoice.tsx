import { useId } from 'react';
import type { Route } from '../../model/plan.ts';
import { routePath, routeTotals, type Wording } from './plan-wording.ts';

export interface RouteChoiceProps {
  routes: readonly Route[];
  index: number;
  onChange(index: number): void;
  wording: Wording;
}

/** The best route and its alternatives as one radio group; the chosen one shows below and on the graph. */
export function RouteChoice({ routes, index, onChange, wording }: RouteChoiceProps) {
  const name = useId();
  return (
    <fieldset className="route-choice">
      <legend>Routes found ({routes.length})</legend>
      {routes.map((route, i) => {
        const totals = routeTotals(wording, route);
        return (
          <label key={route.roles.join('>')} className={i === index ? 'route-option checked' : 'route-option'}>
            <input type="radio" name={name} checked={i === index} onChange={() => onChange(i)} />
            <span className="route-option-body">
              <span className="route-option-name">{i === 0 ? 'Best route' : `Alternative ${i}`}</span>
              <span className="route-option-figures">
                {totals.time} · {totals.moves} · {totals.cost}
              </span>
              <span className="route-option-path">{routePath(wording, route)}</span>
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
