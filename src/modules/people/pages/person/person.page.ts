import type { FastifyReply, FastifyRequest } from 'fastify';
import { auditActorOf } from '../../../../platform/audit/audit.service.ts';
import type { Permission } from '../../../../platform/auth/permissions.ts';
import type { Database, Executor } from '../../../../platform/db/pool.ts';
import type { PageContextFactory } from '../../../../platform/http/page-context.ts';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { type PeopleActor, type PersonRow, withPerson } from '../../people.access.ts';
import { loadPersonHeader, type PersonHeaderModel } from '../person-header.ts';
import { type PersonTab, personTabHref } from '../person-layout.tsx';
import { ensureSurvivorInScope } from '../../people.merge.ts';

export type PersonPageDeps = { db: Database; pageContext: PageContextFactory };
export type PersonRequest = FastifyRequest<{ Params: { id: string } }>;

export const peopleActorOf = (request: FastifyRequest): PeopleActor => ({ user: request.user!, audit: auditActorOf(request) });

/**
 * Shows one tab of a person's record: read through `withPerson` (permission, scope, break-glass, and the
 * `person.view` audit event with the tab), header band included. A record merged into another answers 303 to
 * the same tab of the survivor, so old links and bookmarks keep working.
 */
export async function showPersonPage<T>(
  deps: PersonPageDeps,
  request: PersonRequest,
  reply: FastifyReply,
  page: {
    tab: PersonTab;
    details?: Record<string, unknown>;
    /** What reading this tab needs (default `people:read`); a module's tab asks for its own, e.g. `casenotes:read`. */
    permission?: Permission;
    load: (tx: Executor, person: PersonRow) => Promise<T>;
    render: (context: PageContext, header: PersonHeaderModel, data: T) => JSX.Element;
    status?: number;
  },
): Promise<FastifyReply> {
  const result = await withPerson(
    deps.db,
    peopleActorOf(request),
    {
      personId: request.params.id,
      permission: page.permission ?? 'people:read',
      action: 'person.view',
      details: { tab: page.tab, ...page.details },
    },
    async (tx, person) => {
      if (person.mergedIntoId) {
        await ensureSurvivorInScope(tx, request.user!, person.id, person.mergedIntoId);
        return { merged: true as const, survivorId: person.mergedIntoId };
      }
      return { merged: false as const, header: await loadPersonHeader(tx, person), data: await page.load(tx, person) };
    },
  );
  if (result.merged) return reply.redirect(personTabHref(result.survivorId, page.tab), 303);
  return reply.html(page.render(deps.pageContext(request, reply), result.header, result.data), page.status ?? 200);
}
