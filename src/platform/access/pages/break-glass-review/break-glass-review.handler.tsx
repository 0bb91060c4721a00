import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Database } from '../../../db/pool.ts';
import type { PageContextFactory } from '../../../http/page-context.ts';
import { auditActorOf } from '../../../audit/audit.service.ts';
import { badRequest, notFound } from '../../../http/errors.ts';
import { listGrantsForReview, reviewGrant } from '../../break-glass.service.ts';
import { BreakGlassReviewView } from './break-glass-review.view.tsx';

export const BREAK_GLASS_REVIEW_PAGE = '/access/break-glass/review';

const reviewForm = z.object({ note: z.string().trim().max(1000).default('') });
const grantParams = z.object({ id: z.uuid() });

export async function breakGlassReviewRoutes(app: FastifyInstance, deps: { db: Database; pageContext: PageContextFactory }) {
  const config = { permission: 'break_glass:review' } as const;

  app.get<{ Querystring: { reviewed?: string; all?: string } }>(BREAK_GLASS_REVIEW_PAGE, { config }, async (request, reply) => {
    const grants = await listGrantsForReview(deps.db, auditActorOf(request), { unreviewedOnly: request.query.all !== '1' });
    return reply.html(
      <BreakGlassReviewView context={deps.pageContext(request, reply)} grants={grants} reviewed={request.query.reviewed === '1'} />,
    );
  });

  app.post(`${BREAK_GLASS_REVIEW_PAGE}/:id`, { config }, async (request, reply) => {
    const params = grantParams.safeParse(request.params);
    if (!params.success) throw notFound();
    const form = reviewForm.safeParse(request.body ?? {});
    if (!form.success) throw badRequest();
    const done = await reviewGrant(deps.db, { ...auditActorOf(request), userId: request.user!.id }, params.data.id, form.data.note);
    if (!done) throw notFound();
    return reply.redirect(`${BREAK_GLASS_REVIEW_PAGE}?reviewed=1`, 303);
  });
}
