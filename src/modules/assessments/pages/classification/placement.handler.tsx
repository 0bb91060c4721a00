import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { MessageKey } from '../../../../platform/i18n/catalog.ts';
import { type PersonPageDeps, peopleActorOf, todayInBishkek } from '../../../people/people.service.ts';
import { decideClassification, requestProposal } from '../../classification.decisions.ts';
import { classifications } from '../../classification.tables.ts';
import { refusalOf } from '../assessment/refusal-errors.ts';
import { decisionFormOf, decisionOf, type MissingField } from './decision.form.ts';
import { DONE, ensureUuid, renderPlacement, UUID } from './placement.render.tsx';

type Body = Record<string, unknown>;
type Params = { id: string; classificationId: string };

/** Where a refusal of the decision is shown: at the box to fill in, or at the forms as a whole. */
const DECISION_REFUSAL_FIELDS: Record<string, string> = { reason_required: 'overrideReason', comment_required: 'returnComment' };

/**
 * `/people/:id/placement`: reading needs `assessments:read`; asking Kadam for a proposal `assessments:conduct`;
 * the committee's decision, a review-date change and the answer to a challenge `classification:decide`. Every
 * write goes through the classification services, which check the scope and audit it in the same transaction.
 */
export async function placementRoutes(app: FastifyInstance, deps: PersonPageDeps) {
  app.get<{ Params: { id: string }; Querystring: { done?: string } }>(
    '/people/:id/placement',
    { config: { permission: 'assessments:read' } },
    (request, reply) => {
      const done = request.query.done ? DONE[request.query.done] : undefined;
      return renderPlacement(deps, request, reply, { notice: done ? request.i18n.t(done) : undefined, errors: [] });
    },
  );

  app.post<{ Params: { id: string } }>(
    '/people/:id/placement/propose',
    { config: { permission: 'assessments:conduct' } },
    async (request, reply) => {
      const refused = await refusalOf(() => requestProposal(deps.db, peopleActorOf(request), request.params.id));
      if (refused)
        return renderPlacement(
          deps,
          request,
          reply,
          { errors: [{ field: 'propose', message: request.i18n.t(refused.messageKey) }] },
          refused.status,
        );
      return reply.redirect(`/people/${request.params.id}/placement?done=proposed`, 303);
    },
  );

  app.post<{ Params: Params; Body: Body }>(
    '/people/:id/placement/:classificationId/decide',
    { config: { permission: 'classification:decide' } },
    async (request, reply) => {
      const { id, classificationId } = request.params;
      ensureUuid(classificationId);
      const { t, formatDate } = request.i18n;
      const form = decisionFormOf(request.body ?? {});
      const probationClient = await isForProbationClient(deps, id, classificationId);
      const alertReason = t('assessments.classification.alertReason', { date: formatDate(todayInBishkek()) });
      const { decision, missing } = decisionOf(form, probationClient, alertReason);
      if (!decision) {
        const errors = missing.map((field) => ({
          field,
          message: t('assessments.classification.fieldRequired', { field: t(FIELD_LABELS[field]) }),
        }));
        return renderPlacement(deps, request, reply, { errors, decision: form }, 400);
      }
      const refused = await refusalOf(() =>
        decideClassification(deps.db, peopleActorOf(request), id, classificationId, form.rowVersion, decision),
      );
      if (refused) {
        const field = DECISION_REFUSAL_FIELDS[refused.refusal] ?? 'decide';
        return renderPlacement(
          deps,
          request,
          reply,
          { errors: [{ field, message: t(refused.messageKey) }], decision: form },
          refused.status,
        );
      }
      return reply.redirect(`/people/${id}/placement?done=${decision.action}`, 303);
    },
  );
}

const FIELD_LABELS: Record<MissingField, MessageKey> = {
  category: 'assessments.classification.category',
  violence: 'assessments.classification.risk.violence',
  influence: 'assessments.classification.risk.influence',
  vulnerability: 'assessments.classification.risk.vulnerability',
  reoffending: 'assessments.classification.risk.reoffending',
  placement: 'assessments.classification.placement',
  intensity: 'assessments.classification.intensity',
};

/**
 * Whether the proposal being decided is a probation client's (it names an intensity, not a placement): which
 * field the override form requires. Only that is read here; the decision itself is authorised by the service.
 */
async function isForProbationClient(deps: PersonPageDeps, personId: string, classificationId: string): Promise<boolean> {
  if (!UUID.test(personId)) return false;
  const [row] = await deps.db
    .select({ proposal: classifications.proposal })
    .from(classifications)
    .where(and(eq(classifications.id, classificationId), eq(classifications.personId, personId)));
  return row !== undefined && row.proposal.intensity !== null;
}
