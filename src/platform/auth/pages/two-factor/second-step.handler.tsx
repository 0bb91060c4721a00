import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppConfig } from '../../../config/config.ts';
import type { Database } from '../../../db/pool.ts';
import { sessionCookie } from '../../../http/cookies.ts';
import type { PageContextFactory } from '../../../http/page-context.ts';
import { completeSession } from '../../sessions.ts';
import { isThrottled, recordSignInFailure, throttleKeys } from '../../sign-in-throttle.ts';
import { verifySecondFactor } from '../../two-factor.service.ts';
import { safeReturnTo } from '../sign-in/sign-in.handler.tsx';
import { secondStepActor } from './second-step-actor.ts';
import { SecondStepView } from './second-step.view.tsx';
import { SECOND_STEP_PAGE } from './two-factor.paths.ts';

const codeForm = z.object({ code: z.string().trim().max(64).default(''), returnTo: z.string().max(2048).default('/') });

/**
 * `/sign-in/two-factor`: the code from the authenticator app (or a recovery code) after a correct password.
 * Wrong codes count towards the same throttle as wrong passwords, so six digits cannot be guessed at leisure.
 */
export async function secondStepRoutes(app: FastifyInstance, deps: { db: Database; config: AppConfig; pageContext: PageContextFactory }) {
  const cookie = sessionCookie(deps.config);

  app.get<{ Querystring: { returnTo?: string } }>(SECOND_STEP_PAGE, async (request, reply) => {
    const returnTo = safeReturnTo(request.query.returnTo);
    if (request.user) return reply.redirect(returnTo, 303);
    return reply.html(<SecondStepView context={deps.pageContext(request, reply)} returnTo={returnTo} errors={[]} />);
  });

  app.post(SECOND_STEP_PAGE, async (request, reply) => {
    const { t } = request.i18n;
    const form = codeForm.parse(request.body ?? {});
    const returnTo = safeReturnTo(form.returnTo);
    const pending = request.pendingSignIn;
    const token = request.cookies[cookie.name];
    if (request.user || !pending || !token) return reply.redirect(returnTo, 303);
    const keys = throttleKeys(pending.user.username, request.ip);
    let status = 400;
    let message = t('twoFactor.code.required');
    if (await isThrottled(deps.db, keys)) {
      status = 429;
      message = t('signInThrottle.blocked');
    } else if (form.code) {
      const result = await verifySecondFactor(deps.db, secondStepActor(request), pending.user.id, form.code);
      if (result.ok) {
        reply.setCookie(cookie.name, await completeSession(deps.db, token, pending.user.id), cookie.options);
        return reply.redirect(returnTo, 303);
      }
      await recordSignInFailure(deps.db, keys);
      message = t('twoFactor.verify.wrongCode');
    }
    const errors = [{ field: 'code', message }];
    return reply.html(<SecondStepView context={deps.pageContext(request, reply)} returnTo={returnTo} errors={errors} />, status);
  });
}
