import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppConfig } from '../../../config/config.ts';
import type { Database } from '../../../db/pool.ts';
import { sessionCookie } from '../../../http/cookies.ts';
import type { PageContextFactory } from '../../../http/page-context.ts';
import { findUserByUsername } from '../../auth.repository.ts';
import { dummyPasswordHash, verifyPassword } from '../../passwords.ts';
import { createSession, endSession } from '../../sessions.ts';
import { type SignInViewModel, SignInView } from './sign-in.view.tsx';

const signInForm = z.object({
  username: z.string().trim().max(64).default(''),
  password: z.string().max(1024).default(''),
  returnTo: z.string().max(2048).default('/'),
});

/** Only paths on this site: never an absolute or protocol-relative URL (no open redirect). */
export function safeReturnTo(value: string | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  return value;
}

export async function signInRoutes(app: FastifyInstance, deps: { db: Database; config: AppConfig; pageContext: PageContextFactory }) {
  const cookie = sessionCookie(deps.config);
  const config = { public: true } as const;

  app.get<{ Querystring: Record<string, string | undefined> }>('/sign-in', { config }, async (request, reply) => {
    if (request.user) return reply.redirect(safeReturnTo(request.query.returnTo), 303);
    const { t } = request.i18n;
    const notice = request.query.signedOut
      ? t('auth.signedOut')
      : request.query.expired || request.sessionExpired
        ? t('auth.sessionExpired')
        : undefined;
    const model: SignInViewModel = {
      username: '',
      returnTo: safeReturnTo(request.query.returnTo),
      errors: [],
      notice,
      demoAccounts: deps.config.loadDemoData,
    };
    return reply.html(<SignInView context={deps.pageContext(request, reply)} model={model} />);
  });

  app.post('/sign-in', { config }, async (request, reply) => {
    const { t } = request.i18n;
    const form = signInForm.parse(request.body ?? {});
    const returnTo = safeReturnTo(form.returnTo);
    const errors = [];
    if (!form.username)
      errors.push({ field: 'username', message: t('validation.required', { field: t('auth.signIn.username').toLowerCase() }) });
    if (!form.password)
      errors.push({ field: 'password', message: t('validation.required', { field: t('auth.signIn.password').toLowerCase() }) });
    if (errors.length === 0) {
      const user = await findUserByUsername(deps.db, form.username);
      // The same work and the same answer whether or not the account exists.
      const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), form.password);
      if (user && valid && !user.disabledAt) {
        const previous = request.cookies[cookie.name];
        if (previous) await endSession(deps.db, previous);
        const token = await createSession(deps.db, user.id);
        reply.setCookie(cookie.name, token, cookie.options);
        return reply.redirect(returnTo, 303);
      }
      errors.push({ field: 'username', message: t('auth.signIn.failed') });
    }
    const model: SignInViewModel = { username: form.username, returnTo, errors, demoAccounts: deps.config.loadDemoData };
    return reply.html(<SignInView context={deps.pageContext(request, reply)} model={model} />, errors.length ? 400 : 200);
  });

  app.post('/sign-out', { config }, async (request, reply) => {
    const token = request.cookies[cookie.name];
    if (token) await endSession(deps.db, token);
    reply.clearCookie(cookie.name, { path: '/' });
    return reply.redirect('/sign-in?signedOut=1', 303);
  });
}
