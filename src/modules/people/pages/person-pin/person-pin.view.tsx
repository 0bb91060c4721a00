import { CsrfField, ErrorSummary, type FieldError, TextInput } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { PersonForm } from '../../people.schemas.ts';
import { PersonLayout } from '../person-layout.tsx';
import type { PersonHeaderModel } from '../person-header.ts';
import { Textarea } from '../person-new/form-controls.tsx';
import { PinPart } from '../person-new/person-new.view.tsx';

export type PinForm = Pick<PersonForm, 'pinChoice' | 'pin' | 'noPinReason' | 'pinConfirmed' | 'version' | 'reason'> & { changedOn: string };
export type PinHistoryRow = {
  changedOn: string;
  previousPin: string | null;
  newPin: string | null;
  reason: string;
  recordedBy: string | null;
};

type Props = {
  context: PageContext;
  header: PersonHeaderModel;
  form: PinForm;
  errors: FieldError[];
  warnings: string[];
  conflict: boolean;
  history: PinHistoryRow[];
};

/** Changing a PIN (or recording that there is none) with its date and reason, above the history of changes. */
export function PersonPinView({ context, header, form, errors, warnings, conflict, history }: Props): JSX.Element {
  const { t, formatDate } = context.i18n;
  const none = t('people.record.pin.none');
  return (
    <PersonLayout context={context} person={header} tab="overview" title={t('people.record.pin.title')}>
      <ErrorSummary
        title={conflict ? t('error.conflict.title') : t('error.summaryTitle')}
        errors={conflict ? [{ field: 'reason', message: t('error.conflict.body') }, ...errors] : errors}
      />
      <h1 class="govuk-heading-l" safe>
        {t('people.record.pin.title')}
      </h1>
      <p class="govuk-body" safe>
        {`${t('people.record.pin.current')}: ${header.pin ?? `${none} (${t(`people.noPin.${header.noPinReason ?? 'unknown'}`)})`}`}
      </p>
      <form method="post" action={`/people/${header.id}/pin`} novalidate>
        <CsrfField token={context.csrfToken} />
        <input type="hidden" name="version" value={form.version} />
        <PinPart context={context} form={form} errors={errors} warnings={warnings} />
        <TextInput
          name="changedOn"
          label={t('people.record.field.changedOn')}
          hint={t('people.record.hint.date')}
          value={form.changedOn}
          error={errors.find((error) => error.field === 'changedOn')?.message}
          width={10}
        />
        <Textarea
          name="reason"
          label={t('people.record.field.pinReason')}
          value={form.reason}
          error={errors.find((error) => error.field === 'reason')?.message}
        />
        <button type="submit" class="govuk-button" data-module="govuk-button" safe>
          {t('people.record.pin.submit')}
        </button>
      </form>
      <h2 class="govuk-heading-m" safe>
        {t('people.record.pin.history')}
      </h2>
      {history.length === 0 ? (
        <p class="govuk-body" safe>
          {t('people.record.pin.historyEmpty')}
        </p>
      ) : (
        <table class="govuk-table" id="pin-history">
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              {(['changedOn', 'previous', 'new', 'reason', 'recordedBy'] as const).map((column) => (
                <th scope="col" class="govuk-table__header" safe>
                  {t(`people.record.pin.column.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {history.map((row) => (
              <tr class="govuk-table__row">
                <td class="govuk-table__cell" safe>
                  {formatDate(row.changedOn)}
                </td>
                <td class="govuk-table__cell" safe>
                  {row.previousPin ?? none}
                </td>
                <td class="govuk-table__cell" safe>
                  {row.newPin ?? none}
                </td>
                <td class="govuk-table__cell" safe>
                  {row.reason}
                </td>
                <td class="govuk-table__cell" safe>
                  {row.recordedBy ?? ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </PersonLayout>
  );
}
