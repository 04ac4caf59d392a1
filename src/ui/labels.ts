import type { Objective, RoleLevel, RoleTrack } from '../model/constants.ts';
import { TRANSITION_KIND_WORDS } from '../export/plan-wording.ts';

/** Words for the model's vocabularies, as the page shows them. */
export const TRACK_LABELS: Record<RoleTrack, string> = {
  'it-operations': 'IT operations',
  'software-development': 'Software development',
  'security-operations': 'Security operations',
  engineering: 'Security engineering',
  architecture: 'Security architecture',
  offensive: 'Offensive security',
  forensics: 'Forensics and incident response',
  'governance-risk-compliance': 'Governance, risk and compliance',
  management: 'Management',
  'starting-point': 'Starting point',
};

export const LEVEL_LABELS: Record<RoleLevel, string> = {
  start: 'Starting out',
  feeder: 'Feeder',
  entry: 'Entry',
  mid: 'Mid-career',
  advanced: 'Advanced',
  executive: 'Executive',
};

/** The kinds of move in the same words as every plan output. */
export const TRANSITION_KIND_LABELS = TRANSITION_KIND_WORDS;

export const OBJECTIVE_LABELS: Record<Objective, { label: string; hint: string }> = {
  fastest: { label: 'Fastest', hint: 'fewest months to the target' },
  'fewest-moves': { label: 'Fewest moves', hint: 'fewest job changes' },
  cheapest: { label: 'Cheapest', hint: 'lowest exam and degree costs' },
};

export const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
