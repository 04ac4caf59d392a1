import type { PlanQuery, Profile } from '../../src/model/index.ts';
import { planRoute } from '../../src/planner/index.ts';
import { shippedGraphForTests } from './minimal-graph.ts';

/** One shipped plan with five routes asked for, searched under a label limit small enough to stop it. */
export const graph = shippedGraphForTests();
export const START = '2027-01';
export const QUERY: PlanQuery = {
  from: 'it-support-specialist',
  to: 'chief-information-security-officer',
  objective: 'fastest',
  pace: 'typical',
  routeCount: 5,
};
export const PROFILE: Profile = { experienceYears: {}, education: 'none', certifications: [], associateOf: [] };
export const limited = (maxLabels: number) => planRoute(graph, QUERY, PROFILE, { start: START, maxLabels });
