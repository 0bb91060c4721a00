import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authorise } from '../../../../platform/access/authorise.ts';
import { auditActorOf } from '../../../../platform/audit/audit.service.ts';
import type { Database } from '../../../../platform/db/pool.ts';
import type { PageContextFactory } from '../../../../platform/http/page-context.ts';
import type { FieldError } from '../../../../platform/views/components.tsx';
import { peopleActorOf, todayInBishkek } from '../../../people/people.service.ts';
import { isUuid } from '../../probation.access.ts';
import { allocateOrder, setCapacity } from '../../probation.allocation.ts';
import { probationNotFound } from '../../probation.errors.ts';
import { type Body, readForm, refusalOf } from '../probation.form.ts';
import { loadAllocation } from './allocation.data.ts';
import { AllocationView } from './allocation.view.tsx';

type Deps = { db: Database; pageContext: PageContextFactory };
const NOTICES = { allocated: 'probation.done.allocated', capacity: 'probation.done.capacity' } as const;

/**
 * The manager's caseload view and allocation (`probation:allocate`): the page is audited as
 * `probation.allocation.view`; allocating runs through the order's person (scope, audit), capacity through
 * `authorise`. A refusal shows the page again with its message.
 */
export async function allocationRoutes(app: FastifyInstance, deps: Deps) {
  const config = { config: { permission: 'probation:allocate' as const } };
  const render = async (request: FastifyRequest, reply: FastifyReply, errors: FieldError[], status = 200, notice?: string) => {
    const data = await deps.db.transaction(async (tx) => {
      await authorise(tx, {
        actor: request.user!,
        audit: auditActorOf(request),
        permission: 'probation:allocate',
        action: 'probation.allocation.view',
      });
      return loadAllocation(tx, request.user!, todayInBishkek());
    });
    return reply.html(<AllocationView context={deps.pageContext(request, reply)} data={data} errors={errors} notice={notice} />, status);
  };

  app.get<{ Querystring: { done?: string } }>('/probation/allocation', config, (request, reply) => {
    const done = request.query.done === 'allocated' || request.query.done === 'capacity' ? NOTICES[request.query.done] : undefined;
    return render(request, reply, [], 200, done ? request.i18n.t(done) : undefined);
  });

  app.post<{ Params: { orderId: string }; Body: Body }>('/probation/orders/:orderId/allocate', config, async (request, reply) => {
    const form = readForm(request.body, request.i18n.t);
    const version = form.version();
    const officerId = form.text('officerId', { max: 40 });
    if (!isUuid(request.params.orderId)) throw probationNotFound();
    if (!officerId || !isUuid(officerId)) {
      const field = `order-${request.params.orderId}`;
      return render(request, reply, [{ field, message: request.i18n.t('probation.allocation.chooseOfficer') }], 400);
    }
    const refusal = await refusalOf(
      () => allocateOrder(deps.db, peopleActorOf(request), { orderId: request.params.orderId, officerId, version }),
      request.i18n.t,
    );
    if (refusal) return render(request, reply, [{ ...refusal.error, field: `order-${request.params.orderId}` }], refusal.status);
    return reply.redirect('/probation/allocation?done=allocated', 303);
  });

  app.post<{ Params: { userId: string }; Body: Body }>('/probation/officers/:userId/capacity', config, async (request, reply) => {
    const form = readForm(request.body, request.i18n.t);
    const capacity = form.int('capacity', 1, 500);
    if (!isUuid(request.params.userId)) throw probationNotFound();
    if (capacity === null)
      return render(
        request,
        reply,
        form.errors.map((error) => ({ ...error, field: `capacity-${request.params.userId}` })),
        400,
      );
    await setCapacity(deps.db, peopleActorOf(request), { userId: request.params.userId, capacity });
    return reply.redirect('/probation/allocation?done=capacity', 303);
  });
}
