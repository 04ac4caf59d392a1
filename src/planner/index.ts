export { planRoute, planningModelOf, PlanInputError, type PlanRouteOptions } from './plan.ts';
export { resolveRole, canonicalRoleName, describeResolutionProblem, type RoleResolution } from './resolve-role.ts';
export { describeMonths } from './describe.ts';
