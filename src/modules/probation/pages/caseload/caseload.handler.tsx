import type { FastifyInstance } from 'fastify';
import { authorise } from '../../../../platform/access/authorise.ts';
import { auditActorOf } from '../../../../platform/audit/audit.service.ts';
import type { Database } from '../../../../platform/db/pool.ts';
import type { PageContextFactory } from '../../../../platform/http/page-context.ts';
import { todayInBishkek } from '../../../people/people.service.ts';
import { caseloadOf } from '../../probation.caseload.ts';
import { CaseloadView } from './caseload.view.tsx';

/**
 * `/probation/caseload` (`probation:supervise`): the signed-in officer's own orders. The list names people, so
 * its view is audited (`probation.caseload.view`) with how many cases it showed.
 */
export async function caseloadRoutes(app: FastifyInstance, deps: { db: Database; pageContext: PageContextFactory }) {
  app.get('/probation/caseload', { config: { permission: 'probation:supervise' } }, async (request, reply) => {
    const cases = await deps.db.transaction(async (tx) => {
      const rows = await caseloadOf(tx, request.user!.id, todayInBishkek());
      await authorise(tx, {
        actor: request.user!,
        audit: auditActorOf(request),
        permission: 'probation:supervise',
        action: 'probation.caseload.view',
        details: { cases: rows.length },
      });
      return rows;
    });
    return reply.html(<CaseloadView context={deps.pageContext(request, reply)} cases={cases} />);
  });
}
