import type { FastifyInstance } from 'fastify';
import { type PersonPageDeps, peopleActorOf, todayInBishkek } from '../../../people/people.service.ts';
import { recordChallenge, respondToChallenge } from '../../challenges.ts';
import { changeReviewDate } from '../../review-dates.ts';
import { refusalOf } from '../assessment/refusal-errors.ts';
import { challengeFormOf, challengeInputOf, responseFormOf, responseInputOf } from '../challenges/challenge.form.ts';
import { REVIEW_DATE_REFUSAL_FIELDS, reviewDateFormOf, reviewDateInputOf } from '../reviews/review-date.form.ts';
import { ensureUuid, renderPlacement } from './placement.render.tsx';

type Body = Record<string, unknown>;

/**
 * The safeguards of the classification in force, on the placement tab: moving its review date (a reason is
 * required; `classification:decide`), writing down the person's challenge (`assessments:conduct`) and the
 * committee's response with its outcome (`classification:decide`). A refused form comes back as typed.
 */
export async function classificationSafeguardRoutes(app: FastifyInstance, deps: PersonPageDeps) {
  app.post<{ Params: { id: string; classificationId: string }; Body: Body }>(
    '/people/:id/placement/:classificationId/review-date',
    { config: { permission: 'classification:decide' } },
    async (request, reply) => {
      const { id, classificationId } = request.params;
      ensureUuid(classificationId);
      const { t } = request.i18n;
      const form = reviewDateFormOf(request.body ?? {});
      const { input, problems } = reviewDateInputOf(form);
      const again = (errors: { field: string; message: string }[], status: number) =>
        renderPlacement(deps, request, reply, { errors, reviewDate: form }, status);
      if (!input)
        return again(
          problems.map((problem) => ({ field: problem.field, message: t(problem.key) })),
          400,
        );
      const refused = await refusalOf(() =>
        changeReviewDate(deps.db, peopleActorOf(request), id, { subject: 'classification', subjectId: classificationId, ...input }),
      );
      if (refused)
        return again(
          [{ field: REVIEW_DATE_REFUSAL_FIELDS[refused.refusal] ?? 'review-date', message: t(refused.messageKey) }],
          refused.status,
        );
      return reply.redirect(`/people/${id}/placement?done=reviewDate`, 303);
    },
  );

  app.post<{ Params: { id: string; classificationId: string }; Body: Body }>(
    '/people/:id/placement/:classificationId/challenges',
    { config: { permission: 'assessments:conduct' } },
    async (request, reply) => {
      const { id, classificationId } = request.params;
      ensureUuid(classificationId);
      const { t } = request.i18n;
      const form = challengeFormOf(request.body ?? {});
      const { input, problems } = challengeInputOf(form, todayInBishkek());
      if (!input) {
        const errors = problems.map((problem) => ({ field: problem.field, message: t(problem.key) }));
        return renderPlacement(deps, request, reply, { errors, challenge: form }, 400);
      }
      await recordChallenge(deps.db, peopleActorOf(request), id, { subject: 'classification', subjectId: classificationId, ...input });
      return reply.redirect(`/people/${id}/placement?done=challenge`, 303);
    },
  );

  app.post<{ Params: { id: string; challengeId: string }; Body: Body }>(
    '/people/:id/placement/challenges/:challengeId/respond',
    { config: { permission: 'classification:decide' } },
    async (request, reply) => {
      const { id, challengeId } = request.params;
      ensureUuid(challengeId);
      const { t } = request.i18n;
      const form = responseFormOf(request.body ?? {}, challengeId);
      const { input, problems } = responseInputOf(form);
      const again = (errors: { field: string; message: string }[], status: number) =>
        renderPlacement(deps, request, reply, { errors, response: form }, status);
      if (!input)
        return again(
          problems.map((problem) => ({ field: problem.field, message: t(problem.key) })),
          400,
        );
      const refused = await refusalOf(() => respondToChallenge(deps.db, peopleActorOf(request), id, challengeId, input));
      if (refused) return again([{ field: `response-${challengeId}`, message: t(refused.messageKey) }], refused.status);
      return reply.redirect(`/people/${id}/placement?done=response`, 303);
    },
  );
}
