import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppConfig } from '../config/config.ts';
import type { Database } from '../db/pool.ts';
import { resolveSession } from '../auth/sessions.ts';
import { bearerTokenOf, resolveApiToken } from '../auth/api-tokens.ts';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locales.ts';
import { createI18n, type MessageTable } from '../i18n/translator.ts';
import { LANGUAGE_COOKIE, sessionCookie } from './cookies.ts';
import { AppError, unauthorised } from './errors.ts';
import { isApiRequest } from './error-handler.tsx';
import { PASSWORD_PAGE } from '../auth/pages/password/password.handler.tsx';
import { ENROL_PAGE, SECOND_STEP_PAGE } from '../auth/pages/two-factor/two-factor.paths.ts';
import { AccessRefused } from '../access/access.errors.ts';

/**
 * Per request: the language first (so even a 503 page is in the user's language), then the signed-in user,
 * then the route's access rule. Routes say `config: { public: true }` or `config: { permission: '…' }`.
 */
export function registerRequestContext(
  app: FastifyInstance,
  deps: { db: Database; messages: MessageTable; config: AppConfig },
): (request: FastifyRequest) => void {
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
  app.decorateRequest('pendingSignIn', null);
  app.decorateReply('html', function (markup: JSX.Element, status = 200) {
    return Promise.resolve(markup).then((html) => this.status(status).type('text/html; charset=utf-8').send(html));
  });

  // Who is asking is settled as the request arrives, before CSRF checks and body parsing, so that even a
  // refused form or an oversized body answers in the signed-in user's language, with their header.
  const languageOfCookie = (request: FastifyRequest) => {
    const preferred = request.cookies?.[LANGUAGE_COOKIE];
    request.i18n = i18nFor(isLocale(preferred) ? preferred : DEFAULT_LOCALE);
  };
  app.addHook('onRequest', async (request, reply) => {
    languageOfCookie(request);
    const token = request.cookies[cookie.name];
    if (token && !isStaticAsset(request)) {
      const lookup = await resolveSession(deps.db, token);
      if (lookup.status === 'active') {
        request.i18n = i18nFor(lookup.user.locale);
        // Only a complete session signs the user in; a password-stage one still owes its second factor.
        if (lookup.stage === 'complete') request.user = lookup.user;
        else request.pendingSignIn = { user: lookup.user, totpEnabled: lookup.totpEnabled };
      } else {
        request.sessionExpired = lookup.status === 'expired';
        reply.clearCookie(cookie.name, { path: '/' });
      }
    }
    // Integrations send an API token instead of a session cookie; a token that is not valid (now) answers 401.
    const bearer = isApiRequest(request) ? bearerTokenOf(request.headers.authorization) : undefined;
    if (bearer !== undefined) {
      request.user = (await resolveApiToken(deps.db, bearer)) ?? null;
      if (!request.user) throw unauthorised();
      request.i18n = i18nFor(request.user.locale);
    }
  });

  app.addHook('preHandler', async (request, reply) => {
    const config = request.routeOptions.config;
    if (config.public || isStaticAsset(request)) return;
    // A password-stage session reaches only its second step (sign-out and language are public): the code
    // page, or for a user whose roles require a second factor they have not set up yet, enrolment.
    if (request.pendingSignIn && !request.user) {
      const page = request.pendingSignIn.totpEnabled ? SECOND_STEP_PAGE : ENROL_PAGE;
      if (request.routeOptions.url === page) return;
      if (isApiRequest(request)) throw unauthorised();
      return reply.redirect(page, 303);
    }
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
      throw routeRefusal(request, config.permission);
    }
  });

  // A request refused before this file's hook ran (under-pressure sheds load first) still gets a language, so
  // its 503 page is in the cookie's language instead of failing to render.
  return (request) => {
    if (!request.i18n) languageOfCookie(request);
  };
}

function isStaticAsset(request: FastifyRequest): boolean {
  return request.url.startsWith('/assets/');
}

/** A route the user's roles do not allow: 403, audited (by the error handler) with the route and permission. */
function routeRefusal(request: FastifyRequest, permission: string): AccessRefused {
  return new AccessRefused(403, {
    action: 'access.route',
    outcome: 'denied',
    reason: 'missing_permission',
    details: { permission, method: request.method, route: request.routeOptions.url ?? request.url },
  });
}
