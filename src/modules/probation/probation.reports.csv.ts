import type { MessageKey } from '../../platform/i18n/catalog.ts';
import type { I18n } from '../../platform/i18n/translator.ts';
import type { Cell, Rate } from './probation.report-tables.ts';
import { type ProbationReports, REPORT_TABLES } from './probation.reports.ts';

/** The byte-order mark that makes Excel read the file as UTF-8, so Cyrillic (and ң ө ү) show correctly. */
const UTF8_BOM = '\uFEFF';
export const REPORTS_CSV_COLUMNS = ['table', 'section', 'group_code', 'group', 'column', 'value'] as const;

/** One cell, quoted when needed; text a spreadsheet would run as a formula gets a leading apostrophe. */
export function csvCell(value: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const shown = (cell: Cell | Rate | undefined) =>
  cell === undefined ? '' : !cell.shown ? '<5' : 'percent' in cell ? cell.percent.toFixed(1) : String(cell.value);

/** The group's name in the user's language: a location or partner by its name, a sex or an age band by its label. */
function groupName(i18n: I18n, reports: ProbationReports, section: string, key: string): string {
  if (section === 'sex') return i18n.t(`people.sex.${key}` as MessageKey);
  if (section === 'ageBand') return i18n.t(`probationReports.age.${key}` as MessageKey);
  return reports.labels.get(key)?.[i18n.locale] ?? key;
}

/**
 * Every table as CSV, one line a cell ("long" form, so tables with different columns share one file): the same
 * suppressed cells as the page ("<5"), and the court table's rate of followed recommendations as `rate`.
 */
export function probationReportsCsv(i18n: I18n, reports: ProbationReports): string {
  const lines: string[][] = [];
  for (const name of REPORT_TABLES) {
    const table = reports.tables[name];
    for (const { section, rows } of table.sections)
      rows.forEach((row, index) => {
        const group = [name, section, row.key, groupName(i18n, reports, section, row.key)];
        for (const column of [...table.columns, 'total']) lines.push([...group, column, shown(row.cells[column])]);
        // No decided report: no rate at all (empty), rather than a hidden one.
        const none = row.cells.total?.shown === true && row.cells.total.value === 0;
        if (name === 'court') lines.push([...group, 'rate', none ? '' : shown(reports.followedRates[section]![index])]);
      });
  }
  const body = [REPORTS_CSV_COLUMNS.join(','), ...lines.map((line) => line.map(csvCell).join(','))];
  return UTF8_BOM + body.map((line) => `${line}\r\n`).join('');
}
