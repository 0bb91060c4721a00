import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Database } from '../../../db/pool.ts';
import type { PageContextFactory } from '../../../http/page-context.ts';
import { auditActorOf } from '../../../audit/audit.service.ts';
import { safeReturnTo } from '../../../auth/pages/sign-in/sign-in.handler.tsx';
import { badRequest } from '../../../http/errors.ts';
import { BREAK_GLASS_MIN_REASON, grantBreakGlass } from '../../break-glass.service.ts';
import { BreakGlassView, type BreakGlassViewModel } from './break-glass.view.tsx';

export const BREAK_GLASS_PAGE = '/access/break-glass';

const recordRef = z.object({
  resourceType: z.string().regex(/^[a-z][a-z_]{1,39}$/),
  resourceId: z.string().regex(/^[\w.-]{1,100}$/),
  returnTo: z.string().max(2048).default('/'),
});
const breakGlassForm = recordRef.extend({ reason: z.string().max(2000).default('') });

export async function breakGlassRoutes(app: FastifyInstance, deps: { db: Database; pageContext: PageContextFactory }) {
  const config = { permission: 'break_glass:use' } as const;

  app.get(BREAK_GLASS_PAGE, { config }, async (request, reply) => {
    const query = recordRef.safeParse(request.query);
    if (!query.success) throw badRequest();
    const model: BreakGlassViewModel = { ...query.data, returnTo: safeReturnTo(query.data.returnTo), reason: '', errors: [] };
    return reply.html(<BreakGlassView context={deps.pageContext(request, reply)} model={model} />);
  });

  app.post(BREAK_GLASS_PAGE, { config }, async (request, reply) => {
    const { t } = request.i18n;
    const parsed = breakGlassForm.safeParse(request.body ?? {});
    if (!parsed.success) throw badRequest();
    const form = { ...parsed.data, reason: parsed.data.reason.trim(), returnTo: safeReturnTo(parsed.data.returnTo) };
    if (form.reason.length < BREAK_GLASS_MIN_REASON) {
      const message = form.reason
        ? t('access.breakGlass.reasonTooShort', { min: BREAK_GLASS_MIN_REASON })
        : t('validation.required', { field: t('access.breakGlass.reason').toLowerCase() });
      const model: BreakGlassViewModel = { ...form, errors: [{ field: 'reason', message }] };
      return reply.html(<BreakGlassView context={deps.pageContext(request, reply)} model={model} />, 400);
    }
    await grantBreakGlass(deps.db, { ...auditActorOf(request), userId: request.user!.id }, form);
    return reply.redirect(form.returnTo, 303);
  });
}
