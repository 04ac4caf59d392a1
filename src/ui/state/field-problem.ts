import type { ExperienceKind } from '../../model/constants.ts';
import type { PlannerField, PlannerState } from './planner-state.ts';

/** A value in a link or in storage that could not be used as it was. */
export interface FieldProblem {
  field: PlannerField;
  /** For years of experience: which kind was wrong (the others are kept). */
  kind?: ExperienceKind;
  /** The field in words ("Education", "Years of IT experience"): never a parameter name or an id. */
  where: string;
  /** What was wrong and what was expected. */
  text: string;
  /** True when part of the value was still used (known certifications, valid years). */
  partlyUsed?: boolean;
}

/** What was read from one place: the usable values and what was wrong with the rest. */
export interface ReadState {
  /** Whether the place held planner state at all. */
  present: boolean;
  /** Whether any field of it could be used (a link with none leaves the plan as it was). */
  usable?: boolean;
  values: Partial<PlannerState>;
  problems: FieldProblem[];
  /** Set when nothing could be read (not JSON, another format version...). */
  unreadable?: string;
  /** Remarks about the whole record that did not stop it being read. */
  remarks?: string[];
}
