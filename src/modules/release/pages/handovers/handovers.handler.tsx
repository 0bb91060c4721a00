import type { FastifyInstance } from 'fastify';
import { authorise } from '../../../../platform/access/authorise.ts';
import { auditActorOf } from '../../../../platform/audit/audit.service.ts';
import type { PersonPageDeps } from '../../../people/people.service.ts';
import { todayInBishkek } from '../../../people/people.service.ts';
import { handoverQueue } from '../../release.queues.ts';
import { HandoversView } from './handovers.view.tsx';

const SIDES = {
  outgoing: { permission: 'release:prepare', title: 'release.list.outgoing' },
  incoming: { permission: 'handover:acknowledge', title: 'release.list.incoming' },
} as const;

/**
 * The handovers of one side, overdue first: what the user's prisons must send (`outgoing`), and what the
 * user's probation offices receive or are still waiting for (`incoming`). The list view is audited.
 */
export async function handoverListRoutes(app: FastifyInstance, deps: PersonPageDeps) {
  for (const side of ['outgoing', 'incoming'] as const) {
    const { permission, title } = SIDES[side];
    app.get(`/release/handovers/${side}`, { config: { permission } }, async (request, reply) => {
      const today = todayInBishkek();
      const items = await deps.db.transaction(async (tx) => {
        await authorise(tx, {
          actor: request.user!,
          audit: auditActorOf(request),
          permission,
          action: 'release.handovers.list',
          details: { side },
        });
        return handoverQueue(tx, request.user!, side, today);
      });
      return reply.html(<HandoversView context={deps.pageContext(request, reply)} side={side} title={title} items={items} />);
    });
  }
}
