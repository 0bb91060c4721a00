import type { FastifyInstance } from 'fastify';
import type { Database } from '../../../../platform/db/pool.ts';
import type { PageContextFactory } from '../../../../platform/http/page-context.ts';
import { accreditationPageRoutes } from '../accreditations/accreditations.handler.tsx';
import { transparencyPageRoutes } from '../transparency/transparency.handler.tsx';
import { instrumentDraftPageRoutes } from './instrument-draft.handler.tsx';
import { instrumentLifecyclePageRoutes } from './instrument-lifecycle.handler.tsx';
import { instrumentPageRoutes } from './instruments.handler.tsx';

/**
 * The instrument pages: administration (instruments:manage), accreditations (accreditations:manage) and the
 * transparency records every signed-in user may read.
 */
export async function instrumentAdminPageRoutes(app: FastifyInstance, deps: { db: Database; pageContext: PageContextFactory }) {
  await app.register(instrumentPageRoutes, deps);
  await app.register(instrumentDraftPageRoutes, deps);
  await app.register(instrumentLifecyclePageRoutes, deps);
  await app.register(accreditationPageRoutes, deps);
  await app.register(transparencyPageRoutes, deps);
}
