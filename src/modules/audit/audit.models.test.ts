import { describe, expect, it } from 'vitest';
import { csvCell, csvHeader, csvLine } from './audit.csv.ts';
import { filterFormOf, filterQuery, pageNumberOf, parseAuditFilters, parseCalendarDate } from './audit.models.ts';

const form = (values: Record<string, string>) => filterFormOf(values);

describe('audit filters', () => {
  it('reads dates as Kadam shows them (dd.MM.yyyy) or as yyyy-mm-dd, and refuses dates that do not exist', () => {
    expect(parseCalendarDate('01.03.2026')).toBe('2026-03-01');
    expect(parseCalendarDate('1.3.2026')).toBe('2026-03-01');
    expect(parseCalendarDate('2026-03-01')).toBe('2026-03-01');
    expect(parseCalendarDate('31.02.2026')).toBeNull();
    expect(parseCalendarDate('2026/03/01')).toBeNull();
  });

  it('keeps only the filters given, lower-casing a person id', () => {
    expect(parseAuditFilters(form({ username: ' a.usenov ', personId: '3F2C9A1E-0000-4000-8000-000000000001' }))).toEqual({
      filters: { username: 'a.usenov', personId: '3f2c9a1e-0000-4000-8000-000000000001' },
      problems: [],
    });
  });

  it('names each wrong filter: a date, a person id that is no UUID, an unknown outcome, a period that ends before it starts', () => {
    expect(parseAuditFilters(form({ from: '32.01.2026', personId: '42', outcome: 'maybe' })).problems).toEqual([
      { field: 'personId', problem: 'uuid' },
      { field: 'outcome', problem: 'outcome' },
      { field: 'from', problem: 'date' },
    ]);
    expect(parseAuditFilters(form({ from: '02.03.2026', to: '01.03.2026' })).problems).toEqual([{ field: 'to', problem: 'period' }]);
    expect(parseAuditFilters(form({ from: '01.03.2026', to: '01.03.2026' })).problems).toEqual([]);
  });

  it('carries the filters as typed into paging and export links, leaving out empty ones', () => {
    expect(filterQuery(form({ username: 'a', action: '', from: '01.03.2026' }), { page: '2' })).toBe('?username=a&from=01.03.2026&page=2');
    expect(filterQuery(form({}))).toBe('');
  });

  it('starts at page 1 for a missing or nonsense page number', () => {
    expect([pageNumberOf(undefined), pageNumberOf('0'), pageNumberOf('x'), pageNumberOf('3')]).toEqual([1, 1, 1, 3]);
  });
});

describe('audit CSV', () => {
  it('starts with a UTF-8 byte-order mark so Excel shows Cyrillic', () => {
    expect(csvHeader().startsWith('\uFEFFseq,occurred_at,')).toBe(true);
  });

  it('quotes separators, quotes and line breaks, and writes objects as JSON', () => {
    expect(csvLine(['a,b', 'say "hi"', 'line\nbreak', null, { k: 'ү' }])).toBe('"a,b","say ""hi""","line\nbreak",,"{""k"":""ү""}"\r\n');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('Асанова')).toBe('Асанова');
  });
});
