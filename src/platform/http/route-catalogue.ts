import type { FastifyInstance } from 'fastify';
import type { Permission } from '../auth/permissions.ts';

/** One registered route and its access rule, as the authorisation matrix and the route listing read them. */
export type CatalogedRoute = { method: string; url: string; permission: Permission | null; public: boolean };

/**
 * Records every route as it is registered, so "every protected route" is a list that cannot fall behind the
 * code: the authorisation matrix test is generated from it. Register before any route.
 */
export function registerRouteCatalogue(app: FastifyInstance): CatalogedRoute[] {
  const routes: CatalogedRoute[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      routes.push({
        method,
        url: route.url,
        permission: route.config?.permission ?? null,
        public: route.config?.public === true || route.url.startsWith('/assets/'),
      });
    }
  });
  app.decorate('routeCatalogue', routes);
  return routes;
}
