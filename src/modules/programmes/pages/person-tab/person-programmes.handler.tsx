import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  type PersonRequest,
  peopleActorOf,
  showPersonPage,
  todayInBishkek,
  unitInScope,
  withPerson,
} from '../../../people/people.service.ts';
import { enrolPerson } from '../../programmes.enrolment.ts';
import { ProgrammeRefused } from '../../programmes.errors.ts';
import { enrolmentsOfPerson, openGroupsFor } from '../../programmes.person.ts';
import type { ProgrammePageDeps } from '../programmes.pages.ts';
import { textOf } from '../form-values.ts';
import { PersonProgrammesView, type PersonProgrammesState } from './person-programmes.view.tsx';

const DONE = { enrolled: 'programmes.page.person.enrolled', waiting: 'programmes.page.person.waiting' } as const;

/**
 * The person's programmes tab: their places (enrolled, waiting with their position, ended with the outcome),
 * and — for staff who enrol in the person's unit — the open groups of their units with places left and
 * eligibility, each eligible one with an "enrol" button. Enrolling runs through `withPerson` with
 * `programmes:enrol`; a refusal comes back on the tab with its reasons and nothing saved.
 */
export async function personProgrammesRoutes(app: FastifyInstance, deps: ProgrammePageDeps) {
  const render = (request: FastifyRequest, reply: FastifyReply, state: PersonProgrammesState, status = 200) =>
    showPersonPage(deps, request as PersonRequest, reply, {
      tab: 'programmes',
      status,
      load: async (tx, person) => {
        const user = request.user!;
        const mayEnrol = user.permissions.has('programmes:enrol') && (await unitInScope(tx, user, 'programmes:enrol', person.unitId));
        return {
          enrolments: await enrolmentsOfPerson(tx, person.id),
          groups: mayEnrol ? await openGroupsFor(tx, person.id, user) : null,
        };
      },
      render: (context, header, data) => <PersonProgrammesView context={context} header={header} data={data} state={state} />,
    });

  app.get<{ Params: { id: string }; Querystring: { done?: string } }>(
    '/people/:id/programmes',
    { config: { permission: 'people:read' } },
    (request, reply) => {
      const done = request.query.done === 'enrolled' || request.query.done === 'waiting' ? DONE[request.query.done] : undefined;
      return render(request, reply, { errors: [], notice: done ? request.i18n.t(done) : undefined });
    },
  );

  app.post<{ Params: { id: string }; Body: Record<string, unknown> }>(
    '/people/:id/programmes',
    { config: { permission: 'programmes:enrol' } },
    async (request, reply) => {
      const { t } = request.i18n;
      const groupId = textOf(request.body?.groupId);
      if (groupId === '')
        return render(request, reply, { errors: [{ field: 'groupId', message: t('programmes.page.person.chooseGroup') }] }, 400);
      try {
        const result = await withPerson(
          deps.db,
          peopleActorOf(request),
          { personId: request.params.id, permission: 'programmes:enrol', action: 'programme.enrol', details: { groupId } },
          (tx) => enrolPerson(tx, { personId: request.params.id, groupId, userId: request.user!.id, today: todayInBishkek() }),
        );
        return reply.redirect(`/people/${request.params.id}/programmes?done=${result.status}`, 303);
      } catch (error) {
        if (!(error instanceof ProgrammeRefused) || error.refusal === 'not_found') throw error;
        const reasons = (error.details as { reasons?: string[] } | undefined)?.reasons ?? [];
        const message = [t(error.messageKey), ...reasons.map((key) => t(key as 'programmes.ineligible.sex'))].join(' ');
        return render(request, reply, { errors: [{ field: `group-${groupId}`, message }] }, error.status);
      }
    },
  );
}
