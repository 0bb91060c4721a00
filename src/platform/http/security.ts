import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import underPressure from '@fastify/under-pressure';
import type { FastifyInstance } from 'fastify';
import type { AppConfig } from '../config/config.ts';
import { AppError } from './errors.ts';
import { bearerTokenOf } from '../auth/api-tokens.ts';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Headers, cookies, CSRF, rate limits and back-pressure: the order matters and lives on one screen. */
export async function registerSecurity(app: FastifyInstance, config: AppConfig): Promise<void> {
  const production = config.env === 'production';
  await app.register(helmet, {
    // Strict CSP: no inline script or style anywhere; every asset comes from this origin.
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        ...(production ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    hsts: production,
    crossOriginEmbedderPolicy: false,
  });
  await app.register(cookie, { secret: config.sessionSecret });
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: production ? '__Host-kadam_csrf' : 'kadam_csrf',
    cookieOpts: { path: '/', httpOnly: true, sameSite: 'lax', secure: production, signed: true },
  });
  app.addHook('preValidation', (request, reply, done) => {
    if (!UNSAFE_METHODS.has(request.method)) return done();
    // A request carrying an API token is authenticated by that token alone (never by the cookie), and a browser
    // cannot be made to send one cross-site, so it needs no CSRF token.
    if (request.url.startsWith('/api/') && bearerTokenOf(request.headers.authorization)) return done();
    app.csrfProtection(request, reply, done);
  });
  await app.register(rateLimit, {
    max: config.rateLimitPerMinute,
    timeWindow: '1 minute',
    allowList: (request) => request.url.startsWith('/assets/') || request.url === '/ping' || request.url === '/health',
    errorResponseBuilder: () => new AppError('rate_limited', 429, 'error.rateLimited'),
  });
  await app.register(underPressure, {
    maxEventLoopDelay: config.eventLoopDelayLimitMs,
    exposeStatusRoute: false,
    pressureHandler: () => {
      throw new AppError('service_unavailable', 503, 'error.unavailable.body');
    },
  });
}
