import type { RoleLevel, RoleTrack } from '../../model/constants.ts';
import type { Transition } from '../../model/transition.ts';
import { transitionId, type CertificationFocus } from '../explore/certification-focus.ts';
import type { ExploreFilter, Selection } from '../state/useExploreState.ts';

/**
 * The classes and labels every graph element should carry for a given route, filter,
 * certification focus and selection. Pure: the Cytoscape wrapper only applies the result,
 * and the stylesheet (graph-style.ts) says what each class looks like.
 */
export interface MarksInput {
  roles: ReadonlyArray<{ id: string; title: string; level: RoleLevel; track: RoleTrack }>;
  transitions: ReadonlyArray<Pick<Transition, 'from' | 'to' | 'kind'>>;
  route: readonly string[] | null;
  filter: ExploreFilter;
  focus: CertificationFocus | null;
  selection: Selection | null;
}

export interface GraphMarks {
  /** Element id → the state classes it should have (kind and track classes are fixed and not listed). */
  classes: Map<string, string[]>;
  /** Role id → its label: the title, with its step numbers when on the route. */
  labels: Map<string, string>;
}

export const STATE_CLASSES = ['on-route', 'route-start', 'route-end', 'dimmed', 'filtered-out', 'cert-required', 'cert-expected', 'cert-opened', 'is-selected'] as const;

/** "Start", or the numbers of the steps that arrive at the role ("2", or "2, 4" on a route that returns). */
function stepLabels(route: readonly string[]): Map<string, string> {
  const numbers = new Map<string, string[]>();
  route.forEach((id, i) => numbers.set(id, [...(numbers.get(id) ?? []), i === 0 ? 'Start' : String(i)]));
  return new Map([...numbers].map(([id, list]) => [id, list.join(', ')]));
}

export function graphMarks(input: MarksInput): GraphMarks {
  const { roles, transitions, route, filter, focus, selection } = input;
  const classes = new Map<string, string[]>();
  const add = (id: string, cls: string) => classes.set(id, [...(classes.get(id) ?? []), cls]);
  const labels = new Map<string, string>();
  const steps = route && route.length > 0 ? stepLabels(route) : new Map<string, string>();

  const routeRoles = new Set(route ?? []);
  const routeEdges = new Set<string>();
  if (route) for (let i = 1; i < route.length; i++) routeEdges.add(transitionId({ from: route[i - 1]!, to: route[i]! }));
  const required = new Set(focus?.required.map(transitionId));
  const expected = new Set(focus?.expected.map(transitionId));
  const opened = new Set(focus ? [...focus.required, ...focus.expected].flatMap((t) => [t.from, t.to]) : []);

  // What stands out: the certification's moves when one is chosen, else the route.
  const emphasis = focus ? (id: string) => opened.has(id) || required.has(id) || expected.has(id) || routeRoles.has(id) || routeEdges.has(id) : route ? (id: string) => routeRoles.has(id) || routeEdges.has(id) : () => true;
  // A filter keeps its roles and the moves touching them; the roles at the other end of those
  // moves stay faintly visible so no arrow points into nothing. The route always stays.
  const filtering = filter.track !== null || filter.level !== null;
  const passes = new Set(roles.filter((r) => (!filter.track || r.track === filter.track) && (!filter.level || r.level === filter.level)).map((r) => r.id));
  const edgeShown = (t: Pick<Transition, 'from' | 'to'>) => !filtering || passes.has(t.from) || passes.has(t.to) || routeEdges.has(transitionId(t));
  const neighbours = new Set(transitions.filter(edgeShown).flatMap((t) => [t.from, t.to]));

  for (const role of roles) {
    const step = steps.get(role.id);
    labels.set(role.id, step ? `${step} · ${role.title}` : role.title);
    if (routeRoles.has(role.id)) add(role.id, 'on-route');
    if (route && role.id === route[0]) add(role.id, 'route-start');
    if (route && route.length > 1 && role.id === route[route.length - 1]) add(role.id, 'route-end');
    if (opened.has(role.id)) add(role.id, 'cert-opened');
    if (filtering && !passes.has(role.id) && !routeRoles.has(role.id)) add(role.id, neighbours.has(role.id) ? 'dimmed' : 'filtered-out');
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
  return { classes, labels };
}
