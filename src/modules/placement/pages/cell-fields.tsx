import { REGIMES } from '../../../platform/org/org.tables.ts';
import { type FieldError, Select, TextInput } from '../../../platform/views/components.tsx';
import type { PageContext } from '../../../platform/views/page-context.ts';
import { CELL_AGE_GROUPS, CELL_CUSTODIES, CELL_SEXES } from '../placement.tables.ts';
import type { CellForm } from './cell.form.ts';

/** The fields of a cell, shared by "add a cell" and "edit a cell"; they give back what was typed. */
export function CellFields(props: { context: PageContext; form: CellForm; errors: FieldError[]; units: { id: string; name: string }[] }) {
  const { t } = props.context.i18n;
  const { form } = props;
  const error = (field: string) => props.errors.find((entry) => entry.field === field)?.message;
  const box = (name: 'specialistUnit' | 'separationUnit') => (
    <div class="govuk-checkboxes__item">
      <input class="govuk-checkboxes__input" id={name} name={name} type="checkbox" value="yes" checked={form[name]} />
      <label class="govuk-label govuk-checkboxes__label" for={name} safe>
        {t(`placement.page.${name}`)}
      </label>
    </div>
  );
  return (
    <>
      <Select
        name="unitId"
        label={t('placement.page.unit')}
        value={form.unitId}
        error={error('unitId')}
        blank=""
        options={props.units.map((unit) => ({ value: unit.id, label: unit.name }))}
      />
      <TextInput name="code" label={t('placement.page.cell')} value={form.code} error={error('code')} width={10} />
      <TextInput name="capacity" label={t('placement.page.capacity')} value={form.capacity} error={error('capacity')} width={10} />
      <Select
        name="sex"
        label={t('placement.page.sex')}
        value={form.sex}
        error={error('sex')}
        blank=""
        options={CELL_SEXES.map((sex) => ({ value: sex, label: t(`placement.sex.${sex}`) }))}
      />
      <Select
        name="ageGroup"
        label={t('placement.page.ageGroup')}
        value={form.ageGroup}
        error={error('ageGroup')}
        blank=""
        options={CELL_AGE_GROUPS.map((group) => ({ value: group, label: t(`placement.ageGroup.${group}`) }))}
      />
      <Select
        name="custody"
        label={t('placement.page.custody')}
        value={form.custody}
        error={error('custody')}
        blank=""
        options={CELL_CUSTODIES.map((custody) => ({ value: custody, label: t(`placement.custody.${custody}`) }))}
      />
      <Select
        name="regime"
        label={t('placement.page.regime')}
        value={form.regime}
        blank={t('placement.page.anyRegime')}
        options={REGIMES.map((regime) => ({ value: regime, label: t(`regime.${regime}`) }))}
      />
      <div class="govuk-form-group">
        <div class="govuk-checkboxes govuk-checkboxes--small">
          {box('specialistUnit')}
          {box('separationUnit')}
        </div>
      </div>
    </>
  );
}

/** A cell's attributes in a few words, for the structure and occupancy tables. */
export function cellAttributes(
  t: PageContext['i18n']['t'],
  cell: { sex: string; ageGroup: string; custody: string; regime: string | null; specialistUnit: boolean; separationUnit: boolean },
): string {
  return [
    t(`placement.sex.${cell.sex}` as 'placement.sex.male'),
    t(`placement.ageGroup.${cell.ageGroup}` as 'placement.ageGroup.adult'),
    t(`placement.custody.${cell.custody}` as 'placement.custody.any'),
    cell.regime ? t(`regime.${cell.regime}` as 'regime.general') : '',
    cell.specialistUnit ? t('placement.page.specialistUnit') : '',
    cell.separationUnit ? t('placement.page.separationUnit') : '',
  ]
    .filter(Boolean)
    .join(', ');
}
