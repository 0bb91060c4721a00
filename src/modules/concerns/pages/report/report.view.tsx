import { CsrfField, ErrorSummary, type FieldError, TextInput, Textarea } from '../../../../platform/views/components.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { CONCERN_INDICATORS } from '../../concerns.indicators.ts';
import type { PersonOption } from '../../concerns.repository.ts';
import { Choices } from '../controls.tsx';
import { nameOf } from '../form-values.ts';
import type { ReportForm } from './report.form.ts';

export type ReportPage = {
  form: ReportForm;
  errors: FieldError[];
  /** The person chosen (kept through every search), or the people a name search found. */
  person: PersonOption | null;
  personResults: PersonOption[] | null;
  /** People ticked as involved so far, and those the last search found. */
  involvedOptions: PersonOption[];
  involvedSearched: boolean;
};

const labelOf = (person: PersonOption) => (person.pin ? `${nameOf(person)} (${person.pin})` : nameOf(person));

/**
 * The report form, built for a tablet and about two minutes: the manual's reminder that religious practice is
 * not a concern comes first; then who, what was seen (large checkboxes), their own words, who else, where and
 * when (today and now already filled in). Searches for people are form buttons, so it works without script.
 */
export function ReportView({ context, page }: { context: PageContext; page: ReportPage }): JSX.Element {
  const { t } = context.i18n;
  const errorOf = (name: string) => page.errors.find((error) => error.field === name)?.message;
  const { form } = page;
  return (
    <Layout context={context} title={t('concerns.report.title')}>
      <ErrorSummary title={t('error.summaryTitle')} errors={page.errors} />
      <h1 class="govuk-heading-l" safe>
        {t('concerns.report.title')}
      </h1>
      <div class="govuk-inset-text" id="religion-reminder">
        <p class="govuk-body govuk-!-font-weight-bold" safe>
          {t('concerns.report.religionReminder')}
        </p>
        <p class="govuk-body" safe>
          {t('concerns.report.religionReminderMore')}
        </p>
        <a class="govuk-link" href="/manual/recruitment_prevention#section-3" safe>
          {t('concerns.report.manualLink')}
        </a>
      </div>
      <form method="post" action="/concerns/new" novalidate>
        <CsrfField token={context.csrfToken} />
        {page.person ? (
          <div class="govuk-form-group" id="personQuery">
            <h2 class="govuk-heading-m" safe>
              {t('concerns.report.person')}
            </h2>
            <p class="govuk-body govuk-!-font-size-24" safe>
              {labelOf(page.person)}
            </p>
            <input type="hidden" name="personId" value={page.person.id} />
          </div>
        ) : (
          <>
            <TextInput
              name="personQuery"
              label={t('concerns.report.personSearch')}
              hint={t('concerns.report.personSearchHint')}
              value={form.personQuery}
              error={errorOf('personQuery')}
            />
            <button type="submit" name="action" value="find_person" class="govuk-button govuk-button--secondary" safe>
              {t('concerns.report.find')}
            </button>
            {page.personResults === null ? (
              ''
            ) : page.personResults.length === 0 ? (
              <p class="govuk-body" safe>
                {t('concerns.report.noneFound')}
              </p>
            ) : (
              <Choices
                type="radio"
                name="personId"
                legend={t('concerns.report.choosePerson')}
                options={page.personResults.map((person) => ({ value: person.id, label: labelOf(person) }))}
                values={[form.personId]}
              />
            )}
          </>
        )}
        <Choices
          type="checkbox"
          name="indicators"
          legend={t('concerns.report.indicators')}
          hint={t('concerns.report.indicatorsHint')}
          options={CONCERN_INDICATORS.map((code) => ({
            value: code,
            label: t(`concerns.indicator.${code}`),
            hint: t(`concerns.indicatorHint.${code}`),
          }))}
          values={form.indicators}
          error={errorOf('indicators')}
        />
        <Textarea
          name="description"
          label={t('concerns.report.description')}
          hint={t('concerns.report.descriptionHint')}
          value={form.description}
          rows={4}
          error={errorOf('description')}
        />
        <h2 class="govuk-heading-m" safe>
          {t('concerns.report.involved')}
        </h2>
        {page.involvedOptions.length > 0 ? (
          <Choices
            type="checkbox"
            name="involved"
            legend={t('concerns.report.involvedChoose')}
            options={page.involvedOptions.map((person) => ({ value: person.id, label: labelOf(person) }))}
            values={form.involved}
            error={errorOf('involved')}
          />
        ) : page.involvedSearched ? (
          <p class="govuk-body" safe>
            {t('concerns.report.noneFound')}
          </p>
        ) : (
          ''
        )}
        <TextInput name="involvedQuery" label={t('concerns.report.involvedSearch')} value={form.involvedQuery} />
        <button type="submit" name="action" value="find_involved" class="govuk-button govuk-button--secondary" safe>
          {t('concerns.report.findInvolved')}
        </button>
        <TextInput
          name="place"
          label={t('concerns.report.place')}
          hint={t('concerns.report.placeHint')}
          value={form.place}
          error={errorOf('place')}
        />
        <div class="govuk-grid-row">
          <div class="govuk-grid-column-one-half">
            <TextInput
              name="date"
              label={t('concerns.report.date')}
              hint={t('concerns.form.dateHint')}
              value={form.date}
              width={10}
              error={errorOf('date')}
            />
          </div>
          <div class="govuk-grid-column-one-half">
            <TextInput
              name="time"
              label={t('concerns.report.time')}
              hint={t('concerns.report.timeHint')}
              value={form.time}
              width={10}
              error={errorOf('time')}
            />
          </div>
        </div>
        <button type="submit" name="action" value="report" class="govuk-button govuk-!-font-size-24" data-module="govuk-button" safe>
          {t('concerns.report.send')}
        </button>
      </form>
    </Layout>
  );
}
