import { CsrfField, type FieldError, Textarea, TextInput } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { TRIGGERS } from '../../assessments.review-policy.ts';
import type { ReviewDateChange } from '../challenges/safeguards.data.ts';
import type { ReviewDateForm } from './review-date.form.ts';

type Props = {
  context: PageContext;
  nextReviewDate: string | null;
  changes: ReviewDateChange[];
  /** The change form, for users who may move the date: where it posts and what was typed. */
  form: { action: string; values: ReviewDateForm; errors: FieldError[] } | null;
};

const isTrigger = (value: string | null): value is (typeof TRIGGERS)[number] => (TRIGGERS as readonly (string | null)[]).includes(value);

/**
 * A decision's next review date, every change of it (who, when, from, to, why — a trigger worded as such), and
 * for those who may move it the form that needs a new date and a reason. Used on the placement tab and, for an
 * assessment, on its review-date page.
 */
export function ReviewDateSection({ context, nextReviewDate, changes, form }: Props): JSX.Element {
  const { t, formatDate, formatDateTime } = context.i18n;
  const errorFor = (field: string) => form?.errors.find((error) => error.field === field)?.message;
  return (
    <section class="govuk-!-margin-bottom-6" data-section="review-date">
      <h3 class="govuk-heading-s" safe>
        {t('assessments.reviewDate.title')}
      </h3>
      <p class="govuk-body" data-next-review={nextReviewDate ?? ''} safe>
        {nextReviewDate ? formatDate(nextReviewDate) : t('assessments.reviewDate.none')}
      </p>
      <details class="govuk-details">
        <summary class="govuk-details__summary">
          <span class="govuk-details__summary-text" safe>
            {`${t('assessments.reviewDate.history')} (${String(changes.length)})`}
          </span>
        </summary>
        <div class="govuk-details__text">
          {changes.length === 0 ? (
            <p class="govuk-body" safe>
              {t('assessments.reviewDate.noChanges')}
            </p>
          ) : (
            <table class="govuk-table">
              <thead class="govuk-table__head">
                <tr class="govuk-table__row">
                  {(['when', 'from', 'to', 'why', 'by'] as const).map((column) => (
                    <th scope="col" class="govuk-table__header" safe>
                      {t(`assessments.reviewDate.${column}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody class="govuk-table__body">
                {changes.map((change) => (
                  <tr class="govuk-table__row" data-review-change={change.trigger ?? 'manual'}>
                    <td class="govuk-table__cell" safe>
                      {formatDateTime(change.changedAt)}
                    </td>
                    <td class="govuk-table__cell">{change.previousDate ? formatDate(change.previousDate) : '—'}</td>
                    <td class="govuk-table__cell" safe>
                      {formatDate(change.newDate)}
                    </td>
                    <td class="govuk-table__cell" safe>
                      {isTrigger(change.trigger) ? t(`assessments.reviewDate.trigger.${change.trigger}`) : change.reason}
                    </td>
                    <td class="govuk-table__cell" safe>
                      {change.changedByName ?? t('assessments.reviewDate.kadam')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      </details>
      {form ? (
        <form method="post" action={form.action} novalidate id="review-date">
          <CsrfField token={context.csrfToken} />
          <h3 class="govuk-heading-s" safe>
            {t('assessments.reviewDate.change')}
          </h3>
          <TextInput
            name="newDate"
            label={t('assessments.reviewDate.newDate')}
            hint={t('assessments.reviewDate.dateHint')}
            value={form.values.newDate}
            error={errorFor('newDate')}
            width={10}
          />
          <Textarea
            name="reviewReason"
            label={t('assessments.reviewDate.reason')}
            value={form.values.reason}
            error={errorFor('reviewReason')}
            rows={2}
          />
          <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button" safe>
            {t('assessments.reviewDate.change')}
          </button>
        </form>
      ) : (
        ''
      )}
    </section>
  );
}
