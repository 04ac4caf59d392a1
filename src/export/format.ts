/** The phrase helpers the web app's smaller components use; every sentence comes from plan-wording.ts. */
export { formatUsd, listWithAnd, plural } from './plan-wording.ts';
