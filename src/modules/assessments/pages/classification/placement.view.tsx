import { CsrfField, ErrorSummary, type FieldError } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { PersonLayout, type PersonHeaderModel } from '../../../people/people.service.ts';
import { type ChallengeForm, emptyChallengeForm, type ResponseForm } from '../challenges/challenge.form.ts';
import { ChallengesSection } from '../challenges/challenges.view.tsx';
import type { ReviewDateForm } from '../reviews/review-date.form.ts';
import { ReviewDateSection } from '../reviews/review-date.view.tsx';
import { DecisionRows } from './classification.components.tsx';
import { classificationDocumentHref, DocumentLinks } from '../documents/document-links.tsx';
import { type DecisionForm, fieldsOf } from './decision.form.ts';
import { DecisionForms } from './decision.forms.view.tsx';
import type { PlacementData } from './placement.data.ts';

/** What the last form sent brought back: a notice after a saved change, or the errors and what was typed. */
export type PlacementState = {
  notice?: string | undefined;
  errors: FieldError[];
  decision?: DecisionForm;
  reviewDate?: ReviewDateForm;
  challenge?: ChallengeForm;
  response?: ResponseForm;
};
export type PlacementMay = { propose: boolean; decide: boolean; recordChallenge: boolean };

type Props = {
  context: PageContext;
  header: PersonHeaderModel;
  data: PlacementData;
  state: PlacementState;
  may: PlacementMay;
  today: string;
};

/**
 * `/people/:id/placement`: the classification in force (its review date and challenges beside it), Kadam's open
 * proposal, labelled as a proposal, with the committee's forms, and the earlier classifications.
 */
export function PlacementView({ context, header, data, state, may, today }: Props): JSX.Element {
  const { t } = context.i18n;
  const base = `/people/${header.id}/placement`;
  const { inForce, proposal } = data;
  const inForceSafeguards = inForce ? data.safeguards.get(inForce.id) : undefined;
  return (
    <PersonLayout context={context} person={header} tab="placement" title={t('assessments.classification.title')}>
      {state.notice ? (
        <div class="govuk-notification-banner govuk-notification-banner--success" role="alert" data-module="govuk-notification-banner">
          <div class="govuk-notification-banner__content">
            <p class="govuk-notification-banner__heading" safe>
              {state.notice}
            </p>
          </div>
        </div>
      ) : (
        ''
      )}
      <ErrorSummary title={t('error.summaryTitle')} errors={state.errors} />
      <h1 class="govuk-heading-l" safe>
        {t('assessments.classification.title')}
      </h1>
      {context.user?.permissions.has('placement:read') ? (
        <p class="govuk-body">
          <a class="govuk-link" href={`/people/${header.id}/cell`} safe>
            {t('placement.page.cellTitle')}
          </a>
        </p>
      ) : (
        ''
      )}
      <section class="govuk-!-margin-bottom-8" data-section="in-force">
        <h2 class="govuk-heading-m" safe>
          {t('assessments.classification.inForce')}
        </h2>
        {inForce && inForceSafeguards ? (
          <>
            <DecisionRows context={context} row={inForce} names={data.names} />
            <DocumentLinks i18n={context.i18n} href={classificationDocumentHref(header.id, inForce.id)} />
            <ReviewDateSection
              context={context}
              nextReviewDate={inForce.nextReviewDate}
              changes={inForceSafeguards.changes}
              form={
                may.decide
                  ? {
                      action: `${base}/${inForce.id}/review-date`,
                      values: state.reviewDate ?? { newDate: '', reason: '' },
                      errors: state.errors,
                    }
                  : null
              }
            />
            <ChallengesSection
              context={context}
              challenges={inForceSafeguards.challenges}
              errors={state.errors}
              record={
                may.recordChallenge
                  ? { action: `${base}/${inForce.id}/challenges`, values: state.challenge ?? emptyChallengeForm(today) }
                  : null
              }
              respond={may.decide ? { actionFor: (id) => `${base}/challenges/${id}/respond`, typed: state.response ?? null } : null}
            />
          </>
        ) : (
          <p class="govuk-body" safe>
            {t('assessments.classification.noneInForce')}
          </p>
        )}
      </section>
      {proposal ? (
        <section class="govuk-!-margin-bottom-8 kadam-proposal" data-section="proposal" data-classification-id={proposal.id}>
          <h2 class="govuk-heading-m" safe>
            {t('assessments.classification.proposalTitle')}
          </h2>
          <p class="govuk-inset-text" safe>
            {t('assessments.classification.proposalLead')}
          </p>
          <DecisionRows context={context} row={proposal} names={data.names} />
          <h3 class="govuk-heading-s" safe>
            {t('assessments.classification.proposalReasons')}
          </h3>
          <ul class="govuk-list govuk-list--bullet" data-reasons={proposal.reasons.join(' ')}>
            {proposal.reasons.map((reason) => (
              <li safe>{t(`assessments.classification.reason.${reason}`)}</li>
            ))}
          </ul>
          {may.decide ? (
            <DecisionForms
              context={context}
              action={`${base}/${proposal.id}/decide`}
              rowVersion={proposal.rowVersion}
              probationClient={data.probationClient}
              form={
                state.decision ?? { ...fieldsOf(proposal.proposal), action: '', reason: '', comment: '', rowVersion: proposal.rowVersion }
              }
              errors={state.errors}
            />
          ) : (
            ''
          )}
        </section>
      ) : (
        ''
      )}
      {may.propose ? (
        <form method="post" action={`${base}/propose`} novalidate id="propose" class="govuk-!-margin-bottom-8">
          <CsrfField token={context.csrfToken} />
          <p class="govuk-hint" safe>
            {t('assessments.classification.proposeHint')}
          </p>
          <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button" safe>
            {t('assessments.classification.propose')}
          </button>
        </form>
      ) : (
        ''
      )}
      <EarlierClassifications context={context} data={data} />
    </PersonLayout>
  );
}

/** Every earlier classification, returned proposal and superseded decision, with its challenges: the history. */
function EarlierClassifications({ context, data }: { context: PageContext; data: PlacementData }): JSX.Element {
  const { t } = context.i18n;
  return (
    <section data-section="earlier">
      <h2 class="govuk-heading-m" safe>
        {t('assessments.classification.previous')}
      </h2>
      {data.earlier.length === 0 ? (
        <p class="govuk-body" safe>
          {t('assessments.classification.noPrevious')}
        </p>
      ) : (
        data.earlier.map((row) => (
          <div class="govuk-summary-card" data-classification-id={row.id}>
            <div class="govuk-summary-card__content">
              <DecisionRows context={context} row={row} names={data.names} />
              <ChallengesSection
                context={context}
                challenges={data.safeguards.get(row.id)?.challenges ?? []}
                errors={[]}
                record={null}
                respond={null}
              />
            </div>
          </div>
        ))
      )}
    </section>
  );
}
