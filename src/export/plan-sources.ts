import type { RoleGraph } from '../graph/role-graph.ts';
import type { PayAtRole, Route } from '../model/index.ts';

/**
 * Numbers the sources a route cites, in order of first use, so renderers can print "[3]"
 * beside a fact and list the sources once at the end.
 */
export class SourceNumbers {
  private readonly order: string[] = [];

  cite(ids: readonly string[]): number[] {
    return ids.map((id) => {
      let index = this.order.indexOf(id);
      if (index === -1) {
        this.order.push(id);
        index = this.order.length - 1;
      }
      return index + 1;
    });
  }

  list(): string[] {
    return [...this.order];
  }
}

/** Exam price sources of a certification, so the price shown is traceable too. */
export function examPriceSources(graph: RoleGraph, certId: string): string[] {
  return graph.getAttribute('certifications').get(certId)?.exam.costs[0]?.sources ?? [];
}

export function paySourceIds(pay: PayAtRole): string[] {
  return [...(pay.wage?.sources ?? []), ...pay.others.flatMap((o) => o.sources)];
}

/** Every source a route cites, in order of first use. */
export function routeSourceIds(route: Route): string[] {
  const ids = new Set<string>();
  for (const step of route.steps) {
    step.sources.forEach((s) => ids.add(s));
    step.timing.sources.forEach((s) => ids.add(s));
    paySourceIds(step.pay).forEach((s) => ids.add(s));
    for (const action of step.actions) action.meets.forEach((r) => r.sources.forEach((s) => ids.add(s)));
    step.notes.forEach((n) => n.sources.forEach((s) => ids.add(s)));
  }
  return [...ids];
}
