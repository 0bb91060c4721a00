import type { FastifyInstance } from 'fastify';
import type { Database } from '../../../platform/db/pool.ts';
import type { PageContextFactory } from '../../../platform/http/page-context.ts';
import { ensureSurvivorInScope, survivorOf } from '../people.merge.ts';
import { personNewRoutes } from './person-new/person-new.handler.tsx';
import { personEditRoutes } from './person-edit/person-edit.handler.tsx';
import { personPinRoutes } from './person-pin/person-pin.handler.tsx';
import { personMergeRoutes } from './person-merge/person-merge.handler.tsx';

type Deps = { db: Database; pageContext: PageContextFactory };

/** The person record's own pages: registration, correction, PIN change, identity documents and merges. */
export async function personRecordPageRoutes(app: FastifyInstance, deps: Deps) {
  await app.register(personNewRoutes, deps);
  await app.register(personEditRoutes, deps);
  await app.register(personPinRoutes, deps);
  await app.register(personMergeRoutes, deps);
}

/**
 * A merged record's pages lead to the record it joined, whichever module's page was asked for. Added to the
 * root instance (before the modules register) so it covers every `/people/:id…` page; it runs after the
 * sign-in and permission hook, so only signed-in staff with the page's permission are redirected, and only when
 * the surviving record is in their units: otherwise the answer is the 404 of a record they may not see, so the
 * redirect never reveals where a record outside their units went.
 */
export function redirectMergedPeople(app: FastifyInstance, deps: { db: Database }) {
  app.addHook('preHandler', async (request, reply) => {
    if (request.method !== 'GET' || !request.user || !request.routeOptions.url?.startsWith('/people/:id')) return;
    if (request.routeOptions.config.redirectsMergedPerson) return;
    const { id } = request.params as { id?: string };
    if (!id) return;
    const survivor = await survivorOf(deps.db, id);
    if (!survivor) return;
    await ensureSurvivorInScope(deps.db, request.user, id, survivor);
    return reply.redirect(request.url.replace(`/people/${id}`, `/people/${survivor}`), 303);
  });
}
