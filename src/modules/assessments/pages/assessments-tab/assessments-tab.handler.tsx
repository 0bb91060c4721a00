import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FieldError } from '../../../../platform/views/components.tsx';
import { type PersonPageDeps, type PersonRequest, peopleActorOf, showPersonPage, unitInScope } from '../../../people/people.service.ts';
import { AssessmentRefused } from '../../assessments.errors.ts';
import { assessmentsOfPerson } from '../../assessments.repository.ts';
import { startAssessment } from '../../assessments.workspace.ts';
import { instrumentSummaries } from '../../instruments/instruments.repository.ts';
import { AssessmentsTabView } from './assessments-tab.view.tsx';
import { emptyStartForm, type StartForm, startFormFromBody, validateStartForm } from './start.form.ts';

type State = { form?: StartForm; errors?: FieldError[]; status?: number };

/**
 * `/people/:id/assessments`: reading needs `assessments:read` (and the person in the user's units); starting an
 * assessment needs `assessments:conduct` there. A refused start is shown again as chosen, with nothing saved.
 */
export async function assessmentsTabRoutes(app: FastifyInstance, deps: PersonPageDeps) {
  const render = (request: FastifyRequest, reply: FastifyReply, state: State) =>
    showPersonPage(deps, request as PersonRequest, reply, {
      tab: 'assessments',
      status: state.status,
      load: async (tx, person) => ({
        assessments: await assessmentsOfPerson(tx, person.id),
        instruments: (await instrumentSummaries(tx)).filter((instrument) => instrument.published_version !== null),
        mayStart: await unitInScope(tx, request.user!, 'assessments:conduct', person.unitId),
      }),
      render: (context, header, data) => (
        <AssessmentsTabView
          context={context}
          header={header}
          page={{ ...data, form: state.form ?? emptyStartForm(), errors: state.errors ?? [] }}
        />
      ),
    });

  app.get('/people/:id/assessments', { config: { permission: 'assessments:read' } }, (request, reply) => render(request, reply, {}));

  app.post<{ Params: { id: string }; Body: Record<string, unknown> }>(
    '/people/:id/assessments',
    { config: { permission: 'assessments:conduct' } },
    async (request, reply) => {
      const form = startFormFromBody(request.body ?? {});
      const { input, errors } = validateStartForm(form, request.i18n.t);
      if (!input) return render(request, reply, { form, errors, status: 400 });
      let assessmentId: string;
      try {
        assessmentId = await startAssessment(deps.db, peopleActorOf(request), request.params.id, input);
      } catch (error) {
        if (!(error instanceof AssessmentRefused) || error.refusal !== 'no_current_version') throw error;
        const refused = [{ field: 'instrumentCode', message: request.i18n.t(error.messageKey) }];
        return render(request, reply, { form, errors: refused, status: 400 });
      }
      return reply.redirect(`/people/${request.params.id}/assessments/${assessmentId}`, 303);
    },
  );
}
