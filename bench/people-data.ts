import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { messages } from '../src/messages.ts';
import { checkRegister, importRegister } from '../src/modules/people/people.import.ts';
import { generateDemoPeople } from '../src/modules/people/people.seeds.ts';
import { cliActor } from '../src/platform/audit/audit.service.ts';
import type { Database } from '../src/platform/db/pool.ts';
import { createI18n } from '../src/platform/i18n/translator.ts';

const log = (line: string) => process.stderr.write(`  ${line}\n`);

/** Rows per second of the real import path (`kadam import people`): check, then write in batches. */
export async function measureImport(db: Database, rows: number): Promise<number> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'kadam-bench-import-'));
  const file = path.join(folder, 'register.csv');
  const lines = ['family_name,given_name,patronymic,date_of_birth,sex,pin,unit_code,since'];
  for (let n = 0; n < rows; n += 1) {
    const day = String((n % 28) + 1).padStart(2, '0');
    const year = 1950 + (n % 50);
    // Serials 90000+ stay clear of the demo generator's, so the import creates rather than updates.
    lines.push(
      `Бенчмарков,Импорт,Тест уулу,${day}.06.${year},м,2${day}06${year}${String(90_000 + (n % 10_000)).padStart(5, '0')},PRISON_16,01.01.2025`,
    );
  }
  // Each line must be a distinct PIN: day × year × serial block covers `rows` ≤ 28 × 50 × 10,000.
  await writeFile(file, `${lines.join('\n')}\n`);
  const started = performance.now();
  const checked = await checkRegister(db, file, createI18n(messages, 'en'));
  if (checked.problems.length > 0) throw new Error(`bench register has problems: ${checked.problems[0]!.message}`);
  await importRegister(db, checked, { actor: cliActor('bench') });
  return rows / ((performance.now() - started) / 1000);
}

/** Tops the population up to `total` fictional people. */
export async function growPeople(db: Database, total: number): Promise<void> {
  const [row] = (await db.execute<{ n: number }>(sql`select count(*)::int as n from people`)).rows;
  const missing = total - (row?.n ?? 0);
  if (missing <= 0) return;
  const started = performance.now();
  await generateDemoPeople(db, {
    count: missing,
    batchSize: 10_000,
    onProgress: (done, all) => {
      if (done % 100_000 === 0 || done === all)
        log(
          `${done.toLocaleString('en')} / ${all.toLocaleString('en')} people (${Math.round(done / ((performance.now() - started) / 1000))} rows/s)`,
        );
    },
  });
  await db.execute(sql`analyze people`);
}

/** `count` audit events about the people present, spread over the last year, written by PostgreSQL itself. */
export async function addAuditEvents(db: Database, count: number): Promise<void> {
  await db.execute(sql`
    with ids as (select id, row_number() over () as n from people), total as (select count(*) as c from people)
    insert into audit_events (username, action, resource_type, resource_id, person_id, outcome, occurred_at, request_id)
    select 'bench', 'person.view', 'person', ids.id::text, ids.id, 'success', now() - (g || ' seconds')::interval, 'bench-' || g
    from generate_series(1, ${count}) g join ids on ids.n = (g % (select c from total)) + 1`);
  await db.execute(sql`analyze audit_events`);
}

/**
 * Brings a freshly bulk-loaded database to the state a live one is in: vacuumed (so autovacuum does not start
 * on millions of just-inserted rows in the middle of a measurement) and checkpointed (so the dirty pages of the
 * load are written out now, not by a checkpoint during it). A live service's tables were loaded over years and
 * are vacuumed as they grow; without this, the latency runs measured the aftermath of loading 2,000,000 rows.
 */
export async function settle(db: Database): Promise<void> {
  await db.execute(sql`vacuum (analyze)`);
  await db.execute(sql`checkpoint`);
}
