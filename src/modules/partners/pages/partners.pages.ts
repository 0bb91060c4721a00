import type { FastifyInstance } from 'fastify';
import type { Database } from '../../../platform/db/pool.ts';
import type { PageContextFactory } from '../../../platform/http/page-context.ts';
import { directoryRoutes } from './directory/directory.handler.tsx';
import { partnerEditRoutes } from './edit/partner-edit.handler.tsx';

export type PartnerPageDeps = { db: Database; pageContext: PageContextFactory };

/** The partner directory: list with filters, a partner's page, and its edit form. */
export async function partnerPageRoutes(app: FastifyInstance, deps: PartnerPageDeps) {
  await app.register(directoryRoutes, deps);
  await app.register(partnerEditRoutes, deps);
}
