import { CsrfField, ErrorSummary, type FieldError, Textarea } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { LocalisedName } from '../../../../platform/org/org.tables.ts';
import { PersonLayout, type PersonHeaderModel } from '../../../people/people.service.ts';
import type { ReferralRow } from '../../referrals.partner-access.ts';
import { stepAllowed } from '../../referrals.workflow.ts';
import {
  HistoryList,
  type HistoryRow,
  Notice,
  serviceLabel,
  SessionsTable,
  type SessionRow,
  StatusTag,
  SummaryList,
} from '../referral.components.tsx';

type Data = { referral: ReferralRow; partnerName: LocalisedName; sessions: SessionRow[]; history: HistoryRow[] };
const errorOf = (errors: FieldError[], field: string) => errors.find((entry) => entry.field === field)?.message;

/** The officer's view of a referral: all of it, the action plan decision and withdrawal. */
export function OfficerReferralView(props: {
  context: PageContext;
  header: PersonHeaderModel;
  data: Data;
  errors: FieldError[];
  notice?: string | undefined;
}) {
  const { context, errors } = props;
  const { referral } = props.data;
  const { t, locale, formatDate } = context.i18n;
  const base = `/people/${props.header.id}/referrals/${referral.id}`;
  const rows: [string, string][] = [
    [t('referrals.page.partner'), props.data.partnerName[locale]],
    [t('referrals.page.service'), serviceLabel(context, referral.service)],
    [t('referrals.page.sentOn'), formatDate(referral.sentOn)],
    [t('referrals.page.reason'), referral.reason],
    [t('referrals.page.needs'), referral.needs.map((need) => need.title[locale]).join(', ') || '—'],
    [t('referrals.page.planObjective'), referral.planObjective ?? '—'],
    [t('referrals.page.riskNote'), referral.riskNote ?? '—'],
  ];
  if (referral.declineReason) rows.push([t('referrals.page.declineReason'), referral.declineReason]);
  if (referral.withdrawalReason) rows.push([t('referrals.page.withdrawalReason'), referral.withdrawalReason]);
  return (
    <PersonLayout context={context} person={props.header} tab="referrals" title={t('referrals.page.referral')}>
      <ErrorSummary title={t('error.summaryTitle')} errors={errors} />
      <Notice text={props.notice} />
      <h1 class="govuk-heading-l">
        <span safe>{t('referrals.page.referral')}</span> <StatusTag context={context} status={referral.status} />
      </h1>
      <SummaryList rows={rows} />
      <h2 class="govuk-heading-m" safe>
        {t('referrals.plan.title')}
      </h2>
      <p class="govuk-body" safe>
        {t(`referrals.planStatus.${referral.actionPlanStatus}`)}
      </p>
      {referral.actionPlan ? (
        <p class="govuk-body kadam-preserve-lines" safe>
          {referral.actionPlan}
        </p>
      ) : (
        ''
      )}
      {referral.actionPlanComment ? (
        <p class="govuk-body" safe>
          {t('referrals.plan.comment', { comment: referral.actionPlanComment })}
        </p>
      ) : (
        ''
      )}
      {referral.status === 'accepted' && referral.actionPlanStatus === 'submitted' ? (
        <form method="post" action={`${base}/plan`} novalidate>
          <CsrfField token={context.csrfToken} />
          <input type="hidden" name="version" value={String(referral.version)} />
          <div id="decision" class={`govuk-form-group${errorOf(errors, 'decision') ? ' govuk-form-group--error' : ''}`}>
            <Textarea name="comment" label={t('referrals.plan.commentLabel')} value="" error={errorOf(errors, 'comment')} />
            <div class="govuk-button-group">
              <button class="govuk-button" type="submit" name="decision" value="approve" safe>
                {t('referrals.plan.approve')}
              </button>
              <button class="govuk-button govuk-button--secondary" type="submit" name="decision" value="return" safe>
                {t('referrals.plan.return')}
              </button>
            </div>
          </div>
        </form>
      ) : (
        ''
      )}
      <h2 class="govuk-heading-m" safe>
        {t('referrals.session.title')}
      </h2>
      <SessionsTable context={context} sessions={props.data.sessions} />
      {referral.endReport ? (
        <>
          <h2 class="govuk-heading-m" safe>
            {t('referrals.end.title')}
          </h2>
          <p class="govuk-body">{referral.endOutcome ? t(`referrals.outcome.${referral.endOutcome}`) : ''}</p>
          <p class="govuk-body kadam-preserve-lines" safe>
            {referral.endReport}
          </p>
        </>
      ) : (
        ''
      )}
      <h2 class="govuk-heading-m" safe>
        {t('referrals.page.history')}
      </h2>
      <HistoryList context={context} history={props.data.history} />
      {stepAllowed('withdraw', referral.status) ? (
        <form method="post" action={`${base}/withdraw`} novalidate>
          <CsrfField token={context.csrfToken} />
          <input type="hidden" name="version" value={String(referral.version)} />
          <Textarea
            name="withdrawalReason"
            label={t('referrals.page.withdrawalReason')}
            value=""
            error={errorOf(errors, 'withdrawalReason')}
          />
          <button class="govuk-button govuk-button--warning" type="submit" safe>
            {t('referrals.page.withdraw')}
          </button>
        </form>
      ) : (
        ''
      )}
    </PersonLayout>
  );
}
