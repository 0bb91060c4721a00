import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../../../../platform/db/pool.ts';
import type { FieldError } from '../../../../platform/views/components.tsx';
import { type PersonRequest, peopleActorOf, showPersonPage, todayInBishkek, withPerson } from '../../../people/people.service.ts';
import { ReferralRefused } from '../../referrals.errors.ts';
import { type Body, requiredText, versionOf } from '../../referrals.forms.ts';
import { decideActionPlan, referralOfPerson, withdrawReferral } from '../../referrals.officer-work.ts';
import { historyOf, partnerNameOf, sessionsOf } from '../../referrals.queries.ts';
import type { ReferralPageDeps } from '../referrals.pages.ts';
import { OfficerReferralView } from './officer-referral.view.tsx';

type Params = { id: string; referralId: string };
type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];
const make = { permission: 'referrals:make' } as const;
const DONE = ['sent', 'approved', 'returned', 'withdrawn'] as const;

/**
 * The officer's page of one referral (`referrals:make` over the person's unit): everything sent, the partner's
 * answer, the action plan with approve / return, sessions, the end-of-service report, the history, and
 * withdrawal with a reason. Stale forms are refused (409) with the page shown again.
 */
export async function officerReferralRoutes(app: FastifyInstance, deps: ReferralPageDeps) {
  const render = (request: FastifyRequest<{ Params: Params }>, reply: FastifyReply, errors: FieldError[], status = 200, notice?: string) =>
    showPersonPage(deps, request as unknown as PersonRequest, reply, {
      tab: 'referrals',
      permission: 'referrals:make',
      details: { referralId: request.params.referralId },
      status,
      load: async (tx, person) => {
        const referral = await referralOfPerson(tx, person.id, request.params.referralId);
        return {
          referral,
          partnerName: await partnerNameOf(tx, referral.partnerUnitId),
          sessions: await sessionsOf(tx, referral.id),
          history: await historyOf(tx, referral.id),
        };
      },
      render: (context, header, data) => (
        <OfficerReferralView context={context} header={header} data={data} errors={errors} notice={notice} />
      ),
    });

  app.get<{ Params: Params; Querystring: { done?: string } }>('/people/:id/referrals/:referralId', { config: make }, (request, reply) => {
    const done = DONE.find((value) => value === request.query.done);
    return render(request, reply, [], 200, done ? request.i18n.t(`referrals.done.officer.${done}`) : undefined);
  });

  /** One officer step on the referral, in `withPerson` with its own audited action; refusals re-show the page. */
  const step = async (
    request: FastifyRequest<{ Params: Params; Body: Body }>,
    reply: FastifyReply,
    action: string,
    field: string,
    work: (tx: Tx, referralId: string) => Promise<void>,
    done: (typeof DONE)[number],
    reason?: string,
  ) => {
    try {
      await withPerson(
        deps.db,
        peopleActorOf(request),
        {
          personId: request.params.id,
          permission: 'referrals:make',
          action,
          details: { referralId: request.params.referralId },
          ...(reason ? { reason } : {}),
        },
        (tx) => work(tx, request.params.referralId),
      );
    } catch (error) {
      if (error instanceof ReferralRefused && (error.refusal === 'stale' || error.refusal === 'wrong_status'))
        return render(request, reply, [{ field, message: request.i18n.t(error.messageKey) }], 409);
      throw error;
    }
    return reply.redirect(`/people/${request.params.id}/referrals/${request.params.referralId}?done=${done}`, 303);
  };

  app.post<{ Params: Params; Body: Body }>('/people/:id/referrals/:referralId/plan', { config: make }, async (request, reply) => {
    const body = request.body ?? {};
    const decision = body.decision === 'approve' || body.decision === 'return' ? body.decision : null;
    const comment = typeof body.comment === 'string' ? body.comment.trim().slice(0, 4000) : '';
    const { t } = request.i18n;
    const errors: FieldError[] = [];
    if (!decision) errors.push({ field: 'decision', message: t('referrals.form.planDecisionRequired') });
    if (decision === 'return' && !comment) errors.push({ field: 'comment', message: t('referrals.form.returnCommentRequired') });
    if (!decision || errors.length > 0) return render(request, reply, errors, 400);
    return step(
      request,
      reply,
      'referral.plan.decide',
      'decision',
      async (tx, referralId) => {
        const referral = await referralOfPerson(tx, request.params.id, referralId);
        await decideActionPlan(tx, referral, { decision, comment: comment || null, version: versionOf(body), userId: request.user!.id });
      },
      decision === 'approve' ? 'approved' : 'returned',
    );
  });

  app.post<{ Params: Params; Body: Body }>('/people/:id/referrals/:referralId/withdraw', { config: make }, async (request, reply) => {
    const { t } = request.i18n;
    const body = request.body ?? {};
    const { value: reason, errors } = requiredText(body, 'withdrawalReason', t, t('referrals.page.withdrawalReason'));
    if (errors.length > 0) return render(request, reply, errors, 400);
    return step(
      request,
      reply,
      'referral.withdraw',
      'withdrawalReason',
      async (tx, referralId) => {
        const referral = await referralOfPerson(tx, request.params.id, referralId);
        await withdrawReferral(tx, referral, { reason, version: versionOf(body), userId: request.user!.id, today: todayInBishkek() });
      },
      'withdrawn',
      reason,
    );
  });
}
