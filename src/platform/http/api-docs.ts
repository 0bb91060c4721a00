import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { BuildInfo } from '../health/build-info.ts';

/** OpenAPI 3.1 generated from the zod schemas of every `/api/v1` route, served at `/api/docs`. */
export async function registerApiDocs(app: FastifyInstance, buildInfo: BuildInfo): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Kadam API',
        version: buildInfo.version,
        description:
          'JSON API of Kadam. Errors are `{ "error": { "code", "message", "details" } }` with the message in the ' +
          "caller's language; unknown fields are rejected; bodies over the limit answer 413.",
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'kadam_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
    hideUntagged: false,
  });
  app.get('/api/docs', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
}
