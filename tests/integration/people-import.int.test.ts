import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../src/messages.ts';
import { checkRegister, importRegister } from '../../src/modules/people/people.import.ts';
import { cliActor } from '../../src/platform/audit/audit.service.ts';
import { createI18n } from '../../src/platform/i18n/translator.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { runKadam } from '../support/process.ts';

let database: TestDatabase;
let folder: string;
const en = createI18n(messages, 'en');
const HEADER = 'family_name,given_name,patronymic,date_of_birth,sex,pin,no_pin_reason,unit_code,since';

/** Row n of a register: a distinct person with a PIN that agrees with their date of birth and sex. */
function line(n: number, unit = 'PRISON_47'): string {
  const day = String((n % 28) + 1).padStart(2, '0');
  const year = 1960 + (n % 40);
  return `Асанов,Нурбек,Бакыт уулу,${day}.05.${year},м,2${day}05${year}${String(n).padStart(5, '0')},,${unit},01.02.2024`;
}

async function file(name: string, lines: string[]): Promise<string> {
  const target = path.join(folder, name);
  await writeFile(target, `${[HEADER, ...lines].join('\n')}\n`, 'utf8');
  return target;
}

const count = async (query: string) => (await database.pool.query<{ n: number }>(query)).rows[0]!.n;

beforeAll(async () => {
  database = await createTestDatabase();
  folder = await mkdtemp(path.join(os.tmpdir(), 'kadam-import-'));
});
afterAll(() => database.drop());

describe('importing people', () => {
  it('reports every bad row on its line and column in a dry run, importing nothing', async () => {
    const target = await file('bad.csv', [line(1), 'Жусупов,,,31.02.1990,x,,,NOWHERE,', line(1)]);
    const result = await runKadam(['import', 'people', target, '--dry-run'], { DATABASE_URL: database.url });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('line 3, given_name: "given_name" is empty: it must be filled in.');
    expect(result.stdout).toContain('line 3, date_of_birth:');
    expect(result.stdout).toContain('line 3, unit_code: The unit code "NOWHERE"');
    expect(result.stdout).toContain('line 4, pin: The PIN 20205196100001 is also on line 2 of this file.');
    expect(result.stdout).toContain('3 rows: 1 valid, 2 with problems.');
    expect(await count('select count(*)::int as n from people')).toBe(0);
  });

  it('imports in batches with an audit event each, and creates admissions from "since"', async () => {
    const target = await file(
      'register.csv',
      Array.from({ length: 25 }, (_, n) => line(n + 10)),
    );
    const checked = await checkRegister(database.db, target, en);
    const progress: number[] = [];
    const outcome = await importRegister(database.db, checked, {
      actor: cliActor('import people'),
      batchSize: 10,
      onProgress: (p) => progress.push(p.done),
    });
    expect(outcome).toMatchObject({ created: 25, updated: 0 });
    expect(progress).toEqual([10, 20, 25]);
    expect(await count(`select count(*)::int as n from audit_events where action = 'person.import'`)).toBe(3);
    expect(await count(`select count(*)::int as n from custody_events where kind = 'admission'`)).toBe(25);
    expect(await count(`select count(*)::int as n from people where legal_status = 'convicted'`)).toBe(25);
  });

  it('says a file already imported has nothing to do, and a changed file updates its people by PIN without duplicates', async () => {
    const again = await checkRegister(database.db, path.join(folder, 'register.csv'), en);
    expect(await importRegister(database.db, again, { actor: cliActor('import people') })).toMatchObject({ alreadyImported: true });
    const changed = await file('register-2.csv', [...Array.from({ length: 25 }, (_, n) => line(n + 10, 'PRISON_16')), line(99)]);
    const outcome = await importRegister(database.db, await checkRegister(database.db, changed, en), { actor: cliActor('import people') });
    expect(outcome).toMatchObject({ created: 1, updated: 25 });
    expect(await count('select count(*)::int as n from people')).toBe(26);
    expect(await count(`select count(*)::int as n from people where unit_id = (select id from org_units where code = 'PRISON_16')`)).toBe(
      25,
    );
  });

  it('resumes an interrupted import after its last committed batch, without duplicates', async () => {
    const target = await file(
      'interrupted.csv',
      Array.from({ length: 30 }, (_, n) => line(n + 200)),
    );
    const checked = await checkRegister(database.db, target, en);
    // The third batch fails (as if the server stopped), after two have committed.
    await database.db.execute(sql.raw(`alter table people add constraint stop_here check (pin <> '${checked.people[25]!.pin!}')`));
    await expect(importRegister(database.db, checked, { actor: cliActor('import people'), batchSize: 10 })).rejects.toThrow();
    expect(await count(`select count(*)::int as n from people where pin like '2%' and substr(pin, 10) >= '00200'`)).toBe(20);
    await database.db.execute(sql`alter table people drop constraint stop_here`);
    const outcome = await importRegister(database.db, checked, { actor: cliActor('import people'), batchSize: 10 });
    expect(outcome).toMatchObject({ resumedFrom: 20, done: 30, created: 30 });
    expect(await count(`select count(*)::int as n from people where pin like '2%' and substr(pin, 10) >= '00200'`)).toBe(30);
  });

  it('reads XLSX registers, dates and PINs typed as numbers included', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Register');
    sheet.addRow(['family_name', 'given_name', 'date_of_birth', 'sex', 'pin', 'unit_code']);
    sheet.addRow(['Осмонова', 'Айгүл', new Date(Date.UTC(1985, 6, 4)), 'ж', 10407198500777, 'PROBATION_OSH']);
    const target = path.join(folder, 'register.xlsx');
    await workbook.xlsx.writeFile(target);
    const checked = await checkRegister(database.db, target, en);
    expect(checked.problems).toEqual([]);
    expect(checked.people[0]).toMatchObject({ familyName: 'Осмонова', dateOfBirth: '1985-07-04', pin: '10407198500777', sex: 'female' });
    expect(await importRegister(database.db, checked, { actor: cliActor('import people') })).toMatchObject({ created: 1 });
    expect(await count(`select count(*)::int as n from people where pin = '10407198500777' and legal_status = 'probation'`)).toBe(1);
  });
});
