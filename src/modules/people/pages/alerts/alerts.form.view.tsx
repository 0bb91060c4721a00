import { CsrfField, TextInput } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { fullName } from '../../people.models.ts';
import { ALERT_TYPES } from '../../people.tables.ts';
import type { PersonHeaderModel } from '../person-header.ts';
import type { AlertsPage } from './alerts.view.tsx';

/**
 * The add-alert form. For "must not be located with" the other person is given by PIN, or found by name: the
 * "find" button posts the same form (nothing is saved), which comes back with what was typed and the people
 * of the user's units who match, as radio buttons.
 */
export function AddAlertForm({ context, header, page }: { context: PageContext; header: PersonHeaderModel; page: AlertsPage }) {
  const { t, formatDate } = context.i18n;
  const { form } = page;
  const errorFor = (field: string) => page.errors.find((error) => error.field === field)?.message;
  const typeError = errorFor('type');
  const reasonError = errorFor('reason');
  const relatedError = errorFor('relatedPersonId');
  return (
    <form method="post" action={`/people/${header.id}/alerts`} novalidate id="add-alert">
      <CsrfField token={context.csrfToken} />
      <h2 class="govuk-heading-m" safe>
        {t('people.page.alerts.addTitle')}
      </h2>
      <div class={`govuk-form-group${typeError ? ' govuk-form-group--error' : ''}`}>
        <label class="govuk-label" for="type" safe>
          {t('people.page.alerts.type')}
        </label>
        {typeError ? (
          <p class="govuk-error-message" id="type-error" safe>
            {typeError}
          </p>
        ) : (
          ''
        )}
        <select class={`govuk-select${typeError ? ' govuk-select--error' : ''}`} id="type" name="type">
          <option value="" selected={form.type === ''}></option>
          {ALERT_TYPES.map((type) => (
            <option value={type} selected={form.type === type} safe>
              {t(`people.alert.${type}`)}
            </option>
          ))}
        </select>
      </div>
      <div class={`govuk-form-group${reasonError ? ' govuk-form-group--error' : ''}`}>
        <label class="govuk-label" for="reason" safe>
          {t('people.page.alerts.reason')}
        </label>
        {reasonError ? (
          <p class="govuk-error-message" id="reason-error" safe>
            {reasonError}
          </p>
        ) : (
          ''
        )}
        <textarea class={`govuk-textarea${reasonError ? ' govuk-textarea--error' : ''}`} id="reason" name="reason" rows="3" safe>
          {form.reason}
        </textarea>
      </div>
      <TextInput
        name="validFrom"
        label={t('people.page.alerts.validFrom')}
        hint={t('people.page.alerts.dateHint')}
        value={form.validFrom}
        error={errorFor('validFrom')}
        width={10}
      />
      <TextInput
        name="validTo"
        label={t('people.page.alerts.validTo')}
        hint={t('people.page.alerts.validToHint')}
        value={form.validTo}
        error={errorFor('validTo')}
        width={10}
      />
      <TextInput
        name="relatedPin"
        label={t('people.page.alerts.relatedPin')}
        hint={t('people.page.alerts.relatedPinHint')}
        value={form.relatedPin}
        error={errorFor('relatedPin')}
        width={20}
      />
      <TextInput name="relatedName" label={t('people.page.alerts.relatedName')} value={form.relatedName} width={30} spellcheck={false} />
      <button type="submit" name="step" value="find" class="govuk-button govuk-button--secondary" data-module="govuk-button" safe>
        {t('people.page.alerts.find')}
      </button>
      {page.candidates === null ? (
        ''
      ) : page.candidates.length === 0 ? (
        <p class="govuk-body" safe>
          {t('people.page.alerts.noMatches')}
        </p>
      ) : (
        <div class={`govuk-form-group${relatedError ? ' govuk-form-group--error' : ''}`}>
          <fieldset class="govuk-fieldset" id="relatedPersonId">
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--s" safe>
              {t('people.page.alerts.relatedPerson')}
            </legend>
            {relatedError ? (
              <p class="govuk-error-message" safe>
                {relatedError}
              </p>
            ) : (
              ''
            )}
            <div class="govuk-radios govuk-radios--small" data-module="govuk-radios">
              {page.candidates
                .filter((candidate) => candidate.id !== header.id)
                .map((candidate) => (
                  <div class="govuk-radios__item">
                    <input
                      class="govuk-radios__input"
                      id={`related-${candidate.id}`}
                      name="relatedPersonId"
                      type="radio"
                      value={candidate.id}
                      checked={form.relatedPersonId === candidate.id}
                    />
                    <label class="govuk-label govuk-radios__label" for={`related-${candidate.id}`} safe>
                      {`${fullName(candidate)}, ${formatDate(candidate.dateOfBirth)}${candidate.pin ? `, ${candidate.pin}` : ''} — ${candidate.location[context.i18n.locale]}`}
                    </label>
                  </div>
                ))}
            </div>
          </fieldset>
        </div>
      )}
      <div>
        <button type="submit" name="step" value="add" class="govuk-button" data-module="govuk-button" safe>
          {t('people.page.alerts.add')}
        </button>
      </div>
    </form>
  );
}
