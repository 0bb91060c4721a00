import { AUDIT_OUTCOMES, type AuditOutcome } from '../../platform/audit/audit.tables.ts';

/** What the auditor typed in the filter form, kept as typed so a rejected value is shown back. */
export type AuditFilterForm = { username: string; personId: string; action: string; outcome: string; from: string; to: string };

/** The filters as the query uses them: dates are calendar days in Bishkek time, `to` inclusive. */
export type AuditFilters = {
  username?: string;
  personId?: string;
  action?: string;
  outcome?: AuditOutcome;
  from?: string;
  to?: string;
  /** The newest event the first page showed: later pages and the export keep to it, so new events don't shift them. */
  throughSeq?: number;
};

export type AuditFilterProblem = { field: keyof AuditFilterForm; problem: 'date' | 'uuid' | 'period' | 'outcome' | 'too_long' };

export const PAGE_SIZE = 50;
const FILTER_FIELDS = ['username', 'personId', 'action', 'outcome', 'from', 'to'] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `dd.MM.yyyy` (as Kadam shows dates) or `yyyy-mm-dd` → `yyyy-mm-dd`, or null if it is no real date. */
export function parseCalendarDate(value: string): string | null {
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value) ?? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = value.includes('.') ? [match[3], match[2], match[1]] : [match[1], match[2], match[3]];
  const iso = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? null : iso;
}

export function filterFormOf(query: Record<string, unknown>): AuditFilterForm {
  const text = (name: string) => {
    const value = query[name];
    return typeof value === 'string' ? value.trim() : '';
  };
  return Object.fromEntries(FILTER_FIELDS.map((name) => [name, text(name)])) as AuditFilterForm;
}

/** Checks the typed filters; every problem is named so the form can say what to fix. */
export function parseAuditFilters(form: AuditFilterForm): { filters: AuditFilters; problems: AuditFilterProblem[] } {
  const problems: AuditFilterProblem[] = [];
  const filters: AuditFilters = {};
  for (const field of FILTER_FIELDS) if (form[field].length > 200) problems.push({ field, problem: 'too_long' });
  if (form.username) filters.username = form.username;
  if (form.action) filters.action = form.action;
  if (form.personId) {
    if (UUID.test(form.personId)) filters.personId = form.personId.toLowerCase();
    else problems.push({ field: 'personId', problem: 'uuid' });
  }
  if (form.outcome) {
    if ((AUDIT_OUTCOMES as readonly string[]).includes(form.outcome)) filters.outcome = form.outcome as AuditOutcome;
    else problems.push({ field: 'outcome', problem: 'outcome' });
  }
  for (const field of ['from', 'to'] as const) {
    if (!form[field]) continue;
    const date = parseCalendarDate(form[field]);
    if (date) filters[field] = date;
    else problems.push({ field, problem: 'date' });
  }
  if (filters.from && filters.to && filters.from > filters.to) problems.push({ field: 'to', problem: 'period' });
  return { filters, problems: problems.filter((entry, index) => problems.findIndex((other) => other.field === entry.field) === index) };
}

/** The filters as a query string, for paging links and the CSV export; empty filters are left out. */
export function filterQuery(form: AuditFilterForm, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const field of FILTER_FIELDS) if (form[field]) params.set(field, form[field]);
  for (const [name, value] of Object.entries(extra)) params.set(name, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function throughSeqOf(value: unknown): number | undefined {
  return typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : undefined;
}

export function pageNumberOf(value: unknown): number {
  const page = typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : 1;
  return Math.max(1, page);
}
