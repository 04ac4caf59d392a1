/** The phrase helpers the web app's smaller components use; every sentence comes from plan-wording.ts. */
export { describeProfile, formatDuration, formatUsd, listWithAnd, plural } from './plan-wording.ts';
