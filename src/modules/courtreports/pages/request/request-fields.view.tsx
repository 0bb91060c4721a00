import { type FieldError, Select, Textarea, TextInput } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { CourtOption } from '../../courtreports.repository.ts';
import type { OfficeOption, OfficerOption } from '../../courtreports.scope.ts';
import type { RequestForm } from '../forms.ts';
import { errorOf } from '../report-page.tsx';

export type RequestOptions = { offices: OfficeOption[] | null; officers: OfficerOption[]; courts: CourtOption[] };

/**
 * The fields of a court's request: the office (only when recording a new request), the officer it is allocated
 * to, the court from the starting list or typed, the judge, the case, the dates and the questions asked.
 */
export function RequestFields(props: { context: PageContext; form: RequestForm; errors: FieldError[]; options: RequestOptions }) {
  const { t, locale } = props.context.i18n;
  const { form, errors, options } = props;
  return (
    <>
      {options.offices ? (
        <Select
          name="officeId"
          label={t('courtReports.field.office')}
          options={options.offices.map((office) => ({ value: office.id, label: office.name[locale] }))}
          value={form.officeId}
          blank={options.offices.length === 1 ? undefined : t('courtReports.form.choose')}
          error={errorOf(errors, 'officeId')}
        />
      ) : (
        ''
      )}
      <Select
        name="officerId"
        label={t('courtReports.field.officer')}
        options={options.officers.map((officer) => ({ value: officer.id, label: officer.name }))}
        value={form.officerId}
        blank={t('courtReports.form.choose')}
        error={errorOf(errors, 'officerId')}
      />
      <Select
        name="courtId"
        label={t('courtReports.field.court')}
        hint={t('courtReports.form.courtHint')}
        options={options.courts.map((court) => ({ value: court.id, label: court.name[locale] }))}
        value={form.courtId}
        blank={t('courtReports.form.courtOther')}
        error={errorOf(errors, 'courtId')}
      />
      <TextInput name="courtName" label={t('courtReports.field.courtName')} value={form.courtName} error={errorOf(errors, 'courtName')} />
      <TextInput name="judge" label={t('courtReports.field.judge')} value={form.judge} error={errorOf(errors, 'judge')} />
      <TextInput
        name="caseNumber"
        label={t('courtReports.field.caseNumber')}
        value={form.caseNumber}
        error={errorOf(errors, 'caseNumber')}
        width={20}
      />
      <TextInput
        name="receivedOn"
        label={t('courtReports.field.receivedOn')}
        hint={t('courtReports.form.dateHint')}
        value={form.receivedOn}
        error={errorOf(errors, 'receivedOn')}
        width={10}
      />
      <TextInput
        name="deadline"
        label={t('courtReports.field.deadline')}
        hint={t('courtReports.form.dateHint')}
        value={form.deadline}
        error={errorOf(errors, 'deadline')}
        width={10}
      />
      <Textarea
        name="questions"
        label={t('courtReports.field.questions')}
        hint={t('courtReports.form.questionsHint')}
        value={form.questions}
        error={errorOf(errors, 'questions')}
        rows={5}
      />
    </>
  );
}
