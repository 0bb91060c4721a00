import { describe, expect, it } from 'vitest';
import type { Executor } from '../../platform/db/pool.ts';
import { UNIT_NAME_TTL_MS, unitNameCache } from './people.unit-names.ts';

const db = {} as Executor;

describe('unit names kept for the header band', () => {
  it('reads a unit’s name once, then again only after the time to keep it has passed', async () => {
    let clock = 0;
    const reads: string[] = [];
    const names = unitNameCache(
      (_db, unitId) => {
        reads.push(unitId);
        return Promise.resolve({ ky: `Түзөтүү ${reads.length}`, ru: `Колония ${reads.length}`, en: `Colony ${reads.length}` });
      },
      () => clock,
    );
    expect(await names(db, 'unit-a')).toEqual({ ky: 'Түзөтүү 1', ru: 'Колония 1', en: 'Colony 1' });
    clock = UNIT_NAME_TTL_MS - 1;
    expect(await names(db, 'unit-a')).toEqual({ ky: 'Түзөтүү 1', ru: 'Колония 1', en: 'Colony 1' });
    expect(reads).toEqual(['unit-a']);
    clock = UNIT_NAME_TTL_MS;
    expect(await names(db, 'unit-a')).toEqual({ ky: 'Түзөтүү 2', ru: 'Колония 2', en: 'Colony 2' });
    expect(reads).toEqual(['unit-a', 'unit-a']);
  });

  it('keeps each unit apart', async () => {
    const names = unitNameCache((_db, unitId) => Promise.resolve({ ky: unitId, ru: unitId, en: unitId }));
    expect(await names(db, 'unit-a')).toEqual({ ky: 'unit-a', ru: 'unit-a', en: 'unit-a' });
    expect(await names(db, 'unit-b')).toEqual({ ky: 'unit-b', ru: 'unit-b', en: 'unit-b' });
  });
});
