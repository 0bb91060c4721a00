import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppConfig } from '../../../config/config.ts';
import type { Database } from '../../../db/pool.ts';
import { sessionCookie } from '../../../http/cookies.ts';
import type { PageContextFactory } from '../../../http/page-context.ts';
import type { MessageKey } from '../../../i18n/catalog.ts';
import type { FieldError } from '../../../views/components.tsx';
import { findActiveUser } from '../../auth.repository.ts';
import { passwordProblems, type PasswordProblem } from '../../password-policy.ts';
import { verifyPassword } from '../../passwords.ts';
import { createSession } from '../../sessions.ts';
import { changeOwnPassword } from '../../users.service.ts';
import { auditActorOf } from '../../../audit/audit.service.ts';
import { PasswordView } from './password.view.tsx';

export const PASSWORD_PAGE = '/account/password';

const passwordForm = z.object({
  currentPassword: z.string().max(1024).default(''),
  newPassword: z.string().max(1024).default(''),
  confirmPassword: z.string().max(1024).default(''),
});

const PROBLEM_MESSAGES: Record<PasswordProblem, MessageKey> = {
  too_short: 'auth.password.tooShort',
  common: 'auth.password.common',
  contains_name: 'auth.password.containsName',
};

/** Change your own password; the only page a user with a temporary password can reach until they do. */
export async function passwordRoutes(app: FastifyInstance, deps: { db: Database; config: AppConfig; pageContext: PageContextFactory }) {
  const cookie = sessionCookie(deps.config);

  app.get<{ Querystring: { changed?: string } }>(PASSWORD_PAGE, async (request, reply) => {
    const forced = request.user?.mustChangePassword ?? false;
    return reply.html(
      <PasswordView context={deps.pageContext(request, reply)} errors={[]} forced={forced} changed={request.query.changed === '1'} />,
    );
  });

  app.post(PASSWORD_PAGE, async (request, reply) => {
    const { t } = request.i18n;
    const signedIn = request.user!;
    const form = passwordForm.parse(request.body ?? {});
    const user = await findActiveUser(deps.db, signedIn.id);
    const errors: FieldError[] = [];
    if (!user || !(await verifyPassword(user.passwordHash, form.currentPassword))) {
      errors.push({ field: 'currentPassword', message: t('auth.password.wrongCurrent') });
    }
    for (const problem of passwordProblems(form.newPassword, signedIn))
      errors.push({ field: 'newPassword', message: t(PROBLEM_MESSAGES[problem]) });
    if (errors.length === 0 && form.newPassword === form.currentPassword)
      errors.push({ field: 'newPassword', message: t('auth.password.sameAsCurrent') });
    if (form.newPassword !== form.confirmPassword) errors.push({ field: 'confirmPassword', message: t('auth.password.mismatch') });
    if (errors.length > 0) {
      return reply.html(
        <PasswordView context={deps.pageContext(request, reply)} errors={errors} forced={signedIn.mustChangePassword} changed={false} />,
        400,
      );
    }
    // Every session of the user ends, this one included; this browser gets a fresh one.
    await changeOwnPassword(deps.db, signedIn.id, form.newPassword, auditActorOf(request));
    const token = await createSession(deps.db, signedIn.id);
    reply.setCookie(cookie.name, token, cookie.options);
    return reply.redirect(`${PASSWORD_PAGE}?changed=1`, 303);
  });
}
