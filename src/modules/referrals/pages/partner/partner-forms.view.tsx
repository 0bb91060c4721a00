import { CsrfField, type FieldError, Textarea, TextInput } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { Radios } from '../../../../platform/views/choices.tsx';
import type { ReferralRow } from '../../referrals.partner-access.ts';
import { END_OUTCOMES } from '../../referrals.tables.ts';

/** What the partner typed, given back with the errors. */
export type PartnerForms = {
  decision?: { decision: string; reason: string };
  plan?: string;
  session?: { heldOn: string; attended: string; note: string };
  end?: { report: string; outcome: string };
};

/** The CSRF token and the version the page was read at, so a stale answer is refused. */
function Hidden({ context, referral }: { context: PageContext; referral: ReferralRow }) {
  return (
    <>
      <CsrfField token={context.csrfToken} />
      <input type="hidden" name="version" value={String(referral.version)} />
    </>
  );
}

const errorOf = (errors: FieldError[], field: string) => errors.find((entry) => entry.field === field)?.message;

/** The form for the referral's next step: decide when sent, the plan once accepted, sessions and the end when in progress. */
export function NextStepForms(props: { context: PageContext; referral: ReferralRow; errors: FieldError[]; forms: PartnerForms }) {
  const { context, referral, errors, forms } = props;
  const { t } = context.i18n;
  const base = `/partner/referrals/${referral.id}`;
  if (referral.status === 'sent')
    return (
      <form method="post" action={`${base}/decision`} novalidate>
        <Hidden context={context} referral={referral} />
        <Radios
          name="decision"
          legend={t('referrals.partner.decide')}
          options={[
            { value: 'accept', label: t('referrals.partner.accept') },
            { value: 'decline', label: t('referrals.partner.decline') },
          ]}
          value={forms.decision?.decision ?? ''}
          error={errorOf(errors, 'decision')}
        />
        <Textarea
          name="reason"
          label={t('referrals.partner.declineReason')}
          value={forms.decision?.reason ?? ''}
          error={errorOf(errors, 'reason')}
        />
        <button class="govuk-button" type="submit" safe>
          {t('referrals.partner.send')}
        </button>
      </form>
    );
  if (referral.status === 'accepted')
    return (
      <form method="post" action={`${base}/plan`} novalidate>
        <Hidden context={context} referral={referral} />
        <Textarea
          name="plan"
          label={t('referrals.plan.write')}
          rows={8}
          value={forms.plan ?? referral.actionPlan ?? ''}
          error={errorOf(errors, 'plan')}
        />
        <button class="govuk-button" type="submit" safe>
          {t('referrals.plan.submit')}
        </button>
      </form>
    );
  if (referral.status !== 'in_progress') return '';
  return (
    <>
      <h2 class="govuk-heading-m" safe>
        {t('referrals.session.record')}
      </h2>
      <form method="post" action={`${base}/sessions`} novalidate>
        <Hidden context={context} referral={referral} />
        <TextInput
          name="heldOn"
          label={t('referrals.session.heldOn')}
          hint={t('referrals.page.dateHint')}
          width={10}
          value={forms.session?.heldOn ?? ''}
          error={errorOf(errors, 'heldOn')}
        />
        <Radios
          name="attended"
          legend={t('referrals.session.attended')}
          inline
          options={[
            { value: 'yes', label: t('referrals.session.present') },
            { value: 'no', label: t('referrals.session.absent') },
          ]}
          value={forms.session?.attended ?? ''}
          error={errorOf(errors, 'attended')}
        />
        <Textarea name="note" label={t('referrals.session.note')} value={forms.session?.note ?? ''} />
        <button class="govuk-button" type="submit" safe>
          {t('referrals.session.save')}
        </button>
      </form>
      <h2 class="govuk-heading-m" safe>
        {t('referrals.end.title')}
      </h2>
      <form method="post" action={`${base}/end`} novalidate>
        <Hidden context={context} referral={referral} />
        <Radios
          name="outcome"
          legend={t('referrals.end.outcome')}
          options={END_OUTCOMES.map((outcome) => ({ value: outcome, label: t(`referrals.outcome.${outcome}`) }))}
          value={forms.end?.outcome ?? ''}
          error={errorOf(errors, 'outcome')}
        />
        <Textarea
          name="report"
          label={t('referrals.end.report')}
          rows={6}
          value={forms.end?.report ?? ''}
          error={errorOf(errors, 'report')}
        />
        <button class="govuk-button" type="submit" safe>
          {t('referrals.end.save')}
        </button>
      </form>
    </>
  );
}
