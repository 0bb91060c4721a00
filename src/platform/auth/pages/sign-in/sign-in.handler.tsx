import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppConfig } from '../../../config/config.ts';
import type { Database } from '../../../db/pool.ts';
import { sessionCookie } from '../../../http/cookies.ts';
import type { PageContextFactory } from '../../../http/page-context.ts';
import { auditActorOf } from '../../../audit/audit.service.ts';
import { endSession } from '../../sessions.ts';
import { attemptSignIn } from '../../sign-in.service.ts';
import { ENROL_PAGE, SECOND_STEP_PAGE } from '../two-factor/two-factor.paths.ts';
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

/** Where a correct password leads: straight on, or first to the second factor (or to enrolling one). */
function secondStepUrl(secondStep: 'none' | 'verify' | 'enrol', returnTo: string): string {
  if (secondStep === 'none') return returnTo;
  const page = secondStep === 'verify' ? SECOND_STEP_PAGE : ENROL_PAGE;
  return returnTo === '/' ? page : `${page}?returnTo=${encodeURIComponent(returnTo)}`;
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
    let status = errors.length ? 400 : 200;
    if (errors.length === 0) {
      const result = await attemptSignIn(deps.db, { username: form.username, password: form.password, actor: auditActorOf(request) });
      if (result.outcome === 'signed_in') {
        const previous = request.cookies[cookie.name];
        if (previous) await endSession(deps.db, previous);
        reply.setCookie(cookie.name, result.token, cookie.options);
        return reply.redirect(secondStepUrl(result.secondStep, returnTo), 303);
      }
      // Throttled or not, the message reads the same for an existing and an unknown account.
      status = result.outcome === 'throttled' ? 429 : 400;
      errors.push({ field: 'username', message: t(result.outcome === 'throttled' ? 'signInThrottle.blocked' : 'auth.signIn.failed') });
    }
    const model: SignInViewModel = { username: form.username, returnTo, errors, demoAccounts: deps.config.loadDemoData };
    return reply.html(<SignInView context={deps.pageContext(request, reply)} model={model} />, status);
  });

  app.post('/sign-out', { config }, async (request, reply) => {
    const token = request.cookies[cookie.name];
    if (token) await endSession(deps.db, token);
    reply.clearCookie(cookie.name, { path: '/' });
    return reply.redirect('/sign-in?signedOut=1', 303);
  });
}
