import type { FastifyInstance } from 'fastify';
import type { Database } from '../../../platform/db/pool.ts';
import type { PageContextFactory } from '../../../platform/http/page-context.ts';
import { apiTokenPageRoutes } from './api-tokens/api-tokens.handler.tsx';
import { rolePageRoutes } from './roles/roles.handler.tsx';
import { unitPageRoutes } from './units/units.handler.tsx';
import { userPageRoutes } from './users/user.handler.tsx';
import { userListPageRoutes } from './users/users.handler.tsx';

/** Every administration page: units, users, roles and API tokens, each behind its own permission. */
export async function adminPageRoutes(app: FastifyInstance, deps: { db: Database; pageContext: PageContextFactory }) {
  await app.register(unitPageRoutes, deps);
  await app.register(userListPageRoutes, deps);
  await app.register(userPageRoutes, deps);
  await app.register(rolePageRoutes, deps);
  await app.register(apiTokenPageRoutes, deps);
}
