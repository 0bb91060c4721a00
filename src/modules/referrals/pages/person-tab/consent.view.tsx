import { CsrfField, ErrorSummary, type FieldError, Select, Textarea, TextInput } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { LocalisedName } from '../../../../platform/org/org.tables.ts';
import { Checkboxes } from '../../../../platform/views/choices.tsx';
import { PersonLayout, type PersonHeaderModel } from '../../../people/people.service.ts';
import type { ConsentForm } from '../../referrals.forms.ts';
import { SHARED_FIELD_GROUPS } from '../../referrals.tables.ts';

const errorOf = (errors: FieldError[], field: string) => errors.find((entry) => entry.field === field)?.message;

/** Recording the person's consent: with whom, what is shared, from when until when, and the signed form. */
export function ConsentFormView(props: {
  context: PageContext;
  header: PersonHeaderModel;
  partners: { id: string; name: LocalisedName }[];
  form: ConsentForm;
  errors: FieldError[];
}) {
  const { context, form, errors } = props;
  const { t, locale } = context.i18n;
  return (
    <PersonLayout context={context} person={props.header} tab="referrals" title={t('referrals.consent.new')}>
      <ErrorSummary title={t('error.summaryTitle')} errors={errors} />
      <h1 class="govuk-heading-l" safe>
        {t('referrals.consent.new')}
      </h1>
      <p class="govuk-body" safe>
        {t('referrals.consent.intro')}
      </p>
      <form method="post" action={`/people/${props.header.id}/referrals/consents/new`} novalidate>
        <CsrfField token={context.csrfToken} />
        <Select
          name="partnerUnitId"
          label={t('referrals.page.partner')}
          options={props.partners.map((partner) => ({ value: partner.id, label: partner.name[locale] }))}
          value={form.partnerUnitId}
          blank={t('referrals.page.choose')}
          error={errorOf(errors, 'partnerUnitId')}
        />
        <Checkboxes
          name="scope"
          legend={t('referrals.consent.scope')}
          hint={t('referrals.consent.scopeHint')}
          options={SHARED_FIELD_GROUPS.map((group) => ({ value: group, label: t(`referrals.group.${group}`) }))}
          values={form.scope}
          error={errorOf(errors, 'scope')}
        />
        <TextInput
          name="givenOn"
          label={t('referrals.consent.givenOn')}
          hint={t('referrals.page.dateHint')}
          value={form.givenOn}
          width={10}
          error={errorOf(errors, 'givenOn')}
        />
        <TextInput
          name="validUntil"
          label={t('referrals.consent.validUntil')}
          hint={t('referrals.page.dateHint')}
          value={form.validUntil}
          width={10}
          error={errorOf(errors, 'validUntil')}
        />
        <TextInput
          name="formReference"
          label={t('referrals.consent.formReference')}
          hint={t('referrals.consent.formReferenceHint')}
          value={form.formReference}
          error={errorOf(errors, 'formReference')}
        />
        <button class="govuk-button" type="submit" safe>
          {t('referrals.consent.save')}
        </button>
      </form>
    </PersonLayout>
  );
}

/** Withdrawing a consent: the reason is required and the page says what happens at once. */
export function WithdrawConsentView(props: {
  context: PageContext;
  header: PersonHeaderModel;
  consentId: string;
  reason: string;
  errors: FieldError[];
}) {
  const { context } = props;
  const { t } = context.i18n;
  return (
    <PersonLayout context={context} person={props.header} tab="referrals" title={t('referrals.consent.withdraw')}>
      <ErrorSummary title={t('error.summaryTitle')} errors={props.errors} />
      <h1 class="govuk-heading-l" safe>
        {t('referrals.consent.withdraw')}
      </h1>
      <div class="govuk-warning-text">
        <strong class="govuk-warning-text__text" safe>
          {t('referrals.consent.withdrawWarning')}
        </strong>
      </div>
      <form method="post" action={`/people/${props.header.id}/referrals/consents/${props.consentId}/withdraw`} novalidate>
        <CsrfField token={context.csrfToken} />
        <Textarea
          name="reason"
          label={t('referrals.consent.withdrawalReason')}
          value={props.reason}
          error={errorOf(props.errors, 'reason')}
        />
        <button class="govuk-button govuk-button--warning" type="submit" safe>
          {t('referrals.consent.withdraw')}
        </button>
      </form>
    </PersonLayout>
  );
}
