import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parseCsv } from './people.import.models.ts';

/** A spreadsheet cell as the text a person would read in it (dates as dd.mm.yyyy, numbers without exponents). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
  }
  if (typeof value === 'number') return Number.isInteger(value) ? BigInt(value).toString() : String(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result);
    // Errors, hyperlinks without text and other cell objects carry nothing a register row needs.
    return '';
  }
  return String(value);
}

async function readXlsx(file: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: false }, (row) => {
    rows.push(Array.from({ length: width }, (_, index) => cellText(row.getCell(index + 1).value).trim()));
  });
  return rows.filter((cells) => cells.some((cell) => cell !== ''));
}

/** The rows of a CSV (UTF-8) or XLSX file (its first sheet), header first, as text cells. */
export async function readRegister(file: string): Promise<{ rows: string[][]; bytes: Buffer }> {
  const bytes = await readFile(file);
  const extension = path.extname(file).toLowerCase();
  if (extension === '.xlsx') return { rows: await readXlsx(file), bytes };
  if (extension === '.csv' || extension === '.txt') return { rows: parseCsv(bytes.toString('utf8')), bytes };
  throw new Error(`Kadam reads .csv and .xlsx files; "${path.basename(file)}" is neither.`);
}
