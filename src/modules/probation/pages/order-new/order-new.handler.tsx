import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type PersonPageDeps, type PersonRequest, peopleActorOf, showPersonPage } from '../../../people/people.service.ts';
import { isUuid } from '../../probation.access.ts';
import { createOrder, type OrderInput } from '../../probation.orders.ts';
import { activeConditionTypes, listProbationTypes } from '../../probation.reference.ts';
import { officersInScope, officesOf } from '../../probation.scope.ts';
import { ORDER_KINDS, PROBATION_TYPES } from '../../probation.tables.ts';
import { type Body, emptyState, type FormState, readForm, refusalOf } from '../probation.form.ts';
import { NewOrderView } from './order-new.view.tsx';

type Params = { Params: { id: string } };

/**
 * `/people/:id/probation/orders/new` (`probation:supervise`): opens an order. Bad input comes back on the form
 * with every problem beside its field and what was typed; the order and its conditions are saved together.
 */
export async function newOrderRoutes(app: FastifyInstance, deps: PersonPageDeps) {
  const render = (request: FastifyRequest, reply: FastifyReply, state: FormState, status = 200) =>
    showPersonPage(deps, request as PersonRequest, reply, {
      tab: 'probation',
      permission: 'probation:supervise',
      status,
      details: { form: 'probation.order.new' },
      load: async (tx, person) => {
        const user = request.user!;
        const offices = await officesOf(tx, user);
        const self = { id: user.id, displayName: user.displayName };
        return {
          types: await listProbationTypes(tx),
          offices,
          officers: user.permissions.has('probation:allocate') ? await officersInScope(tx, user) : [self],
          conditions: await activeConditionTypes(tx),
          defaultOffice: offices.some((office) => office.id === person.unitId) ? person.unitId : '',
        };
      },
      render: (context, header, options) => <NewOrderView context={context} header={header} options={options} state={state} />,
    });
  const config = { config: { permission: 'probation:supervise' as const } };

  app.get<Params>('/people/:id/probation/orders/new', config, (request, reply) => render(request, reply, emptyState()));

  app.post<Params & { Body: Body }>('/people/:id/probation/orders/new', config, async (request, reply) => {
    const { t } = request.i18n;
    const form = readForm(request.body, t);
    const kind = form.choice('kind', ORDER_KINDS);
    const input = {
      probationType: form.choice('probationType', PROBATION_TYPES),
      kind,
      court: form.text('court', { max: 300 }),
      orderedOn: form.date('orderedOn'),
      startsOn: form.date('startsOn'),
      endsOn: form.date('endsOn'),
      officeId: form.text('officeId', { max: 40 }),
      officerId: form.text('officerId', { required: false, max: 40 }),
      hoursOwed: form.int('hoursOwed', 1, 2000, { required: kind === 'community_service' }),
      conditionCodes: form.list('conditionCodes'),
      freeCondition: form.text('freeCondition', { required: false }),
    };
    if (kind !== null && kind !== 'community_service' && input.hoursOwed !== null)
      form.fail('hoursOwed', t('probation.order.hoursOnlyCommunity'));
    if (input.orderedOn && input.startsOn && input.startsOn < input.orderedOn)
      form.fail('startsOn', t('probation.order.startsBeforeOrdered'));
    if (input.startsOn && input.endsOn && input.endsOn < input.startsOn) form.fail('endsOn', t('probation.order.endsBeforeStart'));
    if (input.officeId && !isUuid(input.officeId)) form.fail('officeId', t('probation.form.choose'));
    if (input.officerId && !isUuid(input.officerId)) form.fail('officerId', t('probation.form.choose'));
    const known = new Set((await activeConditionTypes(deps.db)).map((condition) => condition.code));
    if (input.conditionCodes.some((code) => !known.has(code))) form.fail('conditionCodes', t('probation.form.choose'));
    if (form.errors.length > 0) return render(request, reply, { errors: form.errors, values: form.values }, 400);
    let orderId = '';
    const refusal = await refusalOf(async () => {
      orderId = await createOrder(deps.db, peopleActorOf(request), request.params.id, input as OrderInput);
    }, t);
    if (refusal) return render(request, reply, { errors: [refusal.error], values: form.values }, refusal.status);
    return reply.redirect(`/people/${request.params.id}/probation/orders/${orderId}?done=created`, 303);
  });
}
