export { planRoute, planningModelOf, normalizeProfile, normalizeQuery, thisMonth, PlanInputError, type PlanRouteOptions } from './plan.ts';
export { findLevers, MAX_LEVERS } from './levers.ts';
export { resolveRole, suggestRoles, canonicalRoleName, describeResolutionProblem, type RoleResolution, type RoleSuggestion } from './resolve-role.ts';
export { resolveCertification } from './resolve-certification.ts';
export { describeMonths } from './describe.ts';
