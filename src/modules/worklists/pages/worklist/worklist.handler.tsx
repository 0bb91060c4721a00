import type { FastifyInstance } from 'fastify';
import type { Database } from '../../../../platform/db/pool.ts';
import type { PageContextFactory } from '../../../../platform/http/page-context.ts';
import { peopleActorOf } from '../../../people/people.service.ts';
import { worklistOf } from '../../worklists.service.ts';
import { WorklistView } from './worklist.view.tsx';

/** `/worklist`: what is due for the signed-in user, from every module that registered a worklist source. */
export async function worklistRoutes(app: FastifyInstance, deps: { db: Database; pageContext: PageContextFactory }) {
  app.get('/worklist', { config: { permission: 'people:read' } }, async (request, reply) => {
    const sections = await worklistOf(deps.db, peopleActorOf(request), request.i18n);
    return reply.html(<WorklistView context={deps.pageContext(request, reply)} sections={sections} />);
  });
}
