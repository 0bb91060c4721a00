import { describe, expect, it } from 'vitest';
import { type ProgrammeForm, validateProgrammeForm } from './programme.form.ts';

const t = ((key: string) => key) as never;
const valid: ProgrammeForm = {
  titleKy: 'Турмуштук көндүмдөр',
  titleRu: 'Жизненные навыки',
  titleEn: 'Life skills',
  descriptionKy: 'Сүрөттөмө',
  descriptionRu: 'Описание',
  descriptionEn: 'Description',
  targetNeeds: 'rnr_leisure, RNR_FINANCES RNR_FINANCES',
  ageMin: '',
  ageMax: '',
  sessionCount: '10',
  defaultCapacity: '12',
  status: 'active',
  version: '3',
  sexes: ['female', 'nonsense'],
  riskLevels: [],
  legalStatuses: ['convicted'],
  deliveryLanguages: ['ky', 'ru'],
};
const fields = (changes: Partial<ProgrammeForm>) => validateProgrammeForm({ ...valid, ...changes }, t).errors.map((error) => error.field);

describe('the programme edit form', () => {
  it('gives the checked programme, codes upper-cased once each and unknown choices dropped', () => {
    const { input, version } = validateProgrammeForm(valid, t);
    expect(version).toBe(3);
    expect(input).toMatchObject({ targetNeeds: ['RNR_LEISURE', 'RNR_FINANCES'], sexes: ['female'], ageMin: null, sessionCount: 10 });
  });

  it('needs the title and description in all three languages', () => {
    expect(fields({ titleRu: ' ', descriptionEn: '' })).toEqual(['titleRu', 'descriptionEn']);
  });

  it('refuses an age range the wrong way round', () => {
    expect(fields({ ageMin: '30', ageMax: '18' })).toEqual(['ageMax']);
  });

  it('needs at least one delivery language', () => {
    expect(fields({ deliveryLanguages: [] })).toEqual(['deliveryLanguages']);
  });

  it('refuses a number of sessions or places out of range', () => {
    expect(fields({ sessionCount: '0', defaultCapacity: '101' })).toEqual(['sessionCount', 'defaultCapacity']);
  });

  it('refuses codes that are not indicator codes', () => {
    expect(fields({ targetNeeds: 'RNR-EDUCATION' })).toEqual(['targetNeeds']);
  });
});
