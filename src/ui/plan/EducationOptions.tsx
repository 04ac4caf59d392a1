import { EDUCATION_LEVEL_LABELS, EDUCATION_LEVELS } from '../../model/constants.ts';
import { capitalize } from '../labels.ts';

/** The education levels as the options of a select, lowest first. */
export function EducationOptions() {
  return (
    <>
      {EDUCATION_LEVELS.map((level) => (
        <option key={level} value={level}>
          {capitalize(EDUCATION_LEVEL_LABELS[level])}
        </option>
      ))}
    </>
  );
}
