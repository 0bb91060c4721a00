import { CsrfField, ErrorSummary, type FieldError } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { PersonForm } from '../../people.schemas.ts';
import type { TerritoryOption } from '../../people.scope.ts';
import type { identityDocuments } from '../../people.tables.ts';
import { PersonLayout } from '../person-layout.tsx';
import type { PersonHeaderModel } from '../person-header.ts';
import { Textarea } from '../person-new/form-controls.tsx';
import { PersonFields } from '../person-new/person-fields.view.tsx';
import type { DocumentForm } from './person-edit.form.ts';
import { IdentityDocumentsSection } from './identity-documents.view.tsx';

export type PersonEditProps = {
  context: PageContext;
  header: PersonHeaderModel;
  form: PersonForm;
  errors: FieldError[];
  conflict: boolean;
  sensitive: boolean;
  territories: TerritoryOption[];
  previousNames: string[];
  documents: (typeof identityDocuments.$inferSelect)[];
  documentForm: DocumentForm;
  documentErrors: FieldError[];
};

/** Correcting a person's record: every field but the PIN and unit, with the reason kept alongside the change. */
export function PersonEditView(props: PersonEditProps): JSX.Element {
  const { context, header, form, errors } = props;
  const { t } = context.i18n;
  const base = `/people/${header.id}`;
  return (
    <PersonLayout context={context} person={header} tab="overview" title={t('people.record.edit.title')}>
      {props.conflict ? (
        <div class="govuk-error-summary" data-module="govuk-error-summary">
          <div role="alert">
            <h2 class="govuk-error-summary__title" safe>
              {t('error.conflict.title')}
            </h2>
            <div class="govuk-error-summary__body">
              <p class="govuk-body" safe>
                {t('error.conflict.body')}
              </p>
            </div>
          </div>
        </div>
      ) : (
        <ErrorSummary title={t('error.summaryTitle')} errors={[...errors, ...props.documentErrors]} />
      )}
      <h1 class="govuk-heading-l" safe>
        {t('people.record.edit.title')}
      </h1>
      <p class="govuk-body">
        <a class="govuk-link" href={`${base}/pin`} safe>
          {t('people.record.pin.link')}
        </a>
        {' · '}
        <a class="govuk-link" href={`${base}/merge`} safe>
          {t('people.record.merge.link')}
        </a>
      </p>
      <form method="post" action={`${base}/edit`} novalidate>
        <CsrfField token={context.csrfToken} />
        <input type="hidden" name="version" value={form.version} />
        <PersonFields context={context} form={form} errors={errors} territories={props.territories} sensitive={props.sensitive} />
        {props.previousNames.length > 0 ? (
          <div class="govuk-inset-text">
            <p class="govuk-body govuk-!-font-weight-bold" safe>
              {t('people.record.edit.previousNames')}
            </p>
            <ul class="govuk-list">
              {props.previousNames.map((name) => (
                <li safe>{name}</li>
              ))}
            </ul>
          </div>
        ) : (
          ''
        )}
        <Textarea
          name="reason"
          label={t('people.record.field.reason')}
          hint={t('people.record.hint.reason')}
          value={form.reason}
          error={errors.find((error) => error.field === 'reason')?.message}
        />
        <div class="govuk-button-group">
          <button type="submit" class="govuk-button" data-module="govuk-button" safe>
            {t('people.record.edit.submit')}
          </button>
          <a class="govuk-link" href={base} safe>
            {t('people.record.cancel')}
          </a>
        </div>
      </form>
      <IdentityDocumentsSection
        context={context}
        personId={header.id}
        documents={props.documents}
        form={props.documentForm}
        errors={props.documentErrors}
      />
    </PersonLayout>
  );
}
