import { CsrfField, ErrorSummary, type FieldError } from '../../../../platform/views/components.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { PLACEMENT_OPTIONS } from '../../classification.tables.ts';
import type { FacilityPolicy } from '../../placement-policies.ts';
import { Notice } from '../instruments/instrument.components.tsx';

type Props = {
  context: PageContext;
  facilities: FacilityPolicy[];
  /** The facility whose form was refused, with what was ticked, shown again as it was. */
  refused?: { code: string; options: string[]; errors: FieldError[] };
  notice?: string;
};

/** One form per facility: the options it runs, ticked; a refused form comes back as it was sent. */
export function PlacementPoliciesView({ context, facilities, refused, notice }: Props): JSX.Element {
  const { t, locale } = context.i18n;
  return (
    <Layout context={context} title={t('placementPolicies.title')}>
      <ErrorSummary title={t('error.summaryTitle')} errors={refused?.errors ?? []} />
      <Notice text={notice} />
      <h1 class="govuk-heading-l" safe>
        {t('placementPolicies.title')}
      </h1>
      <p class="govuk-body" safe>
        {t('placementPolicies.lead')}
      </p>
      {facilities.length === 0 ? (
        <p class="govuk-body" safe>
          {t('placementPolicies.none')}
        </p>
      ) : (
        ''
      )}
      {facilities.map((facility) => {
        const mine = refused?.code === facility.code;
        const ticked: readonly string[] = mine ? refused.options : (facility.options ?? []);
        const error = mine ? refused.errors[0]?.message : undefined;
        return (
          <form method="post" action={`/admin/placement-policies/${facility.code}`} novalidate>
            <CsrfField token={context.csrfToken} />
            <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
              <fieldset class="govuk-fieldset" id={`options-${facility.code}`}>
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--m" safe>
                  {t('placementPolicies.legend', { name: facility.name[locale] })}
                </legend>
                {facility.options === null ? (
                  <div class="govuk-hint" safe>
                    {t('placementPolicies.notRecorded')}
                  </div>
                ) : (
                  ''
                )}
                {error ? (
                  <p class="govuk-error-message" safe>
                    {error}
                  </p>
                ) : (
                  ''
                )}
                <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
                  {PLACEMENT_OPTIONS.map((option) => (
                    <div class="govuk-checkboxes__item">
                      <input
                        class="govuk-checkboxes__input"
                        id={`${facility.code}-${option}`}
                        name="options"
                        type="checkbox"
                        value={option}
                        checked={ticked.includes(option)}
                      />
                      <label class="govuk-label govuk-checkboxes__label" for={`${facility.code}-${option}`} safe>
                        {t(`placementPolicies.option.${option}`)}
                      </label>
                    </div>
                  ))}
                </div>
              </fieldset>
            </div>
            <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button" safe>
              {t('placementPolicies.save')}
            </button>
          </form>
        );
      })}
    </Layout>
  );
}
