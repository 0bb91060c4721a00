import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FieldError } from '../../../../platform/views/components.tsx';
import { notFound } from '../../../../platform/http/errors.ts';
import { addAlert, AlertInputError, listAlerts, removeAlert } from '../../people.alerts.ts';
import { todayInBishkek } from '../../people.models.ts';
import { unitInScope } from '../../people.scope.ts';
import { type PersonSearchResult, searchPeople } from '../../people.search.ts';
import type { PeopleActor } from '../../people.access.ts';
import { type PersonPageDeps, type PersonRequest, peopleActorOf, showPersonPage } from '../person/person.page.ts';
import { alertFormValues, type AlertFormValues, emptyAlertForm, isUuid, validateAlertForm, validateRemoval } from './alert-form.ts';
import { type AlertsPage, AlertsView } from './alerts.view.tsx';

type Body = Record<string, unknown>;
type State = Partial<Pick<AlertsPage, 'form' | 'candidates' | 'removal' | 'errors' | 'notice'>> & { status?: number };
const DONE = { added: 'people.page.alerts.added', removed: 'people.page.alerts.removedNotice' } as const;

/**
 * `/people/:id/alerts`: reading needs `people:read`; adding and removing need `people:alerts`, a reason, and are
 * audited (`person.alert.add`, `person.alert.remove`) in the transaction that saves them. A refused form is
 * shown again as typed, with nothing saved.
 */
export async function personAlertRoutes(app: FastifyInstance, deps: PersonPageDeps) {
  const render = (request: FastifyRequest, reply: FastifyReply, state: State) => {
    const today = todayInBishkek();
    return showPersonPage(deps, request as PersonRequest, reply, {
      tab: 'alerts',
      status: state.status,
      load: async (tx, person) => ({
        alerts: await listAlerts(tx, person.id),
        mayChange: await unitInScope(tx, request.user!, 'people:alerts', person.unitId),
      }),
      render: (context, header, data) => (
        <AlertsView
          context={context}
          header={header}
          page={{
            ...data,
            today,
            form: state.form ?? emptyAlertForm(today),
            candidates: state.candidates ?? null,
            removal: state.removal ?? null,
            errors: state.errors ?? [],
            notice: state.notice,
          }}
        />
      ),
    });
  };

  app.get<{ Querystring: { done?: string } }>('/people/:id/alerts', { config: { permission: 'people:read' } }, (request, reply) => {
    const done = request.query.done === 'added' || request.query.done === 'removed' ? DONE[request.query.done] : undefined;
    return render(request, reply, { notice: done ? request.i18n.t(done) : undefined });
  });

  const config = { permission: 'people:alerts' } as const;

  app.post<{ Params: { id: string }; Body: Body }>('/people/:id/alerts', { config }, async (request, reply) => {
    const body = request.body ?? {};
    const form = alertFormValues(body);
    const actor = peopleActorOf(request);
    if (body.step === 'find') return render(request, reply, { form, candidates: await candidates(deps, actor, form) });
    const { t } = request.i18n;
    const { input, errors } = validateAlertForm(form, t, todayInBishkek());
    // The name search is run again so that the person chosen from it is still there to choose.
    const again = async (found: FieldError[]) =>
      render(request, reply, { form, errors: found, status: 400, candidates: await candidates(deps, actor, form) });
    if (!input) return again(errors);
    try {
      await addAlert(deps.db, actor, request.params.id, input);
    } catch (error) {
      if (error instanceof AlertInputError) return again([{ field: error.field, message: t(error.problem) }]);
      throw error;
    }
    return reply.redirect(`/people/${request.params.id}/alerts?done=added`, 303);
  });

  app.post<{ Params: { id: string; alertId: string }; Body: Body }>(
    '/people/:id/alerts/:alertId/remove',
    { config },
    async (request, reply) => {
      const { id, alertId } = request.params;
      if (!isUuid(alertId)) throw notFound('people.alert_not_found');
      const { t } = request.i18n;
      const { reason, errors } = validateRemoval(request.body ?? {}, t);
      const field = `removalReason-${alertId}`;
      const again = (found: FieldError[]) =>
        render(request, reply, { removal: { alertId, reason }, errors: found.map((error) => ({ ...error, field })), status: 400 });
      if (errors.length > 0) return again(errors);
      try {
        await removeAlert(deps.db, peopleActorOf(request), id, alertId, reason);
      } catch (error) {
        if (error instanceof AlertInputError) return again([{ field, message: t(error.problem) }]);
        throw error;
      }
      return reply.redirect(`/people/${id}/alerts?done=removed`, 303);
    },
  );
}

/** People in the user's units whose names match, for choosing the other person; the search is audited as such. */
async function candidates(deps: PersonPageDeps, actor: PeopleActor, form: AlertFormValues): Promise<PersonSearchResult[] | undefined> {
  const name = form.relatedName.trim();
  if (name === '') return undefined;
  return (await searchPeople(deps.db, actor, { name })).people;
}
