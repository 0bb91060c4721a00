import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { MessageKey } from '../../../../platform/i18n/catalog.ts';
import type { FieldError } from '../../../../platform/views/components.tsx';
import { type PersonPageDeps, type PersonRequest, peopleActorOf, showPersonPage, unitInScope } from '../../../people/people.service.ts';
import type { AssessmentAnswers } from '../../assessments.answers.ts';
import { correctAssessment, reviewAssessment, submitAssessment } from '../../assessments.decisions.ts';
import { AssessmentRefused } from '../../assessments.errors.ts';
import { loadAssessment, saveDraft } from '../../assessments.workspace.ts';
import { WorkspaceView } from './assessment.view.tsx';
import { refusalErrors, refusalOf } from './refusal-errors.ts';
import { emptyReviewForm, type ReviewForm, reviewDecisionOf, reviewFormFromBody } from './review.form.ts';
import { rowVersionFromBody, tooLongFields, workspaceFormFromBody } from './workspace.form.ts';

type Params = { id: string; assessmentId: string };
type Request = FastifyRequest<{ Params: Params; Body: Record<string, unknown> }>;
type State = {
  answers?: AssessmentAnswers;
  rowVersion?: number;
  review?: ReviewForm;
  errors?: FieldError[];
  refusal?: { error: AssessmentRefused; anchor: string };
  notice?: MessageKey;
  status?: number;
};

