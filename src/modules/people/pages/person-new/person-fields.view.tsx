import { type FieldError, TextInput } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { CITIZENSHIPS, LANGUAGES, type PersonForm, STATELESS } from '../../people.schemas.ts';
import type { TerritoryOption } from '../../people.scope.ts';
import { EDUCATION_LEVELS, MARITAL_STATUSES, SEXES } from '../../people.tables.ts';
import { Checkboxes, Radios, Select, Textarea } from './form-controls.tsx';

type Props = { context: PageContext; form: PersonForm; errors: FieldError[]; territories: TerritoryOption[]; sensitive: boolean };

function Section({ title, children }: { title: string; children: JSX.Element[] }): JSX.Element {
  return (
    <fieldset class="govuk-fieldset govuk-!-margin-bottom-6">
      <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">
        <h2 class="govuk-fieldset__heading" safe>
          {title}
        </h2>
      </legend>
      {children}
    </fieldset>
  );
}

/** The fields of a person's record that both registration and correction show (not the PIN, not the unit). */
export function PersonFields({ context, form, errors, territories, sensitive }: Props): JSX.Element {
  const { t, locale } = context.i18n;
  const error = (field: keyof PersonForm) => errors.find((entry) => entry.field === field)?.message;
  const label = (field: keyof PersonForm) => t(`people.record.field.${field}` as 'people.record.field.familyName');
  const text = (
    field: Exclude<keyof PersonForm, 'languages' | 'pinConfirmed' | 'notDuplicate'>,
    extra: { hint?: string; width?: 10 | 20 | 30 } = {},
  ) => <TextInput name={field} label={label(field)} value={form[field]} error={error(field)} spellcheck={false} {...extra} />;
  const territoryOptions = territories.map((territory) => ({ value: territory.id, label: territory.name[locale] }));
  const chooseText = t('people.record.choose');
  return (
    <>
      <Section title={t('people.record.section.names')}>
        {text('familyName')}
        {text('givenName')}
        {text('patronymic')}
        {text('familyNameLatin')}
        {text('givenNameLatin')}
        {text('patronymicLatin')}
        <Textarea
          name="aliases"
          label={label('aliases')}
          hint={t('people.record.hint.aliases')}
          value={form.aliases}
          error={error('aliases')}
        />
      </Section>
      <Section title={t('people.record.section.birth')}>
        {text('dateOfBirth', { hint: t('people.record.hint.date'), width: 10 })}
        <Radios
          name="sex"
          legend={label('sex')}
          inline
          value={form.sex}
          error={error('sex')}
          options={SEXES.map((sex) => ({ value: sex, label: t(`people.sex.${sex}`) }))}
        />
        <Select
          name="citizenship"
          label={label('citizenship')}
          value={form.citizenship}
          error={error('citizenship')}
          blank={chooseText}
          options={[...CITIZENSHIPS, STATELESS, 'other'].map((code) => ({
            value: code,
            label: t(`people.record.citizenship.${code}` as 'people.record.citizenship.KGZ'),
          }))}
        />
        {text('citizenshipOther', { hint: t('people.record.hint.citizenshipOther'), width: 10 })}
      </Section>
      <Section title={t('people.record.section.languages')}>
        <Checkboxes
          name="languages"
          legend={label('languages')}
          values={form.languages}
          options={LANGUAGES.map((code) => ({ value: code, label: t(`people.record.language.${code}`) }))}
        />
        <Select
          name="preferredLanguage"
          label={label('preferredLanguage')}
          value={form.preferredLanguage}
          error={error('preferredLanguage')}
          blank={chooseText}
          options={LANGUAGES.map((code) => ({ value: code, label: t(`people.record.language.${code}`) }))}
        />
      </Section>
      <Section title={t('people.record.section.family')}>
        <Select
          name="education"
          label={label('education')}
          value={form.education}
          error={error('education')}
          blank={chooseText}
          options={EDUCATION_LEVELS.map((level) => ({ value: level, label: t(`people.record.education.${level}`) }))}
        />
        {text('occupation')}
        <Select
          name="maritalStatus"
          label={label('maritalStatus')}
          value={form.maritalStatus}
          error={error('maritalStatus')}
          blank={chooseText}
          options={MARITAL_STATUSES.map((status) => ({ value: status, label: t(`people.record.marital.${status}`) }))}
        />
        {text('dependants', { width: 10 })}
      </Section>
      <Section title={t('people.record.section.contacts')}>
        {text('phone', { width: 20 })}
        {text('kinName')}
        {text('kinRelationship', { width: 20 })}
        {text('kinPhone', { width: 20 })}
      </Section>
      <Section title={t('people.record.section.addresses')}>
        <Textarea name="registeredAddress" label={label('registeredAddress')} value={form.registeredAddress} rows={2} />
        <Select
          name="registeredTerritoryId"
          label={label('registeredTerritoryId')}
          value={form.registeredTerritoryId}
          error={error('registeredTerritoryId')}
          blank={chooseText}
          options={territoryOptions}
        />
        <Textarea name="actualAddress" label={label('actualAddress')} value={form.actualAddress} rows={2} />
        <Select
          name="actualTerritoryId"
          label={label('actualTerritoryId')}
          value={form.actualTerritoryId}
          error={error('actualTerritoryId')}
          blank={chooseText}
          options={territoryOptions}
        />
      </Section>
      {sensitive ? (
        <Section title={t('people.record.section.sensitive')}>
          {text('ethnicity')}
          <Textarea name="disability" label={label('disability')} value={form.disability} rows={2} />
        </Section>
      ) : (
        ''
      )}
    </>
  );
}
