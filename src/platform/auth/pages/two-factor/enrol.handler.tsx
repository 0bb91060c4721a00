import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import { z } from 'zod';
import type { AppConfig } from '../../../config/config.ts';
import type { Database } from '../../../db/pool.ts';
import { sessionCookie } from '../../../http/cookies.ts';
import type { PageContextFactory } from '../../../http/page-context.ts';
import type { FieldError } from '../../../views/components.tsx';
import { unusedRecoveryCodeCount } from '../../recovery-codes.ts';
import { completeSession } from '../../sessions.ts';
import { otpauthUri } from '../../totp.ts';
import { confirmEnrolment, enrolmentSecret, twoFactorRequired } from '../../two-factor.service.ts';
import { safeReturnTo } from '../sign-in/sign-in.handler.tsx';
import { EnrolView, RecoveryCodesView, TwoFactorOnView } from './enrol.view.tsx';
import { secondStepActor, secondStepUser } from './second-step-actor.ts';
import { ENROL_PAGE } from './two-factor.paths.ts';

const enrolForm = z.object({ code: z.string().trim().max(64).default(''), returnTo: z.string().max(2048).default('/') });

async function qrCodeDataUri(uri: string): Promise<string> {
  const svg = await QRCode.toString(uri, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

/**
 * `/account/two-factor`: set up an authenticator. Any signed-in user may; a user whose roles require a second
 * factor and who has none is sent here straight after the password, and can reach nothing else until done.
 */
export async function enrolRoutes(app: FastifyInstance, deps: { db: Database; config: AppConfig; pageContext: PageContextFactory }) {
  const cookie = sessionCookie(deps.config);

  async function showForm(request: FastifyRequest, reply: FastifyReply, returnTo: string, errors: FieldError[]) {
    const user = secondStepUser(request);
    const secret = await enrolmentSecret(deps.db, secondStepActor(request), user.id);
    if (!secret) {
      const remaining = await unusedRecoveryCodeCount(deps.db, user.id);
      return reply.html(<TwoFactorOnView context={deps.pageContext(request, reply)} remaining={remaining} />);
    }
    const model = {
      qrCode: await qrCodeDataUri(otpauthUri(secret, user.username)),
      secret,
      returnTo,
      required: twoFactorRequired(user.roles.map((entry) => entry.role)),
      errors,
    };
    return reply.html(<EnrolView context={deps.pageContext(request, reply)} model={model} />, errors.length ? 400 : 200);
  }

  app.get<{ Querystring: { returnTo?: string } }>(ENROL_PAGE, async (request, reply) =>
    showForm(request, reply, safeReturnTo(request.query.returnTo), []),
  );

  app.post(ENROL_PAGE, async (request, reply) => {
    const { t } = request.i18n;
    const form = enrolForm.parse(request.body ?? {});
    const returnTo = safeReturnTo(form.returnTo);
    if (!form.code) return showForm(request, reply, returnTo, [{ field: 'code', message: t('twoFactor.code.required') }]);
    const user = secondStepUser(request);
    const result = await confirmEnrolment(deps.db, secondStepActor(request), user.id, form.code);
    if (!result.ok) return showForm(request, reply, returnTo, [{ field: 'code', message: t('twoFactor.enrol.wrongCode') }]);
    const token = request.cookies[cookie.name];
    if (request.pendingSignIn && token) {
      // The second factor is now given: the session becomes complete under a new token.
      reply.setCookie(cookie.name, await completeSession(deps.db, token, user.id), cookie.options);
      request.user = request.pendingSignIn.user;
      request.pendingSignIn = null;
    }
    return reply.html(<RecoveryCodesView context={deps.pageContext(request, reply)} codes={result.recoveryCodes} returnTo={returnTo} />);
  });
}
