import type { MessageKey } from '../../platform/i18n/catalog.ts';
import type { I18n } from '../../platform/i18n/translator.ts';
import type { FairnessReport } from './fairness.ts';
import { type Cell, DIMENSIONS, type Rate, type ReportTable } from './fairness.report.ts';

/** The byte-order mark that makes Excel read the file as UTF-8, so Cyrillic (and ң ө ү) show correctly. */
const UTF8_BOM = '\uFEFF';
const SUPPRESSED = '<10';

export const FAIRNESS_CSV_COLUMNS = [
  'table',
  'group_code',
  'group',
  'total',
  'violent_extremist_offender',
  'at_risk_of_radicalisation',
  'general',
  'confirmed',
  'approved',
  'overridden',
  'override_rate_percent',
] as const;

/** One cell, quoted when needed; text a spreadsheet would run as a formula gets a leading apostrophe. */
export function csvCell(value: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const count = (cell: Cell | undefined) => (cell === undefined ? '' : cell.shown ? String(cell.value) : SUPPRESSED);
const rate = (value: Rate) => (value.shown ? value.percent.toFixed(1) : SUPPRESSED);

/** The name of a group in the user's language: a facility, district or instrument by its name, else a label. */
export function groupLabel(i18n: I18n, report: Pick<FairnessReport, 'labels'>, table: string, key: string): string {
  if (table === 'district' && key === '') return i18n.t('fairness.notRecorded');
  if (table === 'sex') return i18n.t(`fairness.sex.${key}` as MessageKey);
  if (table === 'ageBand') return i18n.t(`fairness.age.${key}` as MessageKey);
  const name = report.labels.get(key);
  return name ? name[i18n.locale] : key;
}

function lines(i18n: I18n, report: FairnessReport, table: string, data: ReportTable): string[] {
  return data.rows.map((row) => {
    const cells = FAIRNESS_CSV_COLUMNS.slice(3, -1).map((column) => count(row.cells[column]));
    return [table, row.key, groupLabel(i18n, report, table, row.key), ...cells, rate(row.overrideRate)].map(csvCell).join(',');
  });
}

/** The whole report as CSV: the same suppressed cells as the page ("<10"), one line a group. */
export function fairnessCsv(i18n: I18n, report: FairnessReport): string {
  const body = [
    FAIRNESS_CSV_COLUMNS.join(','),
    ...DIMENSIONS.flatMap((dimension) => lines(i18n, report, dimension, report.classifications[dimension])),
    ...lines(i18n, report, 'instrument', report.reviews),
  ];
  return UTF8_BOM + body.map((line) => `${line}\r\n`).join('');
}
