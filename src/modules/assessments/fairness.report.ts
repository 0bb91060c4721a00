import { CLASSIFICATION_CATEGORIES } from './classification.tables.ts';

/**
 * The fairness report's arithmetic, apart from SQL and pages so it can be proved: counting classifications in
 * force by facility, district, sex and age band, and suppressing small cells. A count under 10 (nought too:
 * "nobody" is also a fact about a small group) is never shown, and neither is any cell that would let a
 * suppressed one be worked out by subtraction, nor a rate computed from a suppressed count.
 */
export const SUPPRESSION_THRESHOLD = 10;
export const AGE_BANDS = ['under_18', '18_24', '25_34', '35_44', '45_54', '55_plus'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export type Category = (typeof CLASSIFICATION_CATEGORIES)[number];

export type Cell = { shown: true; value: number } | { shown: false };
export type Rate = { shown: true; percent: number } | { shown: false };

/** The age in whole years on a calendar date (both yyyy-mm-dd), and its band. */
export function ageBandOn(dateOfBirth: string, on: string): AgeBand {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  const age = y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
  if (age < 18) return 'under_18';
  if (age < 25) return '18_24';
  if (age < 35) return '25_34';
  if (age < 45) return '35_44';
  if (age < 55) return '45_54';
  return '55_plus';
}

/** One row of counts; `relations` name the columns that add up: [total, ...parts]. */
export type CountRow = { key: string; counts: Record<string, number> };
export type SuppressedRow = { key: string; cells: Record<string, Cell> };

/**
 * Primary suppression of every count under the threshold, then complementary suppression until nothing
 * changes: within a row, where `total = Σ parts`, exactly one suppressed cell could be recovered by
 * subtraction, so the smallest shown one of the relation is suppressed too; the same down each column, whose
 * total is known from the other tables of the report (every table counts the same people).
 */
export function suppress(rows: readonly CountRow[], relations: readonly (readonly string[])[]): SuppressedRow[] {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row.counts)))];
  const hidden = rows.map((row) => new Set(columns.filter((column) => (row.counts[column] ?? 0) < SUPPRESSION_THRESHOLD)));
  const protect = (cells: { row: number; column: string }[]) => {
    const suppressed = cells.filter((cell) => hidden[cell.row]!.has(cell.column));
    if (suppressed.length !== 1) return false;
    const shown = cells.filter((cell) => !hidden[cell.row]!.has(cell.column));
    if (shown.length === 0) return false;
    const smallest = shown.reduce((a, b) => ((rows[b.row]!.counts[b.column] ?? 0) < (rows[a.row]!.counts[a.column] ?? 0) ? b : a));
    hidden[smallest.row]!.add(smallest.column);
    return true;
  };
  for (let changed = true; changed;) {
    changed = false;
    rows.forEach((_, row) => {
      for (const relation of relations) changed = protect(relation.map((column) => ({ row, column }))) || changed;
    });
    if (rows.length > 1) for (const column of columns) changed = protect(rows.map((_, row) => ({ row, column }))) || changed;
  }
  return rows.map((row, index) => ({
    key: row.key,
    cells: Object.fromEntries(
      columns.map((column) => [column, hidden[index]!.has(column) ? { shown: false } : { shown: true, value: row.counts[column] ?? 0 }]),
    ),
  }));
}

/** A percentage, shown only when both its numerator and its denominator are. */
export function rateOf(numerator: Cell | undefined, denominator: Cell | undefined): Rate {
  if (!numerator?.shown || !denominator?.shown || denominator.value === 0) return { shown: false };
  return { shown: true, percent: Math.round((numerator.value / denominator.value) * 1000) / 10 };
}

/** A classification in force, as the report needs it. */
export type InForce = {
  facility: string;
  district: string | null;
  sex: string;
  dateOfBirth: string;
  /** The decision's calendar date in Bishkek (yyyy-mm-dd). */
  decidedOn: string;
  category: Category;
  overridden: boolean;
};

export const DIMENSIONS = ['facility', 'district', 'sex', 'ageBand'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export const CLASSIFICATION_COLUMNS = ['total', ...CLASSIFICATION_CATEGORIES, 'confirmed', 'overridden'] as const;
const CLASSIFICATION_RELATIONS = [
  ['total', ...CLASSIFICATION_CATEGORIES],
  ['total', 'confirmed', 'overridden'],
];

/** The group a classification falls in; a person with no registered territory is counted as "not recorded". */
export function groupOf(entry: InForce, dimension: Dimension): string {
  if (dimension === 'ageBand') return ageBandOn(entry.dateOfBirth, entry.decidedOn);
  if (dimension === 'district') return entry.district ?? '';
  return entry[dimension];
}

export type ReportTable = { rows: (SuppressedRow & { overrideRate: Rate })[] };

/** One table per dimension: each group's counts by category and decision, suppressed, with the override rate. */
export function classificationTable(entries: readonly InForce[], dimension: Dimension): ReportTable {
  const groups = new Map<string, Record<string, number>>();
  for (const entry of entries) {
    const key = groupOf(entry, dimension);
    const counts = groups.get(key) ?? Object.fromEntries(CLASSIFICATION_COLUMNS.map((column) => [column, 0]));
    counts.total! += 1;
    counts[entry.category]! += 1;
    counts[entry.overridden ? 'overridden' : 'confirmed']! += 1;
    groups.set(key, counts);
  }
  const order = dimension === 'ageBand' ? (key: string) => AGE_BANDS.indexOf(key as AgeBand) : () => 0;
  const rows = [...groups].map(([key, counts]) => ({ key, counts })).sort((a, b) => order(a.key) - order(b.key));
  return {
    rows: suppress(rows, CLASSIFICATION_RELATIONS).map((row) => ({ ...row, overrideRate: rateOf(row.cells.overridden, row.cells.total) })),
  };
}

/** Reviews of assessments by instrument: approved as assessed, or overridden by the reviewer. */
export type ReviewCount = { instrument: string; approved: number; overridden: number };

export function reviewTable(counts: readonly ReviewCount[]): ReportTable {
  const rows = counts.map((count) => ({
    key: count.instrument,
    counts: { total: count.approved + count.overridden, approved: count.approved, overridden: count.overridden },
  }));
  return {
    rows: suppress(rows, [['total', 'approved', 'overridden']]).map((row) => ({
      ...row,
      overrideRate: rateOf(row.cells.overridden, row.cells.total),
    })),
  };
}
