import { useCallback, useState } from 'react';
import type { ResumeInference } from '../../export/json-resume.ts';
import type { PlannerState } from '../state/planner-state.ts';
import type { ImportReport } from './import-report.ts';
import type { ImportOutcome } from './transfer.ts';

export interface ResumeReviewApi {
  /** The résumé being reviewed; null when there is none. */
  review: { inference: ResumeInference; file: string } | null;
  show(read: Extract<ImportOutcome, { kind: 'resume' }>): ImportReport;
  /** Plans with the profile as the person corrected it. */
  use(patch: Partial<PlannerState>): void;
  discard(): void;
}

/** A résumé is only read, never applied, until the person has checked what secpath made of it. */
export function useResumeReview(update: (patch: Partial<PlannerState>) => void): ResumeReviewApi {
  const [review, setReview] = useState<ResumeReviewApi['review']>(null);
  const show = useCallback((read: Extract<ImportOutcome, { kind: 'resume' }>): ImportReport => {
    setReview({ inference: read.inference, file: read.file });
    return {
      tone: 'info',
      title: `Read ${read.file}: check it below`,
      items: ['Correct anything secpath got wrong, then press “Plan with this profile”. Your plan changes only then.'],
      focus: false,
    };
  }, []);
  const use = useCallback(
    (patch: Partial<PlannerState>) => {
      update(patch);
      setReview(null);
    },
    [update],
  );
  const discard = useCallback(() => setReview(null), []);
  return { review, show, use, discard };
}
