import type { FieldError } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { ReviewDateForm } from '../reviews/review-date.form.ts';
import { ReviewDateSection } from '../reviews/review-date.view.tsx';
import { type ChallengeForm, emptyChallengeForm, type ResponseForm } from './challenge.form.ts';
import { ChallengesSection } from './challenges.view.tsx';
import type { Safeguards } from './safeguards.data.ts';

/** Who may do what beside an assessment: move its review date, write down a challenge, answer one. */
export type AssessmentSafeguardsMay = { changeReviewDate: boolean; recordChallenge: boolean; respond: boolean };

export type AssessmentSafeguardsProps = {
  context: PageContext;
  personId: string;
  assessment: { id: string; status: string; nextReviewDate: string | null };
  /** From `safeguardsOf(tx, 'assessment', id)` (challenges/safeguards.data.ts), read in the page's transaction. */
  safeguards: Safeguards;
  may: AssessmentSafeguardsMay;
  today: string;
  errors?: FieldError[];
  typed?: { reviewDate?: ReviewDateForm; challenge?: ChallengeForm; response?: ResponseForm };
};

/**
 * An assessment's review date (with its changes) and the person's challenges (with responses and outcomes),
 * for the assessment page. Only an approved assessment has a review date that can be moved; the challenges
 * are shown at every stage. Its forms post to `/people/:id/assessments/:assessmentId/review-date` and
 * `…/challenges`; a refused form comes back on `…/safeguards` with the errors and what was typed.
 */
export function AssessmentSafeguards(props: AssessmentSafeguardsProps): JSX.Element {
  const { context, assessment, safeguards, may, typed } = props;
  const errors = props.errors ?? [];
  const base = `/people/${props.personId}/assessments/${assessment.id}`;
  const approved = assessment.status === 'approved';
  return (
    <div data-section="assessment-safeguards">
      {approved || safeguards.changes.length > 0 ? (
        <ReviewDateSection
          context={context}
          nextReviewDate={assessment.nextReviewDate}
          changes={safeguards.changes}
          form={
            approved && may.changeReviewDate
              ? { action: `${base}/review-date`, values: typed?.reviewDate ?? { newDate: '', reason: '' }, errors }
              : null
          }
        />
      ) : (
        ''
      )}
      <ChallengesSection
        context={context}
        challenges={safeguards.challenges}
        errors={errors}
        record={may.recordChallenge ? { action: `${base}/challenges`, values: typed?.challenge ?? emptyChallengeForm(props.today) } : null}
        respond={may.respond ? { actionFor: (id) => `${base}/challenges/${id}/respond`, typed: typed?.response ?? null } : null}
      />
    </div>
  );
}
