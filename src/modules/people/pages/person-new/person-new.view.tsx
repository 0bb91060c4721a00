import { CsrfField, ErrorSummary, type FieldError, TextInput } from '../../../../platform/views/components.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { type Duplicates, noDuplicates } from '../../people.duplicates.ts';
import type { PersonForm } from '../../people.schemas.ts';
import type { TerritoryOption, UnitOption } from '../../people.scope.ts';
import { NO_PIN_REASONS } from '../../people.tables.ts';
import { Confirm, Radios, Select } from './form-controls.tsx';
import { PersonFields } from './person-fields.view.tsx';

export type PersonNewProps = {
  context: PageContext;
  form: PersonForm;
  errors: FieldError[];
  units: UnitOption[];
  territories: TerritoryOption[];
  sensitive: boolean;
  duplicates: Duplicates | null;
  pinWarnings: string[];
};

/** Registration of a person: the record's fields, the registering unit, the PIN (or why there is none). */
export function PersonNewView(props: PersonNewProps): JSX.Element {
  const { context, form, errors } = props;
  const { t, locale } = context.i18n;
  const error = (field: keyof PersonForm) => errors.find((entry) => entry.field === field)?.message;
  return (
    <Layout context={context} title={t('people.record.new.title')}>
      <ErrorSummary title={t('error.summaryTitle')} errors={errors} />
      <h1 class="govuk-heading-l" safe>
        {t('people.record.new.title')}
      </h1>
      {props.duplicates && !noDuplicates(props.duplicates) ? <PossibleMatches context={context} duplicates={props.duplicates} /> : ''}
      <form method="post" action="/people/new" novalidate>
        <CsrfField token={context.csrfToken} />
        <PersonFields context={context} form={form} errors={errors} territories={props.territories} sensitive={props.sensitive} />
        <fieldset class="govuk-fieldset govuk-!-margin-bottom-6">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">
            <h2 class="govuk-fieldset__heading" safe>
              {t('people.record.section.registration')}
            </h2>
          </legend>
          <Select
            name="unitId"
            label={t('people.record.field.unitId')}
            value={form.unitId}
            error={error('unitId')}
            blank={t('people.record.choose')}
            options={props.units.map((unit) => ({ value: unit.id, label: unit.name[locale] }))}
          />
          <PinPart context={context} form={form} errors={errors} warnings={props.pinWarnings} />
        </fieldset>
        {props.duplicates && !noDuplicates(props.duplicates) && !props.duplicates.pinTaken ? (
          <Confirm
            name="notDuplicate"
            label={t('people.record.field.notDuplicate')}
            checked={form.notDuplicate}
            error={error('notDuplicate')}
          />
        ) : (
          ''
        )}
        <div class="govuk-button-group">
          <button type="submit" class="govuk-button" data-module="govuk-button" safe>
            {t('people.record.new.submit')}
          </button>
          <a class="govuk-link" href="/people" safe>
            {t('people.record.cancel')}
          </a>
        </div>
      </form>
    </Layout>
  );
}

/** A PIN or the reason for having none; a sex-digit warning asks for the "correct as entered" box. */
export function PinPart(props: {
  context: PageContext;
  form: Pick<PersonForm, 'pinChoice' | 'pin' | 'noPinReason' | 'pinConfirmed'>;
  errors: FieldError[];
  warnings: string[];
}): JSX.Element {
  const { form, errors } = props;
  const { t } = props.context.i18n;
  const error = (field: string) => errors.find((entry) => entry.field === field)?.message;
  return (
    <>
      <Radios
        name="pinChoice"
        legend={t('people.record.field.pinChoice')}
        value={form.pinChoice}
        error={error('pinChoice')}
        options={[
          { value: 'pin', label: t('people.record.pinChoice.pin') },
          { value: 'none', label: t('people.record.pinChoice.none') },
        ]}
      />
      <TextInput
        name="pin"
        label={t('people.pin.label')}
        hint={t('people.pin.hint')}
        value={form.pin}
        error={error('pin')}
        width={20}
        spellcheck={false}
      />
      {props.warnings.length > 0 || error('pinConfirmed') ? (
        <Confirm
          name="pinConfirmed"
          label={t('people.record.field.pinConfirmed')}
          checked={form.pinConfirmed}
          error={error('pinConfirmed')}
        />
      ) : (
        ''
      )}
      <Select
        name="noPinReason"
        label={t('people.record.field.noPinReason')}
        value={form.noPinReason}
        error={error('noPinReason')}
        blank={t('people.record.choose')}
        options={NO_PIN_REASONS.map((reason) => ({ value: reason, label: t(`people.noPin.${reason}`) }))}
      />
    </>
  );
}

function PossibleMatches({ context, duplicates }: { context: PageContext; duplicates: Duplicates }): JSX.Element {
  const { t, formatDate } = context.i18n;
  return (
    <div class="govuk-notification-banner" role="region" aria-labelledby="possible-matches-title" data-module="govuk-notification-banner">
      <div class="govuk-notification-banner__header">
        <h2 class="govuk-notification-banner__title" id="possible-matches-title" safe>
          {t('people.record.dup.title')}
        </h2>
      </div>
      <div class="govuk-notification-banner__content">
        <p class="govuk-body" safe>
          {duplicates.pinTaken
            ? duplicates.inScope.some((match) => match.match === 'same_pin')
              ? t('people.record.dup.pinTaken')
              : t('people.record.dup.pinTakenElsewhere')
            : t('people.record.dup.intro')}
        </p>
        <ul class="govuk-list" id="possible-matches">
          {duplicates.inScope.map((match) => (
            <li>
              <a class="govuk-link" href={`/people/${match.id}`} safe>
                {[match.familyName, match.givenName, match.patronymic].filter(Boolean).join(' ')}
              </a>{' '}
              <span class="govuk-body-s" safe>
                {`${t('people.record.dup.born', { date: formatDate(match.dateOfBirth) })}${match.pin ? `, ${t('people.pin.label')} ${match.pin}` : ''} — ${t(`people.record.dup.match.${match.match}`)}`}
              </span>
            </li>
          ))}
        </ul>
        {duplicates.outOfScope > 0 ? (
          <p class="govuk-body" safe>
            {t('people.record.dup.outOfScope', { count: duplicates.outOfScope })}
          </p>
        ) : (
          ''
        )}
      </div>
    </div>
  );
}
