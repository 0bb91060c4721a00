import type { FastifyInstance } from 'fastify';
import type { PageContextFactory } from '../../../../platform/http/page-context.ts';
import { worklistsFor } from '../../home.models.ts';
import { HomeView } from './home.view.tsx';

export async function homeRoutes(app: FastifyInstance, deps: { pageContext: PageContextFactory }) {
  app.get('/', { config: { permission: 'home:view' } }, async (request, reply) => {
    const roles = request.user?.roles.map((entry) => entry.role) ?? [];
    return reply.html(<HomeView context={deps.pageContext(request, reply)} worklists={worklistsFor(roles)} />);
  });
}
