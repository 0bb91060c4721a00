import { describe, expect, it } from 'vitest';
import { ageBandOn, type Cell, classificationTable, type InForce, rateOf, reviewTable, suppress } from './fairness.report.ts';

const shown = (value: number): Cell => ({ shown: true, value });
const hidden: Cell = { shown: false };

function entries(count: number, values: Partial<InForce>): InForce[] {
  return Array.from({ length: count }, () => ({
    facility: 'PRISON_47',
    district: 'KG-C-ALAMUDUN',
    sex: 'male',
    dateOfBirth: '1990-06-15',
    decidedOn: '2026-03-01',
    category: 'general' as const,
    overridden: false,
    ...values,
  }));
}

describe('age bands', () => {
  it('counts the age at the decision date, a birthday not yet reached that year not counted', () => {
    expect(ageBandOn('2001-03-02', '2026-03-01')).toBe('18_24');
    expect(ageBandOn('2001-03-01', '2026-03-01')).toBe('25_34');
    expect(ageBandOn('2009-01-01', '2026-03-01')).toBe('under_18');
    expect(ageBandOn('1971-01-01', '2026-03-01')).toBe('55_plus');
    expect(ageBandOn('1981-03-02', '2026-03-01')).toBe('35_44');
    expect(ageBandOn('1981-03-01', '2026-03-01')).toBe('45_54');
  });
});

describe('small-cell suppression', () => {
  it('never shows a count of 9, and shows a count of 10', () => {
    const [row] = suppress([{ key: 'a', counts: { total: 19, x: 9, y: 10 } }], []);
    expect(row!.cells.x).toEqual(hidden);
    expect(row!.cells.y).toEqual(shown(10));
    expect(JSON.stringify(row)).not.toContain('9,');
  });

  it('never shows nought either: "nobody" is also a fact about a small group', () => {
    const [row] = suppress([{ key: 'a', counts: { total: 12, x: 0 } }], []);
    expect(row!.cells.x).toEqual(hidden);
  });

  it('suppresses a second cell of a row where the one suppressed could be worked out from the total', () => {
    const [row] = suppress([{ key: 'a', counts: { total: 32, x: 12, y: 11, z: 9 } }], [['total', 'x', 'y', 'z']]);
    expect(row!.cells.z).toEqual(hidden);
    expect(row!.cells.y).toEqual(hidden);
    expect(row!.cells.x).toEqual(shown(12));
  });

  it('suppresses a second cell of a column where the one suppressed could be worked out from another table', () => {
    const rows = suppress(
      [
        { key: 'a', counts: { total: 30 } },
        { key: 'b', counts: { total: 20 } },
        { key: 'c', counts: { total: 5 } },
      ],
      [],
    );
    expect(rows.map((row) => row.cells.total)).toEqual([shown(30), hidden, hidden]);
  });

  it('suppresses a rate whose numerator or denominator is suppressed', () => {
    expect(rateOf(hidden, shown(40))).toEqual({ shown: false });
    expect(rateOf(shown(10), hidden)).toEqual({ shown: false });
    expect(rateOf(shown(10), shown(40))).toEqual({ shown: true, percent: 25 });
  });
});

describe('the classification tables', () => {
  it('counts by category and decision per group, suppressing the small ones and their rates', () => {
    const data = [
      ...entries(12, { category: 'general' }),
      ...entries(10, { category: 'at_risk_of_radicalisation', overridden: true }),
      ...entries(3, { category: 'violent_extremist_offender', overridden: true }),
    ];
    const [row] = classificationTable(data, 'facility').rows;
    expect(row!.cells.total).toEqual(shown(25));
    expect(row!.cells.general).toEqual(shown(12));
    expect(row!.cells.violent_extremist_offender).toEqual(hidden);
    // 25 − 12 − 3 would give the 3 away: the smaller shown category is suppressed with it.
    expect(row!.cells.at_risk_of_radicalisation).toEqual(hidden);
    expect(row!.cells.overridden).toEqual(shown(13));
    expect(row!.cells.confirmed).toEqual(shown(12));
    expect(row!.overrideRate).toEqual({ shown: true, percent: 52 });
  });

  it('shows no rate for a group of fewer than 10', () => {
    const table = classificationTable([...entries(20, { sex: 'male' }), ...entries(9, { sex: 'female', overridden: true })], 'sex');
    const female = table.rows.find((row) => row.key === 'female')!;
    expect(female.cells.total).toEqual(hidden);
    expect(female.overrideRate).toEqual({ shown: false });
  });

  it('groups by age band in age order and counts a missing district as not recorded', () => {
    const data = [...entries(10, { dateOfBirth: '1960-01-01' }), ...entries(10, { dateOfBirth: '2004-01-01', district: null })];
    expect(classificationTable(data, 'ageBand').rows.map((row) => row.key)).toEqual(['18_24', '55_plus']);
    expect(classificationTable(data, 'district').rows.map((row) => row.key)).toEqual(['KG-C-ALAMUDUN', '']);
  });
});

describe('the review table', () => {
  it('suppresses an instrument’s override count under 10 and its rate', () => {
    const [row] = reviewTable([{ instrument: 'KADAM_VE', approved: 30, overridden: 4 }]).rows;
    expect(row!.cells.overridden).toEqual(hidden);
    expect(row!.cells.approved).toEqual(hidden);
    expect(row!.cells.total).toEqual(shown(34));
    expect(row!.overrideRate).toEqual({ shown: false });
  });
});
