export { planRoute, planningModelOf, normalizeProfile, normalizeQuery } from './plan.ts';
export { findLevers } from './levers.ts';
export { resolveRole, suggestRoles, describeResolutionProblem } from './resolve-role.ts';
export { resolveCertification } from './resolve-certification.ts';
