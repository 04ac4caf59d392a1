// The planner's own thread: plans and their levers run here, so no objective, however slow to
// search, can hold up typing, scrolling or the graph. No zod here: it starts in a moment.
import type { RoleGraph } from '../../graph/role-graph.ts';
import { computePlan } from '../state/plan-outcome.ts';
import { leversOf } from './plan-jobs.ts';
import { graphFrom, messageOf, scope } from './worker-graph.ts';

let graph: RoleGraph | null = null;
let latest = -1;

/** Lets messages already queued run before going on, so a newer plan can cancel this one's levers. */
const yieldToQueue = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

scope.onmessage = async ({ data }) => {
  if (data.kind === 'init') {
    graph = graphFrom(data.data);
    return;
  }
  if (data.kind !== 'plan') return;
  if (!graph) return scope.postMessage({ kind: 'failed', id: data.id, message: 'the planner has no data yet' });
  latest = data.id;
  const outcome = computePlan(graph, data.state);
  scope.postMessage({ kind: 'planned', id: data.id, outcome });
  await yieldToQueue();
  if (latest !== data.id) return;
  try {
    scope.postMessage({ kind: 'levers', id: data.id, levers: leversOf(graph, outcome, data.routeIndex) });
  } catch (error) {
    scope.postMessage({ kind: 'failed', id: data.id, message: messageOf(error) });
  }
};
