import { CsrfField, ErrorSummary } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { PersonLayout, type PersonHeaderModel } from '../../../people/people.service.ts';
import type { ConditionTypeRow, ProbationTypeRow } from '../../probation.reference.ts';
import type { OfficeOption, OfficerOption } from '../../probation.scope.ts';
import { ORDER_KINDS } from '../../probation.tables.ts';
import { Choice, DateField, LongText, Options, Text } from '../probation.fields.tsx';
import type { FormState } from '../probation.form.ts';

export type NewOrderOptions = {
  types: ProbationTypeRow[];
  offices: OfficeOption[];
  officers: OfficerOption[];
  conditions: ConditionTypeRow[];
  defaultOffice: string;
};

/** The form that opens an order: type, court and dates, office and officer, hours owed, conditions. */
export function NewOrderView(props: { context: PageContext; header: PersonHeaderModel; options: NewOrderOptions; state: FormState }) {
  const { context, header, options, state } = props;
  const { t, locale } = context.i18n;
  const title = t('probation.order.title');
  const common = { context, state };
  return (
    <PersonLayout context={context} person={header} tab="probation" title={title}>
      <ErrorSummary title={t('error.summaryTitle')} errors={state.errors} />
      <h1 class="govuk-heading-l" safe>
        {title}
      </h1>
      <form method="post" action={`/people/${header.id}/probation/orders/new`} novalidate>
        <CsrfField token={context.csrfToken} />
        <Choice
          {...common}
          name="probationType"
          label={t('probation.field.probationType')}
          initial="executive"
          options={options.types.map((type) => ({ value: type.code, label: type.name[locale] }))}
        />
        <Choice
          {...common}
          name="kind"
          label={t('probation.field.kind')}
          blank={t('probation.form.chooseBlank')}
          options={ORDER_KINDS.map((kind) => ({ value: kind, label: t(`probation.kind.${kind}`) }))}
        />
        <Text {...common} name="court" label={t('probation.field.court')} />
        <DateField {...common} name="orderedOn" label={t('probation.field.orderedOn')} />
        <DateField {...common} name="startsOn" label={t('probation.field.startsOn')} />
        <DateField {...common} name="endsOn" label={t('probation.field.endsOn')} />
        <Choice
          {...common}
          name="officeId"
          label={t('probation.field.office')}
          initial={options.defaultOffice}
          blank={t('probation.form.chooseBlank')}
          options={options.offices.map((office) => ({ value: office.id, label: office.name[locale] }))}
        />
        <Choice
          {...common}
          name="officerId"
          label={t('probation.field.officer')}
          blank={t('probation.field.notAllocated')}
          hint={t('probation.order.officerHint')}
          options={options.officers.map((officer) => ({ value: officer.id, label: officer.displayName }))}
        />
        <Text {...common} name="hoursOwed" label={t('probation.field.hoursOwed')} hint={t('probation.order.hoursHint')} width={10} />
        <Options
          {...common}
          name="conditionCodes"
          multiple
          label={t('probation.field.conditions')}
          options={options.conditions.map((condition) => ({ value: condition.code, label: condition.name[locale] }))}
        />
        <LongText {...common} name="freeCondition" label={t('probation.order.freeCondition')} />
        <button type="submit" class="govuk-button" data-module="govuk-button" safe>
          {t('probation.order.submit')}
        </button>
      </form>
    </PersonLayout>
  );
}
