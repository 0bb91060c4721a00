import { describe, expect, it } from 'vitest';
import { cellFormValues, validateCellForm } from './cell.form.ts';

const t = (key: string) => key;
const UNIT = '11111111-2222-4333-8444-555555555555';
const valid = { unitId: UNIT, code: 'A-1', capacity: '4', sex: 'male', ageGroup: 'adult', custody: 'any', regime: '' };

describe('the cell form', () => {
  it('gives the cell with no regime when "any regime" is chosen, and ticked boxes as true', () => {
    const { input, errors } = validateCellForm(cellFormValues({ ...valid, separationUnit: 'yes' }), t);
    expect(errors).toEqual([]);
    expect(input).toMatchObject({ capacity: 4, regime: null, separationUnit: true, specialistUnit: false });
  });

  it('refuses a capacity of 0, above 100 or not a number', () => {
    for (const capacity of ['0', '101', 'four', '']) {
      const { input, errors } = validateCellForm(cellFormValues({ ...valid, capacity }), t);
      expect(input).toBeUndefined();
      expect(errors).toEqual([{ field: 'capacity', message: 'placement.error.capacity' }]);
    }
  });

  it('names every missing choice at once, the unit included', () => {
    const { errors } = validateCellForm(cellFormValues({ code: '', capacity: '2' }), t);
    expect(errors.map((error) => error.field)).toEqual(['unitId', 'code', 'sex', 'ageGroup', 'custody']);
  });
});
