import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type PersonPageDeps, type PersonRequest, peopleActorOf, showPersonPage } from '../../../people/people.service.ts';
import { proposalFor, recordViolation, type ViolationInput } from '../../probation.compliance.ts';
import { probationNotFound } from '../../probation.errors.ts';
import { ordersOfPerson } from '../../probation.person.ts';
import { activeConditionTypes } from '../../probation.reference.ts';
import type { Severity } from '../../probation.response.ts';
import { RESPONSES, VIOLATION_SEVERITIES } from '../../probation.tables.ts';
import { readCondition } from '../order/order.forms.ts';
import { type Body, emptyState, type FormState, readForm, refusalOf } from '../probation.form.ts';
import { ViolationView } from './violation.view.tsx';

type Params = { Params: { id: string; orderId: string } };
type Facts = { severity: Severity; occurredOn: string } | null;

/**
 * `/people/:id/probation/orders/:orderId/violations/new` (`probation:supervise`). The first post checks what
 * happened and shows the proposed response; the second (`step=decide`) saves the violation and the decision.
 */
export async function violationRoutes(app: FastifyInstance, deps: PersonPageDeps) {
  const render = (request: FastifyRequest<Params>, reply: FastifyReply, facts: Facts, state: FormState, status = 200) =>
    showPersonPage(deps, request as unknown as PersonRequest, reply, {
      tab: 'probation',
      permission: 'probation:supervise',
      status,
      details: { orderId: request.params.orderId, form: 'probation.violation' },
      load: async (tx, person) => {
        const order = (await ordersOfPerson(tx, person.id)).find((entry) => entry.id === request.params.orderId);
        if (!order) throw probationNotFound();
        const orderTitle = `${request.i18n.t(`probation.kind.${order.kind}`)} — ${order.typeName[request.i18n.locale]}`;
        const proposal = facts ? await proposalFor(tx, order.id, facts.severity, facts.occurredOn) : null;
        return { orderTitle, conditionTypes: await activeConditionTypes(tx), proposal };
      },
      render: (context, header, data) => (
        <ViolationView context={context} header={header} orderId={request.params.orderId} data={data} state={state} />
      ),
    });
  const config = { config: { permission: 'probation:supervise' as const } };
  const url = '/people/:id/probation/orders/:orderId/violations/new';

  app.get<Params>(url, config, (request, reply) => render(request, reply, null, emptyState()));

  app.post<Params & { Body: Body }>(url, config, async (request, reply) => {
    const { t } = request.i18n;
    const form = readForm(request.body, t);
    const occurredOn = form.date('occurredOn');
    const severity = form.choice('severity', VIOLATION_SEVERITIES);
    const description = form.text('description');
    const evidence = form.text('evidence');
    const evidenceReference = form.text('evidenceReference', { required: false, max: 300 });
    const facts = occurredOn && severity ? { occurredOn, severity } : null;
    if (form.errors.length > 0 || !facts || !description || !evidence)
      return render(request, reply, null, { errors: form.errors, values: form.values }, 400);
    if (request.body?.step !== 'decide') return render(request, reply, facts, { errors: [], values: form.values });
    const response = form.choice('response', RESPONSES);
    const responseReasons = form.text('responseReasons');
    const overrideReason = form.text('overrideReason', { required: false });
    const condition = response === 'additional_condition' ? readCondition(form, t) : null;
    if (form.errors.length > 0 || !response || !responseReasons)
      return render(request, reply, facts, { errors: form.errors, values: form.values }, 400);
    const input: ViolationInput = {
      ...facts,
      description,
      evidence,
      evidenceReference,
      response,
      responseReasons,
      overrideReason,
      condition,
    };
    let breach: string | null = null;
    const refusal = await refusalOf(async () => {
      breach = (
        await recordViolation(deps.db, peopleActorOf(request), { personId: request.params.id, orderId: request.params.orderId }, input)
      ).breachId;
    }, t);
    if (refusal) return render(request, reply, facts, { errors: [refusal.error], values: form.values }, refusal.status);
    return reply.redirect(
      `/people/${request.params.id}/probation/orders/${request.params.orderId}?done=${breach ? 'breach' : 'violation'}`,
      303,
    );
  });
}
