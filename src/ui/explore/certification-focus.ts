import { transitionKey } from '../../graph/role-graph.ts';
import type { Transition } from '../../model/transition.ts';

/** The moves a certification opens up: those that require it (one of a group) and those that expect it. */
export interface CertificationFocus {
  certification: string;
  required: Transition[];
  expected: Transition[];
}

export function certificationFocus(transitions: readonly Transition[], certification: string): CertificationFocus {
  const required = transitions.filter((t) =>
    t.certifications.required.some((group) => group.anyOf.includes(certification)),
  );
  const expected = transitions.filter(
    (t) => !required.includes(t) && t.certifications.expected.some((e) => e.id === certification),
  );
  return { certification, required, expected };
}

export function transitionId(t: Pick<Transition, 'from' | 'to'>): string {
  return transitionKey(t.from, t.to);
}

/** The certification select of the explore controls, where focus goes back when its summary closes. */
export const FOCUS_SELECT_ID = 'focus-certification';
