import type { FastifyInstance } from 'fastify';
import type { Database } from '../../../../platform/db/pool.ts';
import type { PageContextFactory } from '../../../../platform/http/page-context.ts';
import { peopleActorOf, todayInBishkek } from '../../../people/people.service.ts';
import { worklistOf } from './worklist.query.ts';
import { WorklistView } from './worklist.view.tsx';

/** `/assessments/reviews`: reviews and decisions due in the user's units (`assessments:read`), audited as viewed. */
export async function worklistRoutes(app: FastifyInstance, deps: { db: Database; pageContext: PageContextFactory }) {
  app.get('/assessments/reviews', { config: { permission: 'assessments:read' } }, async (request, reply) => {
    const today = todayInBishkek();
    const items = await worklistOf(deps.db, peopleActorOf(request), today);
    return reply.html(<WorklistView context={deps.pageContext(request, reply)} items={items} today={today} />);
  });
}
