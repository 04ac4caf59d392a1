import type { RoleLevel, RoleTrack } from '../../model/constants.ts';
import type { Transition } from '../../model/transition.ts';
import { transitionId, type CertificationFocus } from '../explore/certification-focus.ts';
import type { ExploreFilter, Selection } from '../state/useExploreState.ts';

/**
 * The classes every graph element should carry for a given route, filter, certification focus
 * and selection, and the step badges of the route. Pure: the Cytoscape wrapper only applies the
 * result, and the stylesheet (graph-style.ts) says what each class looks like.
 *
 * A role's label is its title and never changes, and no state class changes how a label is
 * measured (its font, size or weight): Cytoscape caches each label's measurements and texture,
 * and a label whose text or weight changes after it was first drawn was drawn to its old
 * measurements (clipped, stretched, spilling onto another label). The step numbers are badges
 * of their own, whose labels are fixed too.
 */
export interface MarksInput {
  roles: ReadonlyArray<{ id: string; title: string; level: RoleLevel; track: RoleTrack }>;
  transitions: ReadonlyArray<Pick<Transition, 'from' | 'to' | 'kind'>>;
  route: readonly string[] | null;
  filter: ExploreFilter;
  focus: CertificationFocus | null;
  selection: Selection | null;
}

/** A numbered marker on a role of the route: "Start", or the number of the step that arrives there. */
export interface StepBadge {
  /** Index in the route: 0 for the start, n for the role step n arrives at. */
  step: number;
  label: string;
  role: string;
  /** 0 for a role's first badge, 1 for its second (a route that comes back to a role), and so on. */
  slot: number;
}

export interface GraphMarks {
  /** Element id → the state classes it should have (kind and track classes are fixed and not listed). */
  classes: Map<string, string[]>;
  /** One badge per role of the route, in route order. */
  steps: StepBadge[];
}

export const stepBadgeLabel = (step: number): string => (step === 0 ? 'Start' : String(step));

export const STATE_CLASSES = [
  'on-route',
  'route-start',
  'route-end',
  'dimmed',
  'filtered-out',
  'cert-required',
  'cert-expected',
  'cert-opened',
  'is-selected',
] as const;

function stepBadges(route: readonly string[]): StepBadge[] {
  const seen = new Map<string, number>();
  return route.map((role, step) => {
    const slot = seen.get(role) ?? 0;
    seen.set(role, slot + 1);
    return { step, label: stepBadgeLabel(step), role, slot };
  });
}

export function graphMarks(input: MarksInput): GraphMarks {
  const { roles, transitions, route, filter, focus, selection } = input;
  const classes = new Map<string, string[]>();
  const add = (id: string, cls: string) => classes.set(id, [...(classes.get(id) ?? []), cls]);

  const routeRoles = new Set(route ?? []);
  const routeEdges = new Set<string>();
  if (route)
    for (let i = 1; i < route.length; i++) routeEdges.add(transitionId({ from: route[i - 1]!, to: route[i]! }));
  const required = new Set(focus?.required.map(transitionId));
  const expected = new Set(focus?.expected.map(transitionId));
  const opened = new Set(focus ? [...focus.required, ...focus.expected].flatMap((t) => [t.from, t.to]) : []);

  // A filter keeps its roles and the moves touching them; the roles at the other end of those
  // moves stay faintly visible so no arrow points into nothing. The route always stays.
  const filtering = filter.track !== null || filter.level !== null;
  const passes = new Set(
    roles
      .filter((r) => (!filter.track || r.track === filter.track) && (!filter.level || r.level === filter.level))
      .map((r) => r.id),
  );
  const edgeShown = (t: Pick<Transition, 'from' | 'to'>) =>
    !filtering || passes.has(t.from) || passes.has(t.to) || routeEdges.has(transitionId(t));
  // What stands out: the route always; then the certification's moves when one is chosen, else
  // the roles a filter keeps (they must not fade with the rest while a route is drawn), else,
  // with only a route, nothing more.
  const emphasis = (id: string): boolean => {
    if (routeRoles.has(id) || routeEdges.has(id)) return true;
    if (focus) return opened.has(id) || required.has(id) || expected.has(id);
    if (filtering) return true;
    return route === null;
  };
  const neighbours = new Set(transitions.filter(edgeShown).flatMap((t) => [t.from, t.to]));

  for (const role of roles) {
    if (routeRoles.has(role.id)) add(role.id, 'on-route');
    if (route && role.id === route[0]) add(role.id, 'route-start');
    if (route && route.length > 1 && role.id === route[route.length - 1]) add(role.id, 'route-end');
    if (opened.has(role.id)) add(role.id, 'cert-opened');
    if (filtering && !passes.has(role.id) && !routeRoles.has(role.id))
      add(role.id, neighbours.has(role.id) ? 'dimmed' : 'filtered-out');
    else if (!emphasis(role.id)) add(role.id, 'dimmed');
    if (selection?.kind === 'role' && selection.id === role.id) add(role.id, 'is-selected');
  }
  for (const t of transitions) {
    const id = transitionId(t);
    if (routeEdges.has(id)) add(id, 'on-route');
    if (required.has(id)) add(id, 'cert-required');
    if (expected.has(id)) add(id, 'cert-expected');
    if (!edgeShown(t)) add(id, 'filtered-out');
    else if (!emphasis(id)) add(id, 'dimmed');
    if (selection?.kind === 'transition' && selection.from === t.from && selection.to === t.to) add(id, 'is-selected');
  }
  return { classes, steps: route ? stepBadges(route) : [] };
}
