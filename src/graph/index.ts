export * from './role-graph.ts';
export * from './reachability.ts';
export * from './static-routes.ts';
