export * from './role-graph.ts';
export * from './reachability.ts';
