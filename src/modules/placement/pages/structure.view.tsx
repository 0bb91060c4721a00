import { CsrfField, ErrorSummary, type FieldError, TextInput } from '../../../platform/views/components.tsx';
import { Layout } from '../../../platform/views/layout.tsx';
import type { PageContext } from '../../../platform/views/page-context.ts';
import type { Facility } from '../placement.facilities.ts';
import type { UnitWithCells } from '../placement.structure.ts';
import { CellFields, cellAttributes } from './cell-fields.tsx';
import type { CellForm } from './cell.form.ts';

export type StructureState = {
  errors: FieldError[];
  notice?: string | undefined;
  unitForm?: { code: string; name: string };
  cellForm?: CellForm;
};

export const EMPTY_CELL: CellForm = {
  unitId: '',
  code: '',
  capacity: '',
  sex: '',
  ageGroup: '',
  custody: '',
  regime: '',
  version: '',
  specialistUnit: false,
  separationUnit: false,
};

/** `/facilities/:code/structure`: the facility's units and cells, a form to add each, a link to edit a cell. */
export function StructureView(props: { context: PageContext; facility: Facility; units: UnitWithCells[]; state: StructureState }) {
  const { context, facility, units, state } = props;
  const { t, locale } = context.i18n;
  const title = t('placement.page.structure', { facility: facility.name[locale] });
  const unitForm = state.unitForm ?? { code: '', name: '' };
  const error = (field: string) => state.errors.find((entry) => entry.field === field)?.message;
  return (
    <Layout context={context} title={title}>
      <a href="/facilities" class="govuk-back-link" safe>
        {t('placement.page.facilities')}
      </a>
      <ErrorSummary title={t('error.summaryTitle')} errors={state.errors} />
      {state.notice ? (
        <div class="govuk-notification-banner govuk-notification-banner--success" role="alert">
          <div class="govuk-notification-banner__content">
            <p class="govuk-notification-banner__heading" safe>
              {state.notice}
            </p>
          </div>
        </div>
      ) : (
        ''
      )}
      <h1 class="govuk-heading-l" safe>
        {title}
      </h1>
      {units.length === 0 ? (
        <p class="govuk-body" safe>
          {t('placement.page.noUnits')}
        </p>
      ) : (
        ''
      )}
      {units.map((unit) => (
        <>
          <h2 class="govuk-heading-m" safe>{`${unit.code} — ${unit.name}`}</h2>
          <table class="govuk-table">
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th class="govuk-table__header" safe>
                  {t('placement.page.cell')}
                </th>
                <th class="govuk-table__header" safe>
                  {t('placement.page.capacity')}
                </th>
                <th class="govuk-table__header" safe>
                  {t('placement.page.occupants')}
                </th>
                <th class="govuk-table__header" safe>
                  {t('placement.page.attributes')}
                </th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {unit.cells.map((cell) => (
                <tr class="govuk-table__row">
                  <td class="govuk-table__cell">
                    <a class="govuk-link" href={`/facilities/${facility.code}/cells/${cell.id}`} safe>
                      {cell.code}
                    </a>
                  </td>
                  <td class="govuk-table__cell">{cell.capacity}</td>
                  <td class="govuk-table__cell">{cell.occupants}</td>
                  <td class="govuk-table__cell" safe>
                    {cellAttributes(t, cell)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ))}
      <h2 class="govuk-heading-m" safe>
        {t('placement.page.addUnit')}
      </h2>
      <form method="post" action={`/facilities/${facility.code}/units`} novalidate>
        <CsrfField token={context.csrfToken} />
        <TextInput name="unitCode" label={t('placement.page.unitCode')} value={unitForm.code} error={error('unitCode')} width={10} />
        <TextInput name="unitName" label={t('placement.page.unitName')} value={unitForm.name} error={error('unitName')} width={30} />
        <button class="govuk-button" data-module="govuk-button" safe>
          {t('placement.page.addUnit')}
        </button>
      </form>
      {units.length > 0 ? (
        <>
          <h2 class="govuk-heading-m" safe>
            {t('placement.page.addCell')}
          </h2>
          <form method="post" action={`/facilities/${facility.code}/cells`} novalidate>
            <CsrfField token={context.csrfToken} />
            <CellFields
              context={context}
              form={state.cellForm ?? EMPTY_CELL}
              errors={state.errors}
              units={units.map((unit) => ({ id: unit.id, name: `${unit.code} — ${unit.name}` }))}
            />
            <button class="govuk-button" data-module="govuk-button" safe>
              {t('placement.page.addCell')}
            </button>
          </form>
        </>
      ) : (
        ''
      )}
    </Layout>
  );
}

/** `/facilities/:code/cells/:cellId`: a manager's edit of one cell, with its row version. */
export function CellEditView(props: {
  context: PageContext;
  facility: Facility;
  units: UnitWithCells[];
  form: CellForm;
  cellId: string;
  errors: FieldError[];
}) {
  const { context, facility, form } = props;
  const { t, locale } = context.i18n;
  const title = `${t('placement.page.cell')} ${form.code}`;
  return (
    <Layout context={context} title={title}>
      <a href={`/facilities/${facility.code}/structure`} class="govuk-back-link" safe>
        {t('placement.page.structure', { facility: facility.name[locale] })}
      </a>
      <ErrorSummary title={t('error.summaryTitle')} errors={props.errors} />
      <h1 class="govuk-heading-l" safe>
        {title}
      </h1>
      <form method="post" action={`/facilities/${facility.code}/cells/${props.cellId}`} novalidate>
        <CsrfField token={context.csrfToken} />
        <input type="hidden" name="version" value={form.version} />
        <CellFields
          context={context}
          form={form}
          errors={props.errors}
          units={props.units.map((unit) => ({ id: unit.id, name: `${unit.code} — ${unit.name}` }))}
        />
        <button class="govuk-button" data-module="govuk-button" safe>
          {t('placement.page.saveCell')}
        </button>
      </form>
    </Layout>
  );
}
