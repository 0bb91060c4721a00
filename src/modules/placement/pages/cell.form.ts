import type { FieldError } from '../../../platform/views/components.tsx';
import type { CellInput } from '../placement.structure.ts';
import { CELL_AGE_GROUPS, CELL_CUSTODIES, CELL_SEXES } from '../placement.tables.ts';

type T = (key: 'placement.error.required' | 'placement.error.capacity') => string;

/** A form value as text: fastify gives strings, arrays for repeated names, nothing for unticked boxes. */
export const textOf = (value: unknown): string =>
  typeof value === 'string' ? value.trim() : Array.isArray(value) ? String(value[0] ?? '').trim() : '';

export type CellForm = Record<'unitId' | 'code' | 'capacity' | 'sex' | 'ageGroup' | 'custody' | 'regime' | 'version', string> & {
  specialistUnit: boolean;
  separationUnit: boolean;
};

export function cellFormValues(body: Record<string, unknown>): CellForm {
  return {
    unitId: textOf(body.unitId),
    code: textOf(body.code),
    capacity: textOf(body.capacity),
    sex: textOf(body.sex),
    ageGroup: textOf(body.ageGroup),
    custody: textOf(body.custody),
    regime: textOf(body.regime),
    version: textOf(body.version),
    specialistUnit: textOf(body.specialistUnit) === 'yes',
    separationUnit: textOf(body.separationUnit) === 'yes',
  };
}

const oneOf = <V extends string>(values: readonly V[], value: string): value is V => (values as readonly string[]).includes(value);

/** Checks a cell form; every field that is wrong gets its own message, so one submit shows them all. */
export function validateCellForm(form: CellForm, t: T): { input?: CellInput; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const required = (field: keyof CellForm, ok: boolean) => {
    if (!ok) errors.push({ field, message: t('placement.error.required') });
  };
  required('unitId', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(form.unitId));
  required('code', form.code !== '');
  const capacity = Number(form.capacity);
  if (!/^\d+$/.test(form.capacity) || capacity < 1 || capacity > 100)
    errors.push({ field: 'capacity', message: t('placement.error.capacity') });
  required('sex', oneOf(CELL_SEXES, form.sex));
  required('ageGroup', oneOf(CELL_AGE_GROUPS, form.ageGroup));
  required('custody', oneOf(CELL_CUSTODIES, form.custody));
  if (errors.length > 0) return { errors };
  return {
    errors,
    input: {
      unitId: form.unitId,
      code: form.code,
      capacity,
      sex: form.sex as CellInput['sex'],
      ageGroup: form.ageGroup as CellInput['ageGroup'],
      custody: form.custody as CellInput['custody'],
      regime: form.regime === '' ? null : form.regime,
      specialistUnit: form.specialistUnit,
      separationUnit: form.separationUnit,
    },
  };
}
