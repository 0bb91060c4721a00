import { CsrfField, ErrorSummary, type FieldError, Select, Textarea, TextInput } from '../../../../platform/views/components.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { LocalisedName } from '../../../../platform/org/org.tables.ts';
import { Checkboxes } from '../../../../platform/views/choices.tsx';
import type { PartnerDetails } from '../../partners.directory.ts';
import { PARTNER_KINDS, PARTNER_SERVICES } from '../../partners.tables.ts';
import type { PartnerForm } from './partner.form.ts';

/** The directory entry's form: kind, description, services, districts covered and up to three contact people. */
export function PartnerEditView(props: {
  context: PageContext;
  partner: PartnerDetails;
  districts: { id: string; name: LocalisedName }[];
  form: PartnerForm;
  errors: FieldError[];
}) {
  const { t, locale } = props.context.i18n;
  const { form } = props;
  const error = (field: string) => props.errors.find((entry) => entry.field === field)?.message;
  const title = t('partners.page.editTitle', { name: props.partner.name[locale] });
  return (
    <Layout context={props.context} title={title}>
      <ErrorSummary title={t('error.summaryTitle')} errors={props.errors} />
      <h1 class="govuk-heading-l" safe>
        {title}
      </h1>
      <form method="post" action={`/partners/${encodeURIComponent(props.partner.code)}/edit`} novalidate>
        <CsrfField token={props.context.csrfToken} />
        <input type="hidden" name="version" value={form.version} />
        <Select
          name="kind"
          label={t('partners.page.kind')}
          options={PARTNER_KINDS.map((kind) => ({ value: kind, label: t(`partners.kind.${kind}`) }))}
          value={form.kind}
          blank={t('partners.page.choose')}
          error={error('kind')}
        />
        <Textarea name="description" label={t('partners.page.description')} value={form.description} />
        <Checkboxes
          name="services"
          legend={t('partners.page.services')}
          options={PARTNER_SERVICES.map((code) => ({ value: code, label: t(`partners.service.${code}`) }))}
          values={form.services}
          error={error('services')}
        />
        <Checkboxes
          name="districtIds"
          legend={t('partners.page.districts')}
          options={props.districts.map((district) => ({ value: district.id, label: district.name[locale] }))}
          values={form.districtIds}
          error={error('districtIds')}
        />
        <h2 class="govuk-heading-m" safe>
          {t('partners.page.contacts')}
        </h2>
        {form.contacts.map((contact, index) => (
          <fieldset class="govuk-fieldset">
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--s" safe>
              {t('partners.page.contactNumber', { number: index + 1 })}
            </legend>
            <TextInput
              name={`contact${index}Name`}
              label={t('partners.page.contactName')}
              value={contact.name}
              error={error(`contact${index}Name`)}
            />
            <TextInput
              name={`contact${index}Phone`}
              label={t('partners.page.contactPhone')}
              value={contact.phone}
              width={20}
              error={error(`contact${index}Phone`)}
            />
            <TextInput
              name={`contact${index}Email`}
              label={t('partners.page.contactEmail')}
              value={contact.email}
              error={error(`contact${index}Email`)}
            />
          </fieldset>
        ))}
        <button class="govuk-button" type="submit" safe>
          {t('partners.page.save')}
        </button>
      </form>
    </Layout>
  );
}
