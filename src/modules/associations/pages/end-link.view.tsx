import { ErrorSummary, type FieldError, Textarea } from '../../../platform/views/components.tsx';
import type { PageContext } from '../../../platform/views/page-context.ts';
import { fullName, PersonLayout, type PersonHeaderModel } from '../../people/people.service.ts';
import { kindLabelOf } from '../associations.labels.ts';
import type { PersonLink } from '../associations.repository.ts';
import type { EndFormValues } from './association-form.ts';

export type EndLinkPage = { row: PersonLink; form: EndFormValues; errors: FieldError[] };

/** `/people/:id/associations/:linkId/end`: the link, and the reason it is ended (it stays in the history). */
export function EndLinkView({ context, header, page }: { context: PageContext; header: PersonHeaderModel; page: EndLinkPage }) {
  const { t } = context.i18n;
  const error = (field: string) => page.errors.find((entry) => entry.field === field)?.message;
  return (
    <PersonLayout context={context} person={header} tab="associations" title={t('associations.end.title')}>
      <ErrorSummary title={t('error.summaryTitle')} errors={page.errors} />
      <h1 class="govuk-heading-l" safe>
        {t('associations.end.title')}
      </h1>
      <p class="govuk-body govuk-!-font-weight-bold" safe>
        {t('associations.end.summary', { kind: t(kindLabelOf(page.row)), name: fullName(page.row.other) })}
      </p>
      <form method="post" action={`/people/${header.id}/associations/${page.row.link.id}/end`} novalidate>
        <input type="hidden" name="_csrf" value={context.csrfToken} />
        <input type="hidden" name="version" value={page.form.version} />
        <Textarea
          name="reason"
          label={t('associations.field.endReason')}
          hint={t('associations.field.endReasonHint')}
          value={page.form.reason}
          error={error('reason')}
          rows={3}
        />
        <button type="submit" class="govuk-button govuk-button--warning" data-module="govuk-button" safe>
          {t('associations.end.button')}
        </button>
      </form>
    </PersonLayout>
  );
}
