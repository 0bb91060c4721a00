import { describe, expect, it } from 'vitest';
import { csvCell } from './probation.reports.csv.ts';

describe('a cell of the probation reports CSV', () => {
  it('quotes text with commas, quotes or line breaks', () => {
    expect(csvCell('Аялдар кеңеши, Ош')).toBe('"Аялдар кеңеши, Ош"');
    expect(csvCell('«Үмүт» "НКО"')).toBe('"«Үмүт» ""НКО"""');
  });

  it('keeps a spreadsheet from running a partner name as a formula, and leaves "<5" as it is', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('<5')).toBe('<5');
  });
});
