import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { auditActorOf } from '../../../../platform/audit/audit.service.ts';
import type { Database } from '../../../../platform/db/pool.ts';
import type { FieldError } from '../../../../platform/views/components.tsx';
import { todayInBishkek } from '../../../people/people.service.ts';
import { ReferralRefused } from '../../referrals.errors.ts';
import { type Body, endReportValues, requiredText, sessionFormValues, versionOf } from '../../referrals.forms.ts';
import { type ReferralRow, withPartnerReferral } from '../../referrals.partner-access.ts';
import { decideReferral, endService, recordSession, submitActionPlan } from '../../referrals.partner-work.ts';
import type { ReferralPageDeps } from '../referrals.pages.ts';
import { partnerOnly, renderPartnerReferral } from './partner-referral.handler.tsx';
import type { PartnerForms } from './partner-referral.view.tsx';

type Params = { referralId: string };
type Request = FastifyRequest<{ Params: Params; Body: Body }>;
type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];
const REFUSALS_SHOWN = ['stale', 'wrong_status', 'session_in_future', 'session_before_referral'];

/**
 * The partner's work on a referral: accept or decline (a reason to decline), the action plan, sessions with
 * attendance and the end-of-service report. Each runs in `withPartnerReferral` with its audited action; bad
 * input and refusals show the page again with the message and what was typed, nothing saved.
 */
export async function partnerWorkRoutes(app: FastifyInstance, deps: ReferralPageDeps) {
  const act = async (
    request: Request,
    reply: FastifyReply,
    input: { action: string; errors: FieldError[]; forms: PartnerForms; field: string; done: string },
    work: (tx: Tx, referral: ReferralRow) => Promise<void>,
  ) => {
    if (input.errors.length > 0) return renderPartnerReferral(deps, request, reply, { errors: input.errors, forms: input.forms }, 400);
    try {
      await withPartnerReferral(
        deps.db,
        { user: request.user!, audit: auditActorOf(request) },
        { referralId: request.params.referralId, action: input.action, forUpdate: true },
        (tx, referral) => work(tx, referral),
      );
    } catch (error) {
      if (error instanceof ReferralRefused && REFUSALS_SHOWN.includes(error.refusal)) {
        const errors = [{ field: input.field, message: request.i18n.t(error.messageKey) }];
        return renderPartnerReferral(deps, request, reply, { errors, forms: input.forms }, error.status);
      }
      throw error;
    }
    return reply.redirect(`/partner/referrals/${request.params.referralId}?done=${input.done}`, 303);
  };
  const userId = (request: FastifyRequest) => request.user!.id;

  app.post<{ Params: Params; Body: Body }>('/partner/referrals/:referralId/decision', { config: partnerOnly }, (request, reply) => {
    const body = request.body ?? {};
    const { t } = request.i18n;
    const decision = body.decision === 'accept' || body.decision === 'decline' ? body.decision : null;
    const reason = typeof body.reason === 'string' ? body.reason.trim().slice(0, 4000) : '';
    const errors: FieldError[] = [];
    if (!decision) errors.push({ field: 'decision', message: t('referrals.form.decisionRequired') });
    if (decision === 'decline' && !reason) errors.push({ field: 'reason', message: t('referrals.form.declineReasonRequired') });
    const forms = { decision: { decision: decision ?? '', reason } };
    return act(
      request,
      reply,
      { action: 'referral.partner.decide', errors, forms, field: 'decision', done: decision === 'accept' ? 'accepted' : 'declined' },
      (tx, referral) =>
        decideReferral(tx, referral, {
          decision: decision!,
          reason: reason || null,
          version: versionOf(body),
          userId: userId(request),
          today: todayInBishkek(),
        }),
    );
  });

  app.post<{ Params: Params; Body: Body }>('/partner/referrals/:referralId/plan', { config: partnerOnly }, (request, reply) => {
    const body = request.body ?? {};
    const { t } = request.i18n;
    const plan = requiredText(body, 'plan', t, t('referrals.plan.title'));
    return act(
      request,
      reply,
      { action: 'referral.partner.plan', errors: plan.errors, forms: { plan: plan.value }, field: 'plan', done: 'plan' },
      (tx, referral) => submitActionPlan(tx, referral, { plan: plan.value, version: versionOf(body), userId: userId(request) }),
    );
  });

  app.post<{ Params: Params; Body: Body }>('/partner/referrals/:referralId/sessions', { config: partnerOnly }, (request, reply) => {
    const body = request.body ?? {};
    const session = sessionFormValues(body, request.i18n.t);
    const forms = {
      session: {
        heldOn: typeof body.heldOn === 'string' ? body.heldOn.slice(0, 20) : '',
        attended: typeof body.attended === 'string' ? body.attended : '',
        note: session.note ?? '',
      },
    };
    return act(
      request,
      reply,
      { action: 'referral.partner.session', errors: session.errors, forms, field: 'heldOn', done: 'session' },
      async (tx, referral) => {
        await recordSession(tx, referral, { ...session, version: versionOf(body), userId: userId(request), today: todayInBishkek() });
      },
    );
  });

  app.post<{ Params: Params; Body: Body }>('/partner/referrals/:referralId/end', { config: partnerOnly }, (request, reply) => {
    const body = request.body ?? {};
    const end = endReportValues(body, request.i18n.t);
    const forms = { end: { report: end.report, outcome: typeof body.outcome === 'string' ? body.outcome.slice(0, 40) : '' } };
    return act(
      request,
      reply,
      { action: 'referral.partner.end', errors: end.errors, forms, field: 'report', done: 'ended' },
      (tx, referral) =>
        endService(tx, referral, {
          report: end.report,
          outcome: end.outcome,
          version: versionOf(body),
          userId: userId(request),
          today: todayInBishkek(),
        }),
    );
  });
}
