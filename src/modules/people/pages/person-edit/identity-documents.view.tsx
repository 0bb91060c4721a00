import { CsrfField, type FieldError, TextInput } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { userDateOf } from '../../people.dates.ts';
import { DOCUMENT_KINDS, type identityDocuments } from '../../people.tables.ts';
import { Select } from '../person-new/form-controls.tsx';
import type { DocumentForm } from './person-edit.form.ts';

type Props = {
  context: PageContext;
  personId: string;
  documents: (typeof identityDocuments.$inferSelect)[];
  form: DocumentForm;
  errors: FieldError[];
};

/** The person's passports and ID cards, each removable, and a form to add one. */
export function IdentityDocumentsSection({ context, personId, documents, form, errors }: Props): JSX.Element {
  const { t } = context.i18n;
  const error = (field: keyof DocumentForm) => errors.find((entry) => entry.field === field)?.message;
  const base = `/people/${personId}/edit/documents`;
  return (
    <section id="documents" class="govuk-!-margin-top-9">
      <h2 class="govuk-heading-m" safe>
        {t('people.record.doc.title')}
      </h2>
      {documents.length === 0 ? (
        <p class="govuk-body" safe>
          {t('people.record.doc.empty')}
        </p>
      ) : (
        <table class="govuk-table">
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              {(['kind', 'number', 'issuedBy', 'issuedOn', 'expiresOn', 'country'] as const).map((field) => (
                <th scope="col" class="govuk-table__header" safe>
                  {t(`people.record.doc.field.${field}`)}
                </th>
              ))}
              <th scope="col" class="govuk-table__header">
                <span class="govuk-visually-hidden" safe>
                  {t('people.record.doc.remove')}
                </span>
              </th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {documents.map((document) => (
              <tr class="govuk-table__row">
                <td class="govuk-table__cell" safe>
                  {t(`people.record.doc.kind.${document.kind}`)}
                </td>
                <td class="govuk-table__cell" safe>
                  {document.number}
                </td>
                <td class="govuk-table__cell" safe>
                  {document.issuedBy ?? ''}
                </td>
                <td class="govuk-table__cell" safe>
                  {userDateOf(document.issuedOn)}
                </td>
                <td class="govuk-table__cell" safe>
                  {userDateOf(document.expiresOn)}
                </td>
                <td class="govuk-table__cell" safe>
                  {document.country ?? ''}
                </td>
                <td class="govuk-table__cell">
                  <form method="post" action={`${base}/${document.id}/remove`}>
                    <CsrfField token={context.csrfToken} />
                    <button
                      type="submit"
                      class="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
                      data-module="govuk-button"
                      safe
                    >
                      {t('people.record.doc.remove')}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3 class="govuk-heading-s" safe>
        {t('people.record.doc.addTitle')}
      </h3>
      <form method="post" action={base} novalidate>
        <CsrfField token={context.csrfToken} />
        <Select
          name="docKind"
          label={t('people.record.doc.field.kind')}
          value={form.docKind}
          error={error('docKind')}
          options={DOCUMENT_KINDS.map((kind) => ({ value: kind, label: t(`people.record.doc.kind.${kind}`) }))}
        />
        <TextInput
          name="docNumber"
          label={t('people.record.doc.field.number')}
          value={form.docNumber}
          error={error('docNumber')}
          width={20}
        />
        <TextInput name="docIssuedBy" label={t('people.record.doc.field.issuedBy')} value={form.docIssuedBy} error={error('docIssuedBy')} />
        <TextInput
          name="docIssuedOn"
          label={t('people.record.doc.field.issuedOn')}
          hint={t('people.record.hint.date')}
          value={form.docIssuedOn}
          error={error('docIssuedOn')}
          width={10}
        />
        <TextInput
          name="docExpiresOn"
          label={t('people.record.doc.field.expiresOn')}
          hint={t('people.record.hint.date')}
          value={form.docExpiresOn}
          error={error('docExpiresOn')}
          width={10}
        />
        <TextInput
          name="docCountry"
          label={t('people.record.doc.field.country')}
          value={form.docCountry}
          error={error('docCountry')}
          width={10}
        />
        <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button" safe>
          {t('people.record.doc.add')}
        </button>
      </form>
    </section>
  );
}
