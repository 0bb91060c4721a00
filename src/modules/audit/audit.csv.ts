import type { AuditEventRow } from './audit.repository.ts';

/** The byte-order mark that makes Excel read the file as UTF-8, so Cyrillic (and ң ө ү) show correctly. */
export const UTF8_BOM = '\uFEFF';

export const CSV_COLUMNS = [
  'seq',
  'occurred_at',
  'user_id',
  'username',
  'roles',
  'unit_id',
  'action',
  'resource_type',
  'resource_id',
  'person_id',
  'request_id',
  'source_address',
  'outcome',
  'reason',
  'details',
  'changes',
] as const;

/**
 * One cell. Quoted when it holds a separator, quote or line break. A cell a spreadsheet would run as a formula
 * (=, +, -, @, tab, CR at the start) gets a leading apostrophe: audit rows hold text typed by anyone, such as a
 * username tried at sign-in, and opening the export must not execute it.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text: string;
  if (value instanceof Date) text = value.toISOString();
  else if (typeof value === 'string') text = value;
  else if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') text = value.toString();
  else text = JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const csvLine = (cells: readonly unknown[]): string => `${cells.map(csvCell).join(',')}\r\n`;

export const csvHeader = (): string => UTF8_BOM + csvLine(CSV_COLUMNS);

export function csvRow(event: AuditEventRow): string {
  return csvLine([
    event.seq,
    event.occurredAt,
    event.userId,
    event.username,
    event.roles,
    event.unitId,
    event.action,
    event.resourceType,
    event.resourceId,
    event.personId,
    event.requestId,
    event.sourceAddress,
    event.outcome,
    event.reason,
    event.details,
    event.changes,
  ]);
}
