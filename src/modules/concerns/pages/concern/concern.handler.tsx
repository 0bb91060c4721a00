import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FieldError } from '../../../../platform/views/components.tsx';
import {
  type PeopleActor,
  type PersonPageDeps,
  type PersonRequest,
  peopleActorOf,
  showPersonPage,
} from '../../../people/people.service.ts';
import { ConcernRefused, concernRefusalOf } from '../../concerns.errors.ts';
import { closeConcern, decideConcern, makePlan, recordFindings, reviewConcern, triageConcern } from '../../concerns.loop.ts';
import { type ConcernStep, STEPS } from '../../concerns.workflow.ts';
import type { Database } from '../../../../platform/db/pool.ts';
import { rowVersionOf } from '../form-values.ts';
import { loadConcernPage } from './concern.data.ts';
import { ConcernLeadView } from './concern-lead.view.tsx';
import { ConcernReporterView } from './concern-reporter.view.tsx';
import { type StepInput, type StepValues, stepValuesOf, validateStep } from './step.form.ts';

type Params = { id: string; concernId: string };
export type StepState = { step?: ConcernStep; values?: StepValues; errors?: FieldError[]; status?: number; done?: string };

const isStep = (value: string): value is ConcernStep => Object.hasOwn(STEPS, value);

/** Runs a checked step through the concern loop's service. */
function runStep(db: Database, actor: PeopleActor, target: { personId: string; concernId: string; rowVersion: number }, input: StepInput) {
  switch (input.step) {
    case 'triage':
      return triageConcern(db, actor, { ...target, outcome: input.outcome, note: input.note });
    case 'investigate':
      return recordFindings(db, actor, { ...target, findings: input.findings });
    case 'decide':
      return decideConcern(db, actor, { ...target, ...input });
    case 'plan':
      return makePlan(db, actor, { ...target, actions: input.actions, reviewDate: input.reviewDate });
    case 'review':
      return reviewConcern(db, actor, { ...target, summary: input.summary, nextReviewDate: input.nextReviewDate });
    case 'close':
      return closeConcern(db, actor, { ...target, reason: input.reason });
  }
}

/**
 * `/people/:id/concerns/:concernId`: the concern's page (`concerns:report`; what it shows depends on whether the
 * reader leads the concern loop over the person's unit), and the forms of the steps open to it
 * (`/people/:id/concerns/:concernId/<step>`, `concerns:manage`). A refused step is shown again as typed.
 */
export async function concernPageRoutes(app: FastifyInstance, deps: PersonPageDeps) {
  const show = (request: FastifyRequest<{ Params: Params }>, reply: FastifyReply, state: StepState) =>
    showPersonPage(deps, request as unknown as PersonRequest, reply, {
      tab: 'concerns',
      permission: 'concerns:report',
      details: { concernId: request.params.concernId },
      status: state.status,
      load: (tx, person) => loadConcernPage(tx, request.user!, person, request.params.concernId),
      render: (context, header, data) =>
        data.isLead ? (
          <ConcernLeadView context={context} header={header} data={data} state={state} />
        ) : (
          <ConcernReporterView context={context} header={header} data={data} done={state.done} />
        ),
    });

  app.get<{ Params: Params; Querystring: { done?: string } }>(
    '/people/:id/concerns/:concernId',
    { config: { permission: 'concerns:report' } },
    (request, reply) => show(request, reply, { done: typeof request.query.done === 'string' ? request.query.done : undefined }),
  );

  app.post<{ Params: Params & { step: string }; Body: Record<string, unknown> }>(
    '/people/:id/concerns/:concernId/:step',
    { config: { permission: 'concerns:manage' } },
    async (request, reply) => {
      const { step } = request.params;
      if (!isStep(step)) throw new ConcernRefused('not_found', 404);
      const body = request.body ?? {};
      const values = stepValuesOf(step, body);
      const { input, errors } = validateStep(step, values, request.i18n.t);
      if (!input) return show(request, reply, { step, values, errors, status: 400 });
      const target = { personId: request.params.id, concernId: request.params.concernId, rowVersion: rowVersionOf(body) };
      const refusal = await concernRefusalOf(() => runStep(deps.db, peopleActorOf(request), target, input));
      if (refusal) {
        const anchor = Object.keys(values)[0] ?? 'step';
        // After a stale refusal the page shows the concern as it now is; the form keeps what was typed.
        return show(request, reply, {
          step,
          values,
          errors: [{ field: anchor, message: request.i18n.t(refusal.messageKey) }],
          status: refusal.status,
        });
      }
      return reply.redirect(`/people/${request.params.id}/concerns/${request.params.concernId}?done=${step}`, 303);
    },
  );
}
