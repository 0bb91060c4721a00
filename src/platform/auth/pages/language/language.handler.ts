import type { FastifyInstance } from 'fastify';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { AppConfig } from '../../../config/config.ts';
import type { Database } from '../../../db/pool.ts';
import { LANGUAGE_COOKIE } from '../../../http/cookies.ts';
import { LOCALES } from '../../../i18n/locales.ts';
import { users } from '../../auth.tables.ts';
import { auditActorOf, fieldChanges, recordAudit } from '../../../audit/audit.service.ts';
import { safeReturnTo } from '../sign-in/sign-in.handler.tsx';

const languageForm = z.object({ locale: z.enum(LOCALES), returnTo: z.string().max(2048).optional() });

/** The switcher on every page: remembered on the account when signed in, in a cookie before that. */
export async function languageRoutes(app: FastifyInstance, deps: { db: Database; config: AppConfig }) {
  app.post('/language', { config: { public: true } }, async (request, reply) => {
    const parsed = languageForm.safeParse(request.body ?? {});
    const returnTo = safeReturnTo(parsed.data?.returnTo ?? (request.body as { returnTo?: string } | undefined)?.returnTo);
    if (!parsed.success) return reply.redirect(returnTo, 303);
    const { locale } = parsed.data;
    reply.setCookie(LANGUAGE_COOKIE, locale, {
      path: '/',
      sameSite: 'lax',
      httpOnly: true,
      secure: deps.config.env === 'production',
      maxAge: 365 * 24 * 3600,
    });
    const user = request.user;
    if (user) {
      await deps.db.transaction(async (tx) => {
        await tx
          .update(users)
          .set({ locale, updatedAt: new Date(), version: sql`${users.version} + 1` })
          .where(eq(users.id, user.id));
        await recordAudit(tx, auditActorOf(request), {
          action: 'user.change_language',
          resourceType: 'user',
          resourceId: user.id,
          changes: fieldChanges({ locale: user.locale }, { locale }),
        });
      });
    }
    return reply.redirect(returnTo, 303);
  });
}
