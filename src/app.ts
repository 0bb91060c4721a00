import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import formbody from '@fastify/formbody';
import fastifyStatic from '@fastify/static';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import type { AppDependencies } from './dependencies.ts';
import './platform/http/fastify-types.ts';
import { registerSecurity } from './platform/http/security.ts';
import { registerRequestContext } from './platform/http/request-context.ts';
import { registerErrorHandling } from './platform/http/error-handler.tsx';
import { createPageContextFactory } from './platform/http/page-context.ts';
import { registerApiDocs } from './platform/http/api-docs.ts';
import { registerRouteCatalogue } from './platform/http/route-catalogue.ts';
import { registerMetrics } from './platform/health/metrics.ts';
import { healthRoutes } from './platform/health/health.routes.ts';
import { signInRoutes } from './platform/auth/pages/sign-in/sign-in.handler.tsx';
import { languageRoutes } from './platform/auth/pages/language/language.handler.ts';
import { passwordRoutes } from './platform/auth/pages/password/password.handler.tsx';
import { enrolRoutes } from './platform/auth/pages/two-factor/enrol.handler.tsx';
import { secondStepRoutes } from './platform/auth/pages/two-factor/second-step.handler.tsx';
import { breakGlassRoutes } from './platform/access/pages/break-glass/break-glass.handler.tsx';
import { breakGlassReviewRoutes } from './platform/access/pages/break-glass-review/break-glass-review.handler.tsx';
import { NAVIGATION, registerModules } from './routes.ts';

export const PUBLIC_ASSETS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../public/assets');

/** The whole plugin and hook order, on one screen. */
export async function createApp(deps: AppDependencies): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger as unknown as FastifyBaseLogger,
    bodyLimit: deps.config.bodyLimit,
    trustProxy: deps.config.trustProxy,
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    routerOptions: { ignoreTrailingSlash: true },
  });
  registerRouteCatalogue(app);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // While closing, answers in flight ask the client to drop the connection, so a keep-alive socket cannot hold
  // the shutdown open after its last response.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (closing) reply.header('connection', 'close');
  });

  const pageContext = createPageContextFactory(NAVIGATION);
  const metrics = registerMetrics(app);
  await registerSecurity(app, deps.config);
  await app.register(formbody);
  await app.register(fastifyStatic, {
    root: PUBLIC_ASSETS_DIR,
    prefix: '/assets/',
    maxAge: deps.config.env === 'production' ? '1d' : 0,
  });
  const ensureLanguage = registerRequestContext(app, deps);
  registerErrorHandling(app, { pageContext, bodyLimit: deps.config.bodyLimit, db: deps.db, ensureLanguage });
  await registerApiDocs(app, deps.buildInfo);

  await app.register(healthRoutes, { db: deps.db, metrics, buildInfo: deps.buildInfo });
  await app.register(signInRoutes, { ...deps, pageContext });
  await app.register(languageRoutes, deps);
  await app.register(passwordRoutes, { ...deps, pageContext });
  await app.register(secondStepRoutes, { ...deps, pageContext });
  await app.register(enrolRoutes, { ...deps, pageContext });
  await app.register(breakGlassRoutes, { ...deps, pageContext });
  await app.register(breakGlassReviewRoutes, { ...deps, pageContext });
  await registerModules(app, { ...deps, pageContext });
  return app;
}
