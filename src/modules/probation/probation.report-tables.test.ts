import { describe, expect, it } from 'vitest';
import { ageBandOf, rateOf, reportTable, standardSections, suppress } from './probation.report-tables.ts';

describe('small cells in the probation reports', () => {
  it('shows nought and counts of five or more, and hides counts of one to four', () => {
    expect(suppress(0)).toEqual({ shown: true, value: 0 });
    expect([1, 2, 3, 4].map(suppress)).toEqual(Array(4).fill({ shown: false }));
    expect(suppress(5)).toEqual({ shown: true, value: 5 });
  });

  it('never shows a rate worked out from a hidden count', () => {
    expect(rateOf(suppress(3), suppress(10))).toEqual({ shown: false });
    expect(rateOf(suppress(5), suppress(4))).toEqual({ shown: false });
    expect(rateOf(suppress(5), suppress(0))).toEqual({ shown: false });
    expect(rateOf(suppress(5), suppress(8))).toEqual({ shown: true, percent: 62.5 });
  });
});

describe('age bands of the probation reports', () => {
  it('puts each age in whole years in its band, the bounds in the older band', () => {
    expect([17, 18, 24, 25, 34, 35, 44, 45, 80].map(ageBandOf)).toEqual([
      'under_18',
      '18_24',
      '18_24',
      '25_34',
      '25_34',
      '35_44',
      '35_44',
      '45_plus',
      '45_plus',
    ]);
  });
});

describe('a probation report table', () => {
  const counts = [
    { location: 'KG-GO', sex: 'male', age: 30, column: 'executive', count: 4 },
    { location: 'KG-GO', sex: 'female', age: 50, column: 'executive', count: 3 },
    { location: 'KG-GO', sex: 'male', age: 20, column: 'pre_trial', count: 6 },
  ];
  const table = reportTable(counts, ['pre_trial', 'executive'], standardSections(['KG-GO', 'KG-GB']));

  it('has a row for every location, both sexes and every age band, with noughts where nobody is counted', () => {
    expect(table.sections.map((section) => section.rows.map((row) => row.key))).toEqual([
      ['KG-GO', 'KG-GB'],
      ['female', 'male'],
      ['under_18', '18_24', '25_34', '35_44', '45_plus'],
    ]);
    expect(table.sections[0]!.rows[1]!.cells).toEqual({
      pre_trial: { shown: true, value: 0 },
      executive: { shown: true, value: 0 },
      total: { shown: true, value: 0 },
    });
  });

  it('adds up each row across its groups before suppressing, and totals the columns', () => {
    const osh = table.sections[0]!.rows[0]!.cells;
    expect(osh).toEqual({ pre_trial: { shown: true, value: 6 }, executive: { shown: true, value: 7 }, total: { shown: true, value: 13 } });
    const male = table.sections[1]!.rows[1]!.cells;
    expect(male).toEqual({ pre_trial: { shown: true, value: 6 }, executive: { shown: false }, total: { shown: true, value: 10 } });
  });
});
