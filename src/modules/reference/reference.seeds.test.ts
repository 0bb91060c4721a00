import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { agenciesSeed, criminalCodeSeed, orgUnitsSeed, territoriesSeed } from './reference.schemas.ts';
import { REFERENCE_SEEDS_DIR } from './reference.seeds.ts';

const read = (file: string): unknown => JSON.parse(readFileSync(path.join(REFERENCE_SEEDS_DIR, file), 'utf8'));
const territories = territoriesSeed.parse(read('territories.json')).items;
const agencies = agenciesSeed.parse(read('agencies.json')).items;
const units = orgUnitsSeed.parse(read('org-units.json')).items;
const articles = criminalCodeSeed.parse(read('criminal-code.json'));

describe('reference seed files', () => {
  it('have the 7 oblasts and the cities of Bishkek and Osh', () => {
    expect(territories.filter((item) => item.kind === 'oblast')).toHaveLength(7);
    expect(
      territories
        .filter((item) => item.kind === 'city_republican')
        .map((item) => item.code)
        .sort(),
    ).toEqual(['KG-GB', 'KG-GO']);
  });

  it('mark exactly the 10 project locations', () => {
    const locations = territories.filter((item) => item.projectLocation).map((item) => item.names.en);
    expect(locations).toHaveLength(10);
    for (const name of ['Pervomaisky', 'Alamudun', 'Karakol', 'Osh', 'Kara-Suu', 'Uzgen', 'Aravan', 'Jalal-Abad', 'Suzak', 'Kyzyl-Kiya']) {
      expect(locations.some((location) => location.includes(name))).toBe(true);
    }
  });

  it('mark Prisons No. 16, 27 and 47 — and only them — as having units for violent extremist prisoners', () => {
    expect(
      units
        .filter((unit) => unit.veUnit)
        .map((unit) => unit.code)
        .sort(),
    ).toEqual(['PRISON_16', 'PRISON_27', 'PRISON_47']);
  });

  it('give every project location a probation office', () => {
    const offices = new Set(units.filter((unit) => unit.kind === 'probation_office').map((unit) => unit.territory));
    const uncovered = territories.filter((item) => item.projectLocation && !offices.has(item.code)).map((item) => item.code);
    expect(uncovered).toEqual([]);
  });

  it('include colonies with a regime, colony-settlements, pre-trial centres, forensic laboratories and the Training Centre', () => {
    const kinds = new Set(units.map((unit) => unit.kind));
    for (const kind of ['colony', 'colony_settlement', 'pretrial_centre', 'forensic_laboratory', 'training_centre'] as const)
      expect(kinds.has(kind)).toBe(true);
    expect(units.filter((unit) => unit.kind === 'colony').every((unit) => unit.regime)).toBe(true);
  });

  it('resolve every reference and never reuse a code', () => {
    const territoryCodes = new Set(territories.map((item) => item.code));
    const agencyCodes = new Set(agencies.map((item) => item.code));
    expect(territories.filter((item) => item.parent && !territoryCodes.has(item.parent))).toEqual([]);
    expect(units.filter((unit) => !agencyCodes.has(unit.agency) || (unit.territory && !territoryCodes.has(unit.territory)))).toEqual([]);
    const codes = [...agencies, ...units].map((item) => item.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('write Kyrgyz names with Kyrgyz letters, not Russian ones', () => {
    const alamudun = territories.find((item) => item.names.en.startsWith('Alamudun'));
    expect(alamudun?.names.ky).toMatch(/[үөң]/);
    expect(alamudun?.names.ky).not.toBe(alamudun?.names.ru);
  });

  it('mark Art. 315 (extremist materials) as extremism, and the terrorism and extremism articles the services meet', () => {
    const article315 = articles.items.find((item) => item.code === '315');
    expect(article315).toMatchObject({ extremism: true, toBeConfirmed: false });
    expect(article315?.title.ru).toMatch(/экстремистских материалов/);
    expect(articles.items.filter((item) => item.terrorism).length).toBeGreaterThanOrEqual(4);
    expect(articles.items.filter((item) => item.extremism).length).toBeGreaterThanOrEqual(4);
    for (const word of ['Убийство', 'Кража', 'Мошенничество', 'Хулиганство', 'Финансирование', 'Наёмничество', 'вражды'])
      expect(articles.items.some((item) => item.title.ru.includes(word))).toBe(true);
  });

  it('never reuse an article number, and tell administrators the unchecked numbers must be checked', () => {
    const codes = articles.items.map((item) => item.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(articles.note).toMatch(/must check/);
    expect(articles.items.some((item) => item.toBeConfirmed)).toBe(true);
  });
});
