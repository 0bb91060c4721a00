import { ErrorSummary, type FieldError } from '../../../../platform/views/components.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { ReferralRow } from '../../referrals.partner-access.ts';
import type { SharedView } from '../../referrals.shared-view.ts';
import { Notice, serviceLabel, SessionsTable, type SessionRow, StatusTag, SummaryList } from '../referral.components.tsx';
import { NextStepForms, type PartnerForms } from './partner-forms.view.tsx';

export type { PartnerForms };
type Data = { referral: ReferralRow; shared: SharedView; sessions: SessionRow[] };

/**
 * What the partner sees of a referral: the service and reason, then only the groups the consent shares (a
 * group not shared is not on the page at all), the action plan, sessions and the form for the next step.
 */
export function PartnerReferralView(props: {
  context: PageContext;
  data: Data;
  state: { errors: FieldError[]; forms?: PartnerForms | undefined; notice?: string | undefined };
}) {
  const { context } = props;
  const { referral, shared } = props.data;
  const { t, locale, formatDate } = context.i18n;
  const rows: [string, string][] = [
    [t('referrals.page.service'), serviceLabel(context, referral.service)],
    [t('referrals.page.sentOn'), formatDate(referral.sentOn)],
    [t('referrals.page.reason'), referral.reason],
  ];
  if (shared.identity) {
    rows.push([t('referrals.shared.name'), shared.identity.fullName]);
    rows.push([t('referrals.shared.dateOfBirth'), formatDate(shared.identity.dateOfBirth)]);
  }
  if (shared.contact) rows.push([t('referrals.shared.phone'), shared.contact.phone ?? '—']);
  if (shared.address) {
    rows.push([t('referrals.shared.address'), shared.address.address ?? '—']);
    rows.push([t('referrals.shared.district'), shared.address.district?.[locale] ?? '—']);
  }
  if (shared.needs) rows.push([t('referrals.page.needs'), shared.needs.map((need) => need.title[locale]).join(', ') || '—']);
  if (shared.planObjective !== undefined) rows.push([t('referrals.page.planObjective'), shared.planObjective ?? '—']);
  if (shared.risk !== undefined) rows.push([t('referrals.page.riskNote'), shared.risk ?? '—']);
  if (referral.declineReason) rows.push([t('referrals.page.declineReason'), referral.declineReason]);
  if (referral.withdrawalReason) rows.push([t('referrals.page.withdrawalReason'), referral.withdrawalReason]);
  return (
    <Layout context={context} title={t('referrals.page.referral')}>
      <ErrorSummary title={t('error.summaryTitle')} errors={props.state.errors} />
      <Notice text={props.state.notice} />
      <h1 class="govuk-heading-l">
        <span safe>{shared.identity?.fullName ?? t('referrals.partner.nameNotShared')}</span>{' '}
        <StatusTag context={context} status={referral.status} />
      </h1>
      <SummaryList rows={rows} />
      <h2 class="govuk-heading-m" safe>
        {t('referrals.plan.title')}
      </h2>
      <p class="govuk-body" safe>
        {t(`referrals.planStatus.${referral.actionPlanStatus}`)}
      </p>
      {referral.actionPlanComment ? (
        <p class="govuk-body" safe>
          {t('referrals.plan.comment', { comment: referral.actionPlanComment })}
        </p>
      ) : (
        ''
      )}
      {referral.actionPlan && referral.status !== 'accepted' ? (
        <p class="govuk-body kadam-preserve-lines" safe>
          {referral.actionPlan}
        </p>
      ) : (
        ''
      )}
      <h2 class="govuk-heading-m" safe>
        {t('referrals.session.title')}
      </h2>
      <SessionsTable context={context} sessions={props.data.sessions} />
      {referral.endReport ? (
        <p class="govuk-body kadam-preserve-lines" safe>
          {referral.endReport}
        </p>
      ) : (
        ''
      )}
      <NextStepForms context={context} referral={referral} errors={props.state.errors} forms={props.state.forms ?? {}} />
    </Layout>
  );
}
