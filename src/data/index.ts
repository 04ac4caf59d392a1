export * from './issues.ts';
export * from './suggest.ts';
export * from './role-names.ts';
export * from './parse-files.ts';
export * from './checks.ts';
export * from './load.ts';
export * from './json-schema.ts';
