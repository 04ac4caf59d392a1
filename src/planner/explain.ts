import { bidirectional } from 'graphology-shortest-path/unweighted';
import type { Pace } from '../model/constants.ts';
import type { Unreachable } from '../model/index.ts';
import { describeNeed, roleTitle } from './describe.ts';
import type { PlanningModel } from './model.ts';
import { degreeChain, moveOptions } from './options.ts';
import type { SearchStart } from './search.ts';

/**
 * Why no route exists: either the graph has no sequence of moves, or a requirement on the way
 * can never be met (experience no earlier role on the route builds, or a degree whose length
 * no source gives). Explained on the route with the fewest moves. On the typical timeline the
 * experience people typically bring to a role counts as a need.
 */
export function explainUnreachable(model: PlanningModel, start: SearchStart, target: number, pace: Pace): Unreachable {
  const fromId = model.roleIds[start.node]!;
  const toId = model.roleIds[target]!;
  const path = bidirectional(model.graph, fromId, toId);
  if (!path) {
    return {
      reason: 'no-route-in-graph',
      message: `No sequence of moves in the role graph leads from ${roleTitle(model, start.node)} to ${roleTitle(model, target)}.`,
    };
  }
  const nodes = path.map((id) => model.roleIndex.get(id)!);
  const routeText = nodes.map((n) => roleTitle(model, n)).join(' → ');
  for (let i = 1; i < nodes.length; i++) {
    const edge = model.outgoing[nodes[i - 1]!]!.find((e) => e.to === nodes[i])!;
    if (
      edge.minimumEducation > start.education &&
      degreeChain(model, start.education, edge.minimumEducation) === null
    ) {
      return {
        reason: 'requirement-never-met',
        message: `On the route ${routeText}, the move to ${roleTitle(model, nodes[i]!)} needs a degree for which no source gives a length, so it cannot be dated.`,
      };
    }
    const builds = (channel: number) =>
      start.channels[channel]! > 0 || nodes.slice(0, i).some((n) => model.accrues[n]![channel]);
    for (const option of moveOptions(model, edge, start.held, start.education, {
      pace,
      ruleMonths: [0],
      associates: start.associates,
    })) {
      const blocked = option.needsByRule[0]!.find(
        (need) =>
          start.channels[need.channel]! < need.months &&
          !nodes.slice(0, i).some((n) => model.accrues[n]![need.channel]),
      );
      if (blocked && !builds(blocked.channel)) {
        const role = roleTitle(model, nodes[i]!);
        // A need of the typical timeline alone is what people bring, not a rule: say so, and where to look.
        const bindingOnly = moveOptions(model, edge, start.held, start.education, {
          pace: 'earliest',
          ruleMonths: [0],
          associates: start.associates,
        });
        const typicalOnly =
          pace === 'typical' &&
          bindingOnly.some(
            (o) =>
              !o.needsByRule[0]!.some((n) => n.channel === blocked.channel && start.channels[n.channel]! < n.months),
          );
        return {
          reason: 'requirement-never-met',
          message: typicalOnly
            ? `On the route ${routeText}, people typically bring ${describeNeed(model, blocked)} to ${role}, which none of the roles before it builds and your profile does not have, so the typical timeline does not reach it this way. If you have that experience, enter it; the earliest timeline, which waits only for binding rules, may still reach it.`
            : `On the route ${routeText}, the move to ${role} needs ${describeNeed(model, blocked)}, which none of the roles before it builds and your profile does not have.`,
        };
      }
    }
  }
  return {
    reason: 'requirement-never-met',
    message: `Every route from ${roleTitle(model, start.node)} to ${roleTitle(model, target)} has a requirement that can never be met from this profile.`,
  };
}
