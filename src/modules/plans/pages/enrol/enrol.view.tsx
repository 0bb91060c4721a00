import { CsrfField, type FieldError } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { PersonHeaderModel } from '../../../people/people.service.ts';
import type { OpenGroup } from '../../../programmes/programmes.service.ts';
import type { planActions } from '../../plans.tables.ts';
import { PlanStepLayout } from '../plan-page.tsx';

type Page = {
  action: typeof planActions.$inferSelect;
  groups: OpenGroup[];
  groupId: string;
  errors: FieldError[];
  rowVersion: number;
};

/** The groups the person could join, each with where, when, in which language, places left and eligibility. */
export function EnrolView({ context, header, page }: { context: PageContext; header: PersonHeaderModel; page: Page }): JSX.Element {
  const { t, locale, formatDate } = context.i18n;
  const error = page.errors.find((entry) => entry.field === 'groupId')?.message;
  return (
    <PlanStepLayout context={context} header={header} title={t('plans.enrol.title')} errors={page.errors}>
      <p class="govuk-body-l" safe>
        {page.action.description}
      </p>
      {page.groups.length === 0 ? (
        <p class="govuk-body" safe>
          {t('plans.enrol.noGroups')}
        </p>
      ) : (
        <form method="post" action={`/people/${header.id}/plan/actions/${page.action.id}/enrol`} novalidate>
          <CsrfField token={context.csrfToken} />
          <input type="hidden" name="rowVersion" value={String(page.rowVersion)} />
          <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
            <fieldset class="govuk-fieldset" id="groupId">
              <legend class="govuk-fieldset__legend govuk-fieldset__legend--s" safe>
                {t('plans.enrol.legend')}
              </legend>
              {error ? (
                <p class="govuk-error-message" safe>
                  {error}
                </p>
              ) : (
                ''
              )}
              <div class="govuk-radios" data-module="govuk-radios">
                {page.groups.map((group) => (
                  <div class="govuk-radios__item" data-group={group.groupId}>
                    <input
                      class="govuk-radios__input"
                      id={`group-${group.groupId}`}
                      name="groupId"
                      type="radio"
                      value={group.groupId}
                      checked={page.groupId === group.groupId}
                      aria-describedby={`group-${group.groupId}-hint`}
                    />
                    <label class="govuk-label govuk-radios__label" for={`group-${group.groupId}`} safe>
                      {`${group.title[locale]} — ${group.unitName[locale]}`}
                    </label>
                    <div id={`group-${group.groupId}-hint`} class="govuk-hint govuk-radios__hint">
                      <span safe>
                        {t('plans.enrol.groupLine', {
                          date: formatDate(group.startsOn),
                          language: group.language,
                          places: group.placesLeft,
                          waiting: group.waiting,
                        })}
                      </span>
                      {group.eligible ? (
                        ''
                      ) : (
                        <ul class="govuk-list govuk-!-margin-bottom-0">
                          {group.ineligibleReasons.map((reason) => (
                            <li safe>{`${t('plans.enrol.ineligible')}: ${t(reason)}`}</li>
                          ))}
                        </ul>
                      )}
                    </div>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
          <button type="submit" class="govuk-button" data-module="govuk-button" safe>
            {t('plans.enrol.button')}
          </button>
        </form>
      )}
    </PlanStepLayout>
  );
}
