import { ErrorSummary, type FieldError } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { PersonLayout, type PersonHeaderModel } from '../../../people/people.service.ts';
import type { AssessmentAnswers } from '../../assessments.answers.ts';
import type { loadAssessment } from '../../assessments.workspace.ts';
import { AnswersView } from './answers.view.tsx';
import { SummaryRow } from './fields.view.tsx';
import { missingErrors } from './refusal-errors.ts';
import { CorrectFormView, DecisionSummary, ReviewFormView } from './review.view.tsx';
import type { ReviewForm } from './review.form.ts';
import { StatusTag } from './status-tag.tsx';
import { assessmentDocumentHref, DocumentLinks } from '../documents/document-links.tsx';

export type Workspace = Awaited<ReturnType<typeof loadAssessment>>;

export type WorkspacePage = {
  workspace: Workspace;
  /** What the fields show: the saved answers, or what the user typed when their post was refused. */
  answers: AssessmentAnswers;
  rowVersion: number;
  review: ReviewForm;
  errors: FieldError[];
  notice?: string | undefined;
  may: { conduct: boolean; review: boolean };
};

/**
 * `/people/:id/assessments/:assessmentId`: which instrument and version, where the assessment is in its workflow
 * and how it got there; the rules' advice (labelled as advice); what is still missing; the answers; and the
 * second person's decision or forms, as the user's permissions and the assessment's status allow.
 */
export function WorkspaceView({ context, header, page }: { context: PageContext; header: PersonHeaderModel; page: WorkspacePage }) {
  const { t, locale, formatDateTime } = context.i18n;
  const { assessment, steps, missing, advice, previous } = page.workspace;
  const definition = assessment.version.definition;
  const base = `/people/${header.id}/assessments/${assessment.id}`;
  const open = assessment.status === 'draft' || assessment.status === 'returned';
  const errorFor = (field: string) => page.errors.find((error) => error.field === field)?.message;
  const reviewer = [...steps].reverse().find((step) => step.action === 'approve' || step.action === 'override')?.actorName;
  const title = t('assessments.page.heading', { instrument: definition.name[locale], version: assessment.version.version });
  return (
    <PersonLayout context={context} person={header} tab="assessments" title={title}>
      {page.notice ? (
        <div class="govuk-notification-banner govuk-notification-banner--success" role="alert" data-module="govuk-notification-banner">
          <div class="govuk-notification-banner__content">
            <p class="govuk-notification-banner__heading" safe>
              {page.notice}
            </p>
          </div>
        </div>
      ) : (
        ''
      )}
      <ErrorSummary title={t('error.summaryTitle')} errors={page.errors} />
      <h1 class="govuk-heading-l" safe>
        {title}
      </h1>
      <p class="govuk-body">
        <StatusTag context={context} status={assessment.status} />
      </p>
      <dl class="govuk-summary-list">
        <SummaryRow label={t('assessments.page.reason')} value={t(`assessments.label.reason.${assessment.reason}`)} empty="—" />
        <SummaryRow label={t('assessments.page.assessor')} value={steps.find((step) => step.action === 'start')?.actorName} empty="—" />
        <SummaryRow label={t('assessments.page.started')} value={formatDateTime(assessment.createdAt)} empty="—" />
      </dl>
      {assessment.correctsId ? (
        <p class="govuk-body">
          <a class="govuk-link" href={`/people/${header.id}/assessments/${assessment.correctsId}`} safe>
            {t('assessments.page.correctionLink')}
          </a>
        </p>
      ) : (
        ''
      )}
      <DocumentLinks i18n={context.i18n} href={assessmentDocumentHref(header.id, assessment.id)} />
      <h2 class="govuk-heading-m" safe>
        {t('assessments.page.history')}
      </h2>
      <ol class="govuk-list govuk-list--number" id="history">
        {steps.map((step) => (
          <li>
            <span safe>{`${t(`assessments.label.step.${step.action as 'start'}`)} — ${step.actorName}, ${formatDateTime(step.at)}`}</span>
            {step.comment ? (
              <p class="govuk-body-s govuk-!-margin-bottom-0 kadam-preserve-lines" safe>
                {step.comment}
              </p>
            ) : (
              ''
            )}
          </li>
        ))}
      </ol>
      {advice ? (
        <div class="govuk-inset-text" id="advice" data-advice-rule={advice.code}>
          <h2 class="govuk-heading-s" safe>
            {t('assessments.page.advice.title')}
          </h2>
          <p class="govuk-body" safe>
            {advice.advice[locale]}
          </p>
          <p class="govuk-body-s" safe>
            {t('assessments.page.advice.body')}
          </p>
        </div>
      ) : (
        ''
      )}
      {open ? <MissingList context={context} workspace={page.workspace} missing={missing} /> : ''}
      <DecisionSummary context={context} assessment={assessment} reviewer={reviewer} />
      <p class="govuk-body" data-link="safeguards">
        <a class="govuk-link" href={`${base}/safeguards`} safe>
          {t('assessments.challenge.pageTitle')}
        </a>
      </p>
      <AnswersView
        context={context}
        definition={definition}
        answers={page.answers}
        previous={previous?.answers ?? null}
        editable={open && page.may.conduct}
        errorFor={errorFor}
        action={base}
        rowVersion={page.rowVersion}
      />
      {assessment.status === 'submitted' && page.may.review ? (
        <ReviewFormView context={context} action={`${base}/review`} assessment={assessment} form={page.review} errorFor={errorFor} />
      ) : (
        ''
      )}
      {assessment.status === 'approved' && page.may.conduct ? (
        <CorrectFormView context={context} action={`${base}/correct`} rowVersion={assessment.rowVersion} />
      ) : (
        ''
      )}
    </PersonLayout>
  );
}

function MissingList(props: { context: PageContext; workspace: Workspace; missing: Workspace['missing'] }) {
  const { t } = props.context.i18n;
  const items = missingErrors(props.workspace.assessment.version.definition, props.missing, props.context.i18n);
  return (
    <div class="govuk-!-margin-bottom-6" id="missing">
      <h2 class="govuk-heading-m" safe>
        {t('assessments.page.missing.title')}
      </h2>
      {items.length === 0 ? (
        <p class="govuk-body" safe>
          {t('assessments.page.missing.none')}
        </p>
      ) : (
        <ul class="govuk-list govuk-list--bullet">
          {items.map((item) => (
            <li>
              <a class="govuk-link" href={`#${item.field}`} safe>
                {item.message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
