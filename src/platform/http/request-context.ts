import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppConfig } from '../config/config.ts';
import type { Database } from '../db/pool.ts';
import { resolveSession } from '../auth/sessions.ts';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locales.ts';
import { createI18n, type MessageTable } from '../i18n/translator.ts';
import { LANGUAGE_COOKIE, sessionCookie } from './cookies.ts';
import { AppError, unauthorised } from './errors.ts';
import { isApiRequest } from './error-handler.tsx';
import { PASSWORD_PAGE } from '../auth/pages/password/password.handler.tsx';

/**
 * Per request: the language first (so even a 503 page is in the user's language), then the signed-in user,
 * then the route's access rule. Routes say `config: { public: true }` or `config: { permission: '…' }`.
 */
export function registerRequestContext(app: FastifyInstance, deps: { db: Database; messages: MessageTable; config: AppConfig }) {
  const cookie = sessionCookie(deps.config);
  const i18nByLocale = new Map<Locale, ReturnType<typeof createI18n>>();
  const i18nFor = (locale: Locale) => {
    let i18n = i18nByLocale.get(locale);
    if (!i18n) {
      i18n = createI18n(deps.messages, locale);
      i18nByLocale.set(locale, i18n);
    }
    return i18n;
  };

  app.decorateRequest('i18n', null as never);
  app.decorateRequest('user', null);
  app.decorateRequest('sessionExpired', false);
  app.decorateReply('html', function (markup: JSX.Element, status = 200) {
    return Promise.resolve(markup).then((html) => this.status(status).type('text/html; charset=utf-8').send(html));
  });

  app.addHook('onRequest', async (request) => {
    const preferred = request.cookies[LANGUAGE_COOKIE];
    request.i18n = i18nFor(isLocale(preferred) ? preferred : DEFAULT_LOCALE);
  });

  app.addHook('preHandler', async (request, reply) => {
    const config = request.routeOptions.config;
    const token = request.cookies[cookie.name];
    if (token && !isStaticAsset(request)) {
      const lookup = await resolveSession(deps.db, token);
      if (lookup.status === 'active') {
        request.user = lookup.user;
        request.i18n = i18nFor(lookup.user.locale);
      } else {
        request.sessionExpired = lookup.status === 'expired';
        reply.clearCookie(cookie.name, { path: '/' });
      }
    }
    if (config.public || isStaticAsset(request)) return;
    if (!request.user) {
      if (isApiRequest(request)) throw unauthorised();
      const returnTo = encodeURIComponent(request.url);
      const expired = request.sessionExpired ? '&expired=1' : '';
      return reply.redirect(`/sign-in?returnTo=${returnTo}${expired}`, 303);
    }
    // A temporary password must be replaced before anything else (sign-out and language stay public).
    if (request.user.mustChangePassword && request.routeOptions.url !== PASSWORD_PAGE) {
      if (isApiRequest(request)) throw new AppError('password_change_required', 403, 'auth.password.forced');
      return reply.redirect(PASSWORD_PAGE, 303);
    }
    if (config.permission && !request.user.permissions.has(config.permission)) {
      throw new AppError('forbidden', 403, 'error.forbidden.title', { permission: config.permission });
    }
  });
}

function isStaticAsset(request: FastifyRequest): boolean {
  return request.url.startsWith('/assets/');
}
