import type { FastifyInstance } from 'fastify';
import type { Database } from '../../../../platform/db/pool.ts';
import type { PageContextFactory } from '../../../../platform/http/page-context.ts';
import { worklistTotalsFor } from '../../../worklists/worklists.service.ts';
import { worklistsFor } from '../../home.models.ts';
import { HomeView } from './home.view.tsx';

export async function homeRoutes(app: FastifyInstance, deps: { db: Database; pageContext: PageContextFactory }) {
  app.get('/', { config: { permission: 'home:view' } }, async (request, reply) => {
    const roles = request.user?.roles.map((entry) => entry.role) ?? [];
    // Staff who work with people see how much their worklist holds; the list itself is on `/worklist`.
    const user = request.user;
    // A partner worker's list is the referrals sent to their organisation (`/partner/referrals`), not `/worklist`.
    const summary =
      user && (user.permissions.has('people:read') || user.permissions.has('referrals:partner'))
        ? await worklistTotalsFor(deps.db, user, request.i18n)
        : null;
    return reply.html(<HomeView context={deps.pageContext(request, reply)} worklists={worklistsFor(roles)} summary={summary} />);
  });
}