const DONE: Record<string, MessageKey> = {
  saved: 'assessments.page.saved',
  submitted: 'assessments.page.submitted',
  approve: 'assessments.review.done.approve',
  return: 'assessments.review.done.return',
  override: 'assessments.review.done.override',
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The assessment workspace and its workflow: `GET` shows it (`assessments:read`); the form posts save or submit
 * and the autosave posts save (`assessments:conduct`); the reviewer posts a decision (`assessments:review`);
 * an approved one is corrected by a new linked draft (`assessments:conduct`). Every refusal is shown in the
 * user's language with what they typed kept and nothing saved; a stale save never overwrites.
 */
export async function assessmentWorkspaceRoutes(app: FastifyInstance, deps: PersonPageDeps) {
  const show = async (request: FastifyRequest, reply: FastifyReply, state: State) => {
    const { id, assessmentId } = request.params as Params;
    const workspace = await loadAssessment(deps.db, peopleActorOf(request), id, assessmentId);
    const { assessment } = workspace;
    const definition = assessment.version.definition;
    const refused = state.refusal ? refusalErrors(state.refusal.error, definition, request.i18n, state.refusal.anchor) : [];
    return showPersonPage(deps, request as PersonRequest, reply, {
      tab: 'assessments',
      details: { assessment: assessment.id },
      status: state.status ?? state.refusal?.error.status,
      load: async (tx, person) => ({
        conduct: await unitInScope(tx, request.user!, 'assessments:conduct', person.unitId),
        review: await unitInScope(tx, request.user!, 'assessments:review', person.unitId),
      }),
      render: (context, header, may) => (
        <WorkspaceView
          context={context}
          header={header}
          page={{
            workspace,
            answers: state.answers ?? assessment.answers,
            rowVersion: state.rowVersion ?? assessment.rowVersion,
            review: state.review ?? emptyReviewForm(assessment.rowVersion),
            errors: [...(state.errors ?? []), ...refused],
            notice: state.notice ? context.i18n.t(state.notice) : undefined,
            may,
          }}
        />
      ),
    });
  };
  const base = (request: Request) => `/people/${request.params.id}/assessments/${request.params.assessmentId}`;
  // An id that cannot be an assessment's is absent, like any other: 404 before anything reads the database.
  const knownId = async (request: FastifyRequest) => {
    if (!UUID.test((request.params as Params).assessmentId)) throw new AssessmentRefused('not_found', 404);
  };
  const conduct = { config: { permission: 'assessments:conduct' as const }, preHandler: knownId };

  app.get<{ Params: Params; Querystring: { done?: string } }>(
    '/people/:id/assessments/:assessmentId',
    { config: { permission: 'assessments:read' }, preHandler: knownId },
    (request, reply) => show(request, reply, { notice: DONE[request.query.done ?? ''] }),
  );

  app.post<{ Params: Params; Body: Record<string, unknown> }>('/people/:id/assessments/:assessmentId', conduct, async (request, reply) => {
    const body = request.body ?? {};
    const { answers, rowVersion } = workspaceFormFromBody(body);
    const tooLong = tooLongFields(answers);
    if (tooLong.length > 0) {
      const errors = tooLong.map(({ field, max }) => ({ field, message: request.i18n.t('assessments.page.tooLong', { max }) }));
      return show(request, reply, { answers, rowVersion, errors, status: 400 });
    }
    const actor = peopleActorOf(request);
    const submit = body.intent === 'submit';
    // After a save the row has moved on: a refused submit is shown with the new version so the next save works.
    let current = rowVersion;
    const refusal = await refusalOf(async () => {
      current = await saveDraft(deps.db, actor, request.params.id, request.params.assessmentId, answers, rowVersion);
      if (submit) await submitAssessment(deps.db, actor, request.params.id, request.params.assessmentId, current);
    });
    if (refusal) return show(request, reply, { answers, rowVersion: current, refusal: { error: refusal, anchor: 'workspace' } });
    return reply.redirect(`${base(request)}?done=${submit ? 'submitted' : 'saved'}`, 303);
  });

  app.post<{ Params: Params; Body: Record<string, unknown> }>(
    '/people/:id/assessments/:assessmentId/autosave',
    conduct,
    async (request, reply) => {
      const { answers, rowVersion } = workspaceFormFromBody(request.body ?? {});
      const [tooLong] = tooLongFields(answers);
      if (tooLong) return reply.code(400).send({ error: request.i18n.t('assessments.page.tooLong', { max: tooLong.max }) });
      try {
        const saved = await saveDraft(deps.db, peopleActorOf(request), request.params.id, request.params.assessmentId, answers, rowVersion);
        return await reply.send({ rowVersion: saved });
      } catch (error) {
        if (!(error instanceof AssessmentRefused) || error.refusal === 'not_found') throw error;
        return reply.code(error.status).send({ error: request.i18n.t(error.messageKey) });
      }
    },
  );

  app.post<{ Params: Params; Body: Record<string, unknown> }>(
    '/people/:id/assessments/:assessmentId/review',
    { config: { permission: 'assessments:review' }, preHandler: knownId },
    async (request, reply) => {
      const form = reviewFormFromBody(request.body ?? {});
      const decision = reviewDecisionOf(form);
      if (!decision) {
        const errors = [{ field: 'decision', message: request.i18n.t('assessments.review.decisionRequired') }];
        return show(request, reply, { review: form, errors, status: 400 });
      }
      const { id, assessmentId } = request.params;
      const refusal = await refusalOf(() => reviewAssessment(deps.db, peopleActorOf(request), id, assessmentId, form.rowVersion, decision));
      if (refusal) return show(request, reply, { review: form, refusal: { error: refusal, anchor: 'review' } });
      return reply.redirect(`${base(request)}?done=${decision.action}`, 303);
    },
  );

  app.post<{ Params: Params; Body: Record<string, unknown> }>(
    '/people/:id/assessments/:assessmentId/correct',
    conduct,
    async (request, reply) => {
      const { id, assessmentId } = request.params;
      let draftId = '';
      const refusal = await refusalOf(async () => {
        draftId = await correctAssessment(deps.db, peopleActorOf(request), id, assessmentId, rowVersionFromBody(request.body ?? {}));
      });
      if (refusal) return show(request, reply, { refusal: { error: refusal, anchor: 'correct' } });
      return reply.redirect(`/people/${id}/assessments/${draftId}`, 303);
    },
  );
}
