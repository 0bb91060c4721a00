import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SessionUser } from '../../../../platform/auth/sessions.ts';
import type { Executor } from '../../../../platform/db/pool.ts';
import { ErrorSummary, type FieldError } from '../../../../platform/views/components.tsx';
import {
  type PersonPageDeps,
  PersonLayout,
  type PersonRequest,
  type PersonRow,
  peopleActorOf,
  showPersonPage,
  todayInBishkek,
  unitInScope,
} from '../../../people/people.service.ts';
import { AssessmentRefused } from '../../assessments.errors.ts';
import { assessmentOf } from '../../assessments.repository.ts';
import { recordChallenge, respondToChallenge } from '../../challenges.ts';
import { changeReviewDate } from '../../review-dates.ts';
import { refusalOf } from '../assessment/refusal-errors.ts';
import { DONE, ensureUuid } from '../classification/placement.render.tsx';
import { REVIEW_DATE_REFUSAL_FIELDS, reviewDateFormOf, reviewDateInputOf } from '../reviews/review-date.form.ts';
import { AssessmentSafeguards, type AssessmentSafeguardsProps } from './assessment-safeguards.view.tsx';
import { challengeFormOf, challengeInputOf, responseFormOf, responseInputOf } from './challenge.form.ts';
import { safeguardsOf } from './safeguards.data.ts';

type Body = Record<string, unknown>;
type Params = { id: string; assessmentId: string };
type State = { notice?: string | undefined; errors: FieldError[]; typed?: AssessmentSafeguardsProps['typed'] };

/** What the assessment page needs to show `AssessmentSafeguards`, read in its own audited transaction. */
export async function assessmentSafeguardsOf(tx: Executor, user: SessionUser, person: PersonRow, assessmentId: string) {
  return {
    safeguards: await safeguardsOf(tx, 'assessment', assessmentId),
    may: {
      changeReviewDate: await unitInScope(tx, user, 'assessments:review', person.unitId),
      recordChallenge: await unitInScope(tx, user, 'assessments:conduct', person.unitId),
      respond: await unitInScope(tx, user, 'assessments:review', person.unitId),
    },
  };
}

function render(deps: PersonPageDeps, request: FastifyRequest<{ Params: Params }>, reply: FastifyReply, state: State, status?: number) {
  const { assessmentId } = request.params;
  ensureUuid(assessmentId);
  const today = todayInBishkek();
  return showPersonPage(deps, request as unknown as PersonRequest, reply, {
    tab: 'assessments',
    status,
    details: { assessment: assessmentId, section: 'safeguards' },
    load: async (tx, person) => {
      const assessment = await assessmentOf(tx, person.id, assessmentId);
      if (!assessment) throw new AssessmentRefused('not_found', 404);
      return { assessment, ...(await assessmentSafeguardsOf(tx, request.user!, person, assessmentId)) };
    },
    render: (context, header, data) => {
      const { t, locale } = context.i18n;
      return (
        <PersonLayout context={context} person={header} tab="assessments" title={t('assessments.challenge.pageTitle')}>
          <a class="govuk-back-link" href={`/people/${header.id}/assessments/${assessmentId}`} safe>
            {t('assessments.challenge.back')}
          </a>
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
          <span class="govuk-caption-l" safe>
            {data.assessment.instrument.name[locale]}
          </span>
          <h1 class="govuk-heading-l" safe>
            {t('assessments.challenge.pageTitle')}
          </h1>
          <AssessmentSafeguards
            context={context}
            personId={header.id}
            assessment={data.assessment}
            safeguards={data.safeguards}
            may={data.may}
            today={today}
            errors={state.errors}
            typed={state.typed}
          />
        </PersonLayout>
      );
    },
  });
}

/**
 * Beside an assessment: `GET …/safeguards` shows its review date and challenges (`assessments:read`); moving the
 * date and answering a challenge need `assessments:review`, writing a challenge down `assessments:conduct`.
 */
export async function assessmentSafeguardRoutes(app: FastifyInstance, deps: PersonPageDeps) {
  const base = '/people/:id/assessments/:assessmentId';
  const done = (params: Params, what: string) => `/people/${params.id}/assessments/${params.assessmentId}/safeguards?done=${what}`;

  app.get<{ Params: Params; Querystring: { done?: string } }>(
    `${base}/safeguards`,
    { config: { permission: 'assessments:read' } },
    (request, reply) => {
      const notice = request.query.done ? DONE[request.query.done] : undefined;
      return render(deps, request, reply, { notice: notice ? request.i18n.t(notice) : undefined, errors: [] });
    },
  );

  app.post<{ Params: Params; Body: Body }>(
    `${base}/review-date`,
    { config: { permission: 'assessments:review' } },
    async (request, reply) => {
      ensureUuid(request.params.assessmentId);
      const { t } = request.i18n;
      const form = reviewDateFormOf(request.body ?? {});
      const again = (errors: FieldError[], status: number) => render(deps, request, reply, { errors, typed: { reviewDate: form } }, status);
      const { input, problems } = reviewDateInputOf(form);
      if (!input)
        return again(
          problems.map((problem) => ({ field: problem.field, message: t(problem.key) })),
          400,
        );
      const subject = { subject: 'assessment' as const, subjectId: request.params.assessmentId, ...input };
      const refused = await refusalOf(() => changeReviewDate(deps.db, peopleActorOf(request), request.params.id, subject));
      if (refused)
        return again(
          [{ field: REVIEW_DATE_REFUSAL_FIELDS[refused.refusal] ?? 'review-date', message: t(refused.messageKey) }],
          refused.status,
        );
      return reply.redirect(done(request.params, 'reviewDate'), 303);
    },
  );

  app.post<{ Params: Params; Body: Body }>(
    `${base}/challenges`,
    { config: { permission: 'assessments:conduct' } },
    async (request, reply) => {
      ensureUuid(request.params.assessmentId);
      const form = challengeFormOf(request.body ?? {});
      const { input, problems } = challengeInputOf(form, todayInBishkek());
      if (!input) {
        const errors = problems.map((problem) => ({ field: problem.field, message: request.i18n.t(problem.key) }));
        return render(deps, request, reply, { errors, typed: { challenge: form } }, 400);
      }
      const subject = { subject: 'assessment' as const, subjectId: request.params.assessmentId, ...input };
      await recordChallenge(deps.db, peopleActorOf(request), request.params.id, subject);
      return reply.redirect(done(request.params, 'challenge'), 303);
    },
  );

  app.post<{ Params: Params & { challengeId: string }; Body: Body }>(
    `${base}/challenges/:challengeId/respond`,
    { config: { permission: 'assessments:review' } },
    async (request, reply) => {
      const { challengeId } = request.params;
      ensureUuid(challengeId);
      const form = responseFormOf(request.body ?? {}, challengeId);
      const again = (errors: FieldError[], status: number) => render(deps, request, reply, { errors, typed: { response: form } }, status);
      const { input, problems } = responseInputOf(form);
      if (!input)
        return again(
          problems.map((problem) => ({ field: problem.field, message: request.i18n.t(problem.key) })),
          400,
        );
      const refused = await refusalOf(() => respondToChallenge(deps.db, peopleActorOf(request), request.params.id, challengeId, input));
      if (refused) return again([{ field: `response-${challengeId}`, message: request.i18n.t(refused.messageKey) }], refused.status);
      return reply.redirect(done(request.params, 'response'), 303);
    },
  );
}
