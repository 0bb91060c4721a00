import { CsrfField, ErrorSummary, type FieldError, type Option, Select, Tag, TextInput } from '../../../../platform/views/components.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { listAccreditations } from '../../accreditations.ts';
import { Notice } from '../instruments/instrument.components.tsx';

export type GrantForm = { username: string; instrumentCode: string; validFrom: string; validUntil: string; note: string };
type AccreditationRow = Awaited<ReturnType<typeof listAccreditations>>[number];
type State = 'valid' | 'expired' | 'notYetValid' | 'revoked';

const errorFor = (errors: FieldError[], field: string) => errors.find((error) => error.field === field)?.message;

/** Whether an accreditation lets its holder sign today: the same rule as `isAccredited`, shown as a tag. */
function stateOf(row: AccreditationRow, today: string): State {
  if (row.revokedAt) return 'revoked';
  if (row.validFrom > today) return 'notYetValid';
  if (row.validUntil !== null && row.validUntil < today) return 'expired';
  return 'valid';
}
const STATE_COLOURS = { valid: 'green', expired: 'grey', notYetValid: 'blue', revoked: 'orange' } as const;

/** The reason to revoke one accreditation: one per row, so its id names the row (the error summary links to it). */
function ReasonField(props: { id: string; label: string; value: string; error?: string | undefined }): JSX.Element {
  return (
    <div class={`govuk-form-group${props.error ? ' govuk-form-group--error' : ''}`}>
      <label class="govuk-label govuk-label--s" for={props.id} safe>
        {props.label}
      </label>
      {props.error ? (
        <p id={`${props.id}-error`} class="govuk-error-message" safe>
          {props.error}
        </p>
      ) : (
        ''
      )}
      <input class="govuk-input" id={props.id} name="reason" type="text" value={props.value} />
    </div>
  );
}

export function AccreditationsView(props: {
  context: PageContext;
  accreditations: AccreditationRow[];
  instruments: Option[];
  today: string;
  form: GrantForm;
  errors: FieldError[];
  revoking?: { id: string; reason: string } | undefined;
  notice?: string | undefined;
}): JSX.Element {
  const { context, form, errors } = props;
  const { t, locale, formatDate } = context.i18n;
  return (
    <Layout context={context} title={t('accreditations.title')}>
      <Notice text={props.notice} />
      <ErrorSummary title={t('error.summaryTitle')} errors={errors} />
      <h1 class="govuk-heading-l" safe>
        {t('accreditations.title')}
      </h1>
      <p class="govuk-body" safe>
        {t('accreditations.intro')}
      </p>
      <table class="govuk-table" id="accreditations">
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            {(['user', 'instrument', 'validity', 'state', 'revoke'] as const).map((column) => (
              <th scope="col" class="govuk-table__header" safe>
                {t(`accreditations.column.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {props.accreditations.map((row) => {
            const state = stateOf(row, props.today);
            const reasonField = `reason-${row.id}`;
            return (
              <tr class="govuk-table__row" id={`accreditation-${row.id}`}>
                <td class="govuk-table__cell" safe>{`${row.displayName} (${row.username})`}</td>
                <td class="govuk-table__cell" safe>
                  {row.instrumentName[locale]}
                </td>
                <td class="govuk-table__cell" safe>
                  {row.validUntil
                    ? t('accreditations.fromUntil', { from: formatDate(row.validFrom), until: formatDate(row.validUntil) })
                    : t('accreditations.fromOpen', { from: formatDate(row.validFrom) })}
                </td>
                <td class="govuk-table__cell">
                  <Tag text={t(`accreditations.state.${state}`)} colour={STATE_COLOURS[state]} />
                  {row.revocationReason ? (
                    <p class="govuk-body-s" safe>
                      {row.revocationReason}
                    </p>
                  ) : (
                    ''
                  )}
                </td>
                <td class="govuk-table__cell">
                  {state === 'revoked' ? (
                    ''
                  ) : (
                    <form method="post" action={`/admin/accreditations/${row.id}/revoke`} novalidate>
                      <CsrfField token={context.csrfToken} />
                      <ReasonField
                        id={reasonField}
                        label={t('accreditations.reason')}
                        value={props.revoking?.id === row.id ? props.revoking.reason : ''}
                        error={errorFor(errors, reasonField)}
                      />
                      <button type="submit" class="govuk-button govuk-button--warning govuk-button--small" data-module="govuk-button" safe>
                        {t('accreditations.revoke')}
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h2 class="govuk-heading-m" id="grant" safe>
        {t('accreditations.grantHeading')}
      </h2>
      <form method="post" action="/admin/accreditations" novalidate>
        <CsrfField token={context.csrfToken} />
        <TextInput
          name="username"
          label={t('accreditations.username')}
          value={form.username}
          error={errorFor(errors, 'username')}
          width={20}
          spellcheck={false}
        />
        <Select
          name="instrumentCode"
          label={t('accreditations.instrument')}
          value={form.instrumentCode}
          options={props.instruments}
          blank={t('accreditations.chooseInstrument')}
          error={errorFor(errors, 'instrumentCode')}
        />
        <TextInput
          type="date"
          width={10}
          name="validFrom"
          label={t('accreditations.validFrom')}
          value={form.validFrom}
          error={errorFor(errors, 'validFrom')}
        />
        <TextInput
          type="date"
          width={10}
          name="validUntil"
          label={t('accreditations.validUntil')}
          hint={t('accreditations.validUntilHint')}
          value={form.validUntil}
          error={errorFor(errors, 'validUntil')}
        />
        <TextInput name="note" label={t('accreditations.note')} hint={t('accreditations.noteHint')} value={form.note} />
        <button type="submit" class="govuk-button" data-module="govuk-button" safe>
          {t('accreditations.grant')}
        </button>
      </form>
    </Layout>
  );
}
