import { CsrfField, ErrorSummary, type FieldError, Select, Textarea } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { LocalisedName } from '../../../../platform/org/org.tables.ts';
import { Checkboxes } from '../../../../platform/views/choices.tsx';
import { PersonLayout, type PersonHeaderModel } from '../../../people/people.service.ts';
import type { ReferralForm } from '../../referrals.forms.ts';
import { serviceLabel } from '../referral.components.tsx';

export type ReferralChoices = {
  options: { value: string; partner: LocalisedName; service: string; consentUntil: string | null }[];
  needs: { code: string; title: LocalisedName }[];
  objectives: { id: string; wording: string }[];
};

const errorOf = (errors: FieldError[], field: string) => errors.find((entry) => entry.field === field)?.message;

/** The referral form; each partner-and-service choice says whether a consent is in force for that partner. */
export function ReferralNewView(props: {
  context: PageContext;
  header: PersonHeaderModel;
  choices: ReferralChoices;
  form: ReferralForm;
  errors: FieldError[];
}) {
  const { context, form, errors, choices } = props;
  const { t, locale, formatDate } = context.i18n;
  const options = choices.options.map((option) => ({
    value: option.value,
    label: `${option.partner[locale]} — ${serviceLabel(context, option.service)} (${
      option.consentUntil ? t('referrals.page.consentUntil', { date: formatDate(option.consentUntil) }) : t('referrals.page.noConsent')
    })`,
  }));
  return (
    <PersonLayout context={context} person={props.header} tab="referrals" title={t('referrals.page.make')}>
      <ErrorSummary title={t('error.summaryTitle')} errors={errors} />
      <h1 class="govuk-heading-l" safe>
        {t('referrals.page.make')}
      </h1>
      <form method="post" action={`/people/${props.header.id}/referrals/new`} novalidate>
        <CsrfField token={context.csrfToken} />
        <Select
          name="partnerService"
          label={t('referrals.page.partnerService')}
          hint={t('referrals.page.partnerServiceHint')}
          options={options}
          value={form.partnerService}
          blank={t('referrals.page.choose')}
          error={errorOf(errors, 'partnerService')}
        />
        <Textarea
          name="reason"
          label={t('referrals.page.reason')}
          hint={t('referrals.page.reasonHint')}
          value={form.reason}
          error={errorOf(errors, 'reason')}
        />
        {choices.needs.length > 0 ? (
          <Checkboxes
            name="needs"
            legend={t('referrals.page.needs')}
            hint={t('referrals.page.sharedWith', { group: t('referrals.group.needs') })}
            options={choices.needs.map((need) => ({ value: need.code, label: need.title[locale] }))}
            values={form.needs}
          />
        ) : (
          ''
        )}
        {choices.objectives.length > 0 ? (
          <Select
            name="planObjective"
            label={t('referrals.page.planObjective')}
            hint={t('referrals.page.sharedWith', { group: t('referrals.group.plan_objective') })}
            options={choices.objectives.map((objective) => ({ value: objective.id, label: objective.wording }))}
            value={form.planObjective}
            blank={t('referrals.page.none')}
          />
        ) : (
          ''
        )}
        <Textarea name="riskNote" label={t('referrals.page.riskNote')} hint={t('referrals.page.riskHint')} value={form.riskNote} />
        <button class="govuk-button" type="submit" safe>
          {t('referrals.page.send')}
        </button>
      </form>
    </PersonLayout>
  );
}
