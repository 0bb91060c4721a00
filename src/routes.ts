import type { FastifyInstance } from 'fastify';
import type { NavigationItem } from './platform/views/navigation.ts';
import type { AppDependencies } from './dependencies.ts';
import type { PageContextFactory } from './platform/http/page-context.ts';
import { homeRoutes } from './modules/home/pages/home/home.handler.tsx';
import { referenceApiRoutes } from './modules/reference/reference.routes.ts';
import { referencePageRoutes } from './modules/reference/pages/reference.pages.tsx';

/** Every module's navigation entries, in menu order. Each is shown only to users with its permission. */
export const NAVIGATION: readonly NavigationItem[] = [
  { href: '/', labelKey: 'nav.home', permission: 'home:view' },
  { href: '/reference', labelKey: 'nav.reference', permission: 'reference:read' },
];

/** Every module's registration, in one list. */
export async function registerModules(app: FastifyInstance, deps: AppDependencies & { pageContext: PageContextFactory }) {
  await app.register(homeRoutes, deps);
  await app.register(referencePageRoutes, deps);
  await app.register(referenceApiRoutes, { ...deps, prefix: '/api/v1' });
}
