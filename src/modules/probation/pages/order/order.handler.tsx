import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Permission } from '../../../../platform/auth/permissions.ts';
import { type PersonPageDeps, type PersonRequest, peopleActorOf, showPersonPage } from '../../../people/people.service.ts';
import { orderOfBreach } from '../../probation.access.ts';
import { approveBreach, recordCourtOutcome } from '../../probation.compliance.ts';
import { recordContact } from '../../probation.contacts.ts';
import { probationNotFound } from '../../probation.errors.ts';
import { addCondition, closeOrder, recordHours } from '../../probation.orders.ts';
import { activeConditionTypes } from '../../probation.reference.ts';
import { COURT_OUTCOMES } from '../../probation.tables.ts';
import { DONE_NOTICES } from '../person-tab/probation-tab.handler.tsx';
import { loadPersonProbation } from '../probation.data.ts';
import { type Body, emptyState, type FormState, readForm, refusalOf } from '../probation.form.ts';
import { readCondition, readContact } from './order.forms.ts';
import { OrderPageView } from './order.view.tsx';

type OrderParams = { Params: { id: string; orderId: string } };
type BreachParams = { Params: { id: string; breachId: string } };

/**
 * `/people/:id/probation/orders/:orderId`: one order, and the forms that change it — a condition, hours
 * worked, a contact, closing — plus the breach report's approval and the court's decision. Each form posts to
 * its own URL; a refusal shows the order page again with the message beside the field and what was typed.
 */
export async function orderPageRoutes(app: FastifyInstance, deps: PersonPageDeps) {
  const render = (request: FastifyRequest, reply: FastifyReply, orderId: string, state: FormState, status = 200) =>
    showPersonPage(deps, request as PersonRequest, reply, {
      tab: 'probation',
      status,
      details: { orderId },
      load: async (tx, person) => {
        const data = await loadPersonProbation(tx, person.id);
        const view = data.orders.find((entry) => entry.order.id === orderId);
        if (!view) throw probationNotFound();
        return { view, names: data.names, conditionTypes: await activeConditionTypes(tx) };
      },
      render: (context, header, data) => <OrderPageView context={context} header={header} data={data} state={state} />,
    });
  const read = { config: { permission: 'people:read' as Permission } };
  const supervise = { config: { permission: 'probation:supervise' as Permission } };
  const page = (params: { id: string; orderId: string }, done: string) =>
    `/people/${params.id}/probation/orders/${params.orderId}?done=${done}`;

  app.get<OrderParams & { Querystring: { done?: string } }>('/people/:id/probation/orders/:orderId', read, (request, reply) => {
    const done = request.query.done ? DONE_NOTICES[request.query.done] : undefined;
    return render(request, reply, request.params.orderId, emptyState(done ? request.i18n.t(done) : undefined));
  });

  /** Reads a form, saves it through `save`, and answers the page again with errors or a redirect with `?done=`. */
  const handle = (
    path: string,
    done: string,
    save: (request: FastifyRequest<OrderParams & { Body: Body }>, form: ReturnType<typeof readForm>) => (() => Promise<unknown>) | null,
  ) =>
    app.post<OrderParams & { Body: Body }>(`/people/:id/probation/orders/:orderId/${path}`, supervise, async (request, reply) => {
      const form = readForm(request.body, request.i18n.t);
      const work = save(request, form);
      if (!work || form.errors.length > 0)
        return render(request, reply, request.params.orderId, { errors: form.errors, values: form.values }, 400);
      const refusal = await refusalOf(work, request.i18n.t);
      if (refusal) return render(request, reply, request.params.orderId, { errors: [refusal.error], values: form.values }, refusal.status);
      return reply.redirect(page(request.params, done), 303);
    });

  const ids = (request: FastifyRequest<OrderParams>) => ({ personId: request.params.id, orderId: request.params.orderId });

  handle('conditions', 'condition', (request, form) => {
    const condition = readCondition(form, request.i18n.t);
    return condition ? () => addCondition(deps.db, peopleActorOf(request), ids(request), condition) : null;
  });

  handle('hours', 'hours', (request, form) => {
    const version = form.version();
    const hours = form.int('hours', 1, 2000);
    return hours === null ? null : () => recordHours(deps.db, peopleActorOf(request), ids(request), { version, hours });
  });

  handle('contacts', 'contact', (request, form) => {
    const contact = readContact(form, request.i18n.t);
    return contact ? () => recordContact(deps.db, peopleActorOf(request), ids(request), contact) : null;
  });

  handle('close', 'closed', (request, form) => {
    const version = form.version();
    const outcome = form.choice('closeOutcome', ['completed', 'terminated'] as const);
    const closedOn = form.date('closedOn');
    const reason = form.text('closeReason');
    if (!outcome || !closedOn || !reason) return null;
    return () => closeOrder(deps.db, peopleActorOf(request), ids(request), { version, outcome, closedOn, reason });
  });

  /** The breach forms answer on the page of the breach's order. */
  const breachForm = (
    path: string,
    permission: Permission,
    done: string,
    save: (request: FastifyRequest<BreachParams & { Body: Body }>, form: ReturnType<typeof readForm>) => (() => Promise<unknown>) | null,
  ) =>
    app.post<BreachParams & { Body: Body }>(
      `/people/:id/probation/breaches/:breachId/${path}`,
      { config: { permission } },
      async (request, reply) => {
        const orderId = await orderOfBreach(deps.db, request.params.breachId);
        if (!orderId) throw probationNotFound();
        const form = readForm(request.body, request.i18n.t);
        const work = save(request, form);
        if (!work || form.errors.length > 0) return render(request, reply, orderId, { errors: form.errors, values: form.values }, 400);
        const refusal = await refusalOf(work, request.i18n.t);
        if (refusal) return render(request, reply, orderId, { errors: [refusal.error], values: form.values }, refusal.status);
        return reply.redirect(page({ id: request.params.id, orderId }, done), 303);
      },
    );

  const breachIds = (request: FastifyRequest<BreachParams>) => ({ personId: request.params.id, breachId: request.params.breachId });

  breachForm('approve', 'breaches:approve', 'approved', (request, form) => {
    const version = form.version();
    return () => approveBreach(deps.db, peopleActorOf(request), { ...breachIds(request), version });
  });

  breachForm('outcome', 'probation:supervise', 'outcome', (request, form) => {
    const version = form.version();
    const outcome = form.choice('outcome', COURT_OUTCOMES);
    const outcomeOn = form.date('outcomeOn');
    const note = form.text('outcomeNote', { required: false });
    if (!outcome || !outcomeOn) return null;
    return () => recordCourtOutcome(deps.db, peopleActorOf(request), breachIds(request), { version, outcome, outcomeOn, note });
  });
}
