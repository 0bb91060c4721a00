/**
 * The probation reports' arithmetic, apart from SQL and pages so it can be proved: age bands, tables by project
 * location, sex and age band, and small-cell suppression. The approach is the fairness report's (a suppressed
 * count never reaches the page, a rate from a suppressed count is never shown), with the probation service's
 * threshold: a count of 1 to 4 is shown as "<5". Nought is shown: no order of a kind in a district says
 * nothing about a person.
 */
export const SMALL_CELL_LIMIT = 5;
export const AGE_BANDS = ['under_18', '18_24', '25_34', '35_44', '45_plus'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export type Cell = { shown: true; value: number } | { shown: false };
export type Rate = { shown: true; percent: number } | { shown: false };

/** A count as it may be shown: counts 1–4 are hidden. */
export function suppress(value: number): Cell {
  return value > 0 && value < SMALL_CELL_LIMIT ? { shown: false } : { shown: true, value };
}

/** A percentage, shown only when both its numerator and its denominator are (and the denominator is not nought). */
export function rateOf(numerator: Cell, denominator: Cell): Rate {
  if (!numerator.shown || !denominator.shown || denominator.value === 0) return { shown: false };
  return { shown: true, percent: Math.round((numerator.value / denominator.value) * 1000) / 10 };
}

/** The band of an age in whole years (on the period's last day; the SQL works the age out). */
export function ageBandOf(age: number): AgeBand {
  if (age < 18) return 'under_18';
  if (age < 25) return '18_24';
  if (age < 35) return '25_34';
  if (age < 45) return '35_44';
  return '45_plus';
}

/** The people's sexes as recorded (`people.sex`): every table shows both, with noughts. */
export const SEXES = ['female', 'male'] as const;

/** Aggregate counts as the queries give them: no person, only the groups they fall in. */
export type GroupCount = { location: string; sex: string; age: number; column: string; count: number; partner?: string };

export type Section = 'partner' | 'location' | 'sex' | 'ageBand';
export type TableRow = { key: string; cells: Record<string, Cell> };
export type ReportTable = { columns: readonly string[]; sections: { section: Section; rows: TableRow[] }[] };

function keyOf(count: GroupCount, section: Section): string {
  if (section === 'ageBand') return ageBandOf(count.age);
  if (section === 'partner') return count.partner ?? '';
  return count[section];
}

/**
 * One report table: a section of rows per grouping — by default every project location, both sexes and every
 * age band, with noughts — each row's counts per column and their total, all suppressed.
 */
export function reportTable(
  counts: readonly GroupCount[],
  columns: readonly string[],
  sections: readonly { section: Section; keys: readonly string[] }[],
): ReportTable {
  return {
    columns,
    sections: sections.map(({ section, keys }) => ({
      section,
      rows: keys.map((key) => {
        const mine = counts.filter((count) => keyOf(count, section) === key);
        const sum = (column: string) => mine.filter((count) => count.column === column).reduce((total, count) => total + count.count, 0);
        const cells = Object.fromEntries(columns.map((column) => [column, suppress(sum(column))]));
        return { key, cells: { ...cells, total: suppress(columns.reduce((total, column) => total + sum(column), 0)) } };
      }),
    })),
  };
}

/** The usual sections: the project locations (in the order given), both sexes, every age band. */
export const standardSections = (locations: readonly string[]) => [
  { section: 'location' as const, keys: locations },
  { section: 'sex' as const, keys: SEXES },
  { section: 'ageBand' as const, keys: AGE_BANDS },
];
