import { describe, expect, it } from 'vitest';
import { planRoute } from '../../src/planner/index.ts';
import { graph, limited, PROFILE, QUERY, START } from '../helpers/search-limit.ts';

const STOPPED =
  'The search stopped at its limit of 10 partial routes before finding a route; a route may still exist. Try the fastest objective, fewer routes, or a nearer target.';

describe('a search cut short by its limit', () => {
  it('says the search stopped, that a route may still exist, and what to try, instead of explaining why there is no route', () => {
    const plan = limited(10);
    expect(plan.routes).toEqual([]);
    expect(plan.unreachable).toEqual({ reason: 'search-limit', message: STOPPED });
    // The same question with room to search has routes: the limit, not the graph, stopped it.
    expect(planRoute(graph, QUERY, PROFILE, { start: START }).routes.length).toBe(5);
  });

  it('says, when it found some of the routes asked for, how many and that others may exist', () => {
    const partial: number[] = [];
    for (let limit = 1; limit <= 60; limit++) {
      const plan = limited(limit);
      const note = plan.assumptions.find((a) => a.text.startsWith('The search stopped'));
      if (plan.routes.length === 0) expect(plan.unreachable?.reason, `limit ${limit}`).toBe('search-limit');
      else if (plan.routes.length < QUERY.routeCount) {
        partial.push(limit);
        expect(note?.text, `limit ${limit}`).toBe(
          `The search stopped at its limit of ${limit} partial routes after finding ${plan.routes.length} of the 5 routes asked for; others may exist.`,
        );
      } else expect(note, `limit ${limit}`).toBeUndefined();
    }
    expect(partial.length).toBeGreaterThan(0);
  });
});
