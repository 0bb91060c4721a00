import { CsrfField, ErrorSummary } from '../../../../platform/views/components.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { ConditionTypeRow, ProbationTypeRow } from '../../probation.reference.ts';
import type { ContactIntervals } from '../../probation.schedule.ts';
import { SCHEDULE_INTENSITIES } from '../../probation.tables.ts';
import { LongText, Text } from '../probation.fields.tsx';
import { Notice } from '../probation.components.tsx';
import type { FormState } from '../probation.form.ts';

const LOCALES = ['ky', 'ru', 'en'] as const;

/** `/probation/types`: the probation types, the conditions offered on orders and the contact intervals in force. */
export function TypesView(props: {
  context: PageContext;
  types: ProbationTypeRow[];
  conditions: ConditionTypeRow[];
  intervals: ContactIntervals;
  settings: { version: number; capacity: number };
  state: FormState;
  notice?: string | undefined;
}) {
  const { context } = props;
  const { t, locale } = context.i18n;
  const mayEdit = context.user?.permissions.has('reference:edit') ?? false;
  return (
    <Layout context={context} title={t('probation.types.title')}>
      <Notice text={props.notice} />
      <ErrorSummary title={t('error.summaryTitle')} errors={props.state.errors} />
      <h1 class="govuk-heading-l" safe>
        {t('probation.types.title')}
      </h1>
      <p class="govuk-body" safe>
        {t('probation.types.intro')}
      </p>
      <dl class="govuk-summary-list">
        {props.types.map((type) => (
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key" safe>
              {type.name[locale]}
            </dt>
            <dd class="govuk-summary-list__value" safe>
              {type.description[locale]}
            </dd>
            {mayEdit ? (
              <dd class="govuk-summary-list__actions">
                <a class="govuk-link" href={`/probation/types/${type.code}`} safe>
                  {t('probation.types.edit')}
                </a>
              </dd>
            ) : (
              ''
            )}
          </div>
        ))}
      </dl>
      <h2 class="govuk-heading-m" safe>
        {t('probation.types.conditions')}
      </h2>
      <ul class="govuk-list govuk-list--bullet">
        {props.conditions.map((condition) => (
          <li safe>{condition.name[locale]}</li>
        ))}
      </ul>
      <h2 class="govuk-heading-m" safe>
        {t('probation.types.intervals')}
      </h2>
      <p class="govuk-body" safe>
        {t('probation.types.intervalsIntro')}
      </p>
      {mayEdit ? (
        <SettingsForm context={context} state={props.state} intervals={props.intervals} settings={props.settings} />
      ) : (
        <ul class="govuk-list">
          {SCHEDULE_INTENSITIES.map((intensity) => (
            <li safe>
              {t('probation.types.interval', { intensity: t(`probation.intensity.${intensity}`), days: props.intervals[intensity] })}
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

/** The administrator's form for the contact intervals and the default capacity (the values in force filled in). */
function SettingsForm(props: {
  context: PageContext;
  state: FormState;
  intervals: ContactIntervals;
  settings: { version: number; capacity: number };
}): JSX.Element {
  const { context, intervals, settings } = props;
  const { t } = context.i18n;
  const state: FormState = {
    errors: props.state.errors,
    values: {
      ...Object.fromEntries(SCHEDULE_INTENSITIES.map((intensity) => [`interval_${intensity}`, String(intervals[intensity])])),
      capacity: String(settings.capacity),
      ...props.state.values,
    },
  };
  return (
    <form method="post" action="/probation/settings" novalidate>
      <CsrfField token={context.csrfToken} />
      <input type="hidden" name="version" value={state.values.version ?? String(settings.version)} />
      {SCHEDULE_INTENSITIES.map((intensity) => (
        <Text
          context={context}
          state={state}
          name={`interval_${intensity}`}
          label={t('probation.types.intervalDays', { intensity: t(`probation.intensity.${intensity}`) })}
          width={10}
        />
      ))}
      <Text context={context} state={state} name="capacity" label={t('probation.types.defaultCapacity')} width={10} />
      <button type="submit" class="govuk-button" data-module="govuk-button" safe>
        {t('probation.types.saveSettings')}
      </button>
    </form>
  );
}

/** The edit form of one type: names and descriptions in Kyrgyz, Russian and English. */
export function TypeEditView(props: { context: PageContext; type: ProbationTypeRow; state: FormState }) {
  const { context, type, state } = props;
  const { t, locale } = context.i18n;
  const title = t('probation.types.editTitle', { name: type.name[locale] });
  return (
    <Layout context={context} title={title}>
      <ErrorSummary title={t('error.summaryTitle')} errors={state.errors} />
      <h1 class="govuk-heading-l" safe>
        {title}
      </h1>
      <form method="post" action={`/probation/types/${type.code}`} novalidate>
        <CsrfField token={context.csrfToken} />
        <input type="hidden" name="version" value={state.values.version ?? String(type.version)} />
        {LOCALES.map((language) => (
          <Text context={context} state={state} name={`name_${language}`} label={t(`probation.types.name_${language}`)} />
        ))}
        {LOCALES.map((language) => (
          <LongText context={context} state={state} name={`description_${language}`} label={t(`probation.types.description_${language}`)} />
        ))}
        <button type="submit" class="govuk-button" data-module="govuk-button" safe>
          {t('probation.types.save')}
        </button>
      </form>
    </Layout>
  );
}
