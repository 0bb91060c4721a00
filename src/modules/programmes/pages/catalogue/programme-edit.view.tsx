import { CsrfField, ErrorSummary, type FieldError, TextInput, Textarea } from '../../../../platform/views/components.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { DELIVERY_LANGUAGES, LEGAL_STATUSES, PROGRAMME_RISK_LEVELS, PROGRAMME_STATUSES, SEXES } from '../../programmes.tables.ts';
import { Checkboxes, Radios } from '../../../../platform/views/choices.tsx';
import type { ProgrammeForm } from './programme.form.ts';

type Props = { context: PageContext; code: string; title: string; form: ProgrammeForm; errors: FieldError[] };

/** `/programmes/:code/edit`: a manager's edit of a catalogue entry, all three languages side by side. */
export function ProgrammeEditView({ context, code, title, form, errors }: Props): JSX.Element {
  const { t } = context.i18n;
  const label = (field: string) => t(`programmes.page.field.${field}` as 'programmes.page.field.titleKy');
  const error = (field: string) => errors.find((entry) => entry.field === field)?.message;
  const text = (field: keyof ProgrammeForm, width?: 10 | 20 | 30, hint?: string) => (
    <TextInput name={field} label={label(field)} value={String(form[field])} error={error(field)} width={width} hint={hint} />
  );
  return (
    <Layout context={context} title={t('programmes.page.editTitle', { title })}>
      <a href={`/programmes/${code}`} class="govuk-back-link" safe>
        {title}
      </a>
      <ErrorSummary title={t('error.summaryTitle')} errors={errors} />
      <h1 class="govuk-heading-l" safe>
        {t('programmes.page.editTitle', { title })}
      </h1>
      <form method="post" action={`/programmes/${code}/edit`} novalidate>
        <CsrfField token={context.csrfToken} />
        <input type="hidden" name="version" value={form.version} />
        {text('titleKy')}
        {text('titleRu')}
        {text('titleEn')}
        <Textarea name="descriptionKy" label={label('descriptionKy')} value={form.descriptionKy} error={error('descriptionKy')} rows={5} />
        <Textarea name="descriptionRu" label={label('descriptionRu')} value={form.descriptionRu} error={error('descriptionRu')} rows={5} />
        <Textarea name="descriptionEn" label={label('descriptionEn')} value={form.descriptionEn} error={error('descriptionEn')} rows={5} />
        {text('targetNeeds', undefined, t('programmes.page.hint.targetNeeds'))}
        <Checkboxes
          name="sexes"
          legend={label('sexes')}
          hint={t('programmes.page.hint.noneMeansAny')}
          values={form.sexes}
          options={SEXES.map((sex) => ({ value: sex, label: t(`people.sex.${sex}`) }))}
        />
        {text('ageMin', 10, t('programmes.page.hint.optional'))}
        {text('ageMax', 10, t('programmes.page.hint.optional'))}
        <Checkboxes
          name="riskLevels"
          legend={label('riskLevels')}
          hint={t('programmes.page.hint.noneMeansAny')}
          values={form.riskLevels}
          options={PROGRAMME_RISK_LEVELS.map((level) => ({ value: level, label: t(`programmes.risk.${level}`) }))}
        />
        <Checkboxes
          name="legalStatuses"
          legend={label('legalStatuses')}
          hint={t('programmes.page.hint.noneMeansAny')}
          values={form.legalStatuses}
          options={LEGAL_STATUSES.map((status) => ({ value: status, label: t(`people.status.${status}`) }))}
        />
        <Checkboxes
          name="deliveryLanguages"
          legend={label('deliveryLanguages')}
          error={error('deliveryLanguages')}
          values={form.deliveryLanguages}
          options={DELIVERY_LANGUAGES.map((language) => ({ value: language, label: t(`people.record.language.${language}`) }))}
        />
        {text('sessionCount', 10)}
        {text('defaultCapacity', 10)}
        <Radios
          name="status"
          legend={label('status')}
          error={error('status')}
          value={form.status}
          inline
          options={PROGRAMME_STATUSES.map((status) => ({ value: status, label: t(`programmes.status.${status}`) }))}
        />
        <button type="submit" class="govuk-button" data-module="govuk-button" safe>
          {t('programmes.page.save')}
        </button>
      </form>
    </Layout>
  );
}
