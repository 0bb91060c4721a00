import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoPeople } from '../../src/modules/people/people.seeds.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { runKadam } from '../support/process.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

const one = async <T>(query: ReturnType<typeof sql>) => (await database.db.execute<T & Record<string, unknown>>(query)).rows[0]!;

describe('fictional demo people', () => {
  it('adds people in batches with progress, each placed in a facility (with an admission) or a probation office', async () => {
    const reports: number[] = [];
    const { created } = await generateDemoPeople(database.db, { count: 250, batchSize: 100, onProgress: (done) => reports.push(done) });
    expect(created).toBe(250);
    expect(reports).toEqual([100, 200, 250]);
    const counts = await one<{ people: number; admitted: number; supervised: number; custody: number; probation: number }>(sql`
      select (select count(*)::int from people) as people,
             (select count(distinct person_id)::int from custody_events where kind = 'admission') as admitted,
             (select count(distinct person_id)::int from probation_episodes) as supervised,
             (select count(*)::int from people where legal_status in ('convicted', 'remand')) as custody,
             (select count(*)::int from people where legal_status = 'probation') as probation`);
    expect(counts.people).toBe(250);
    expect(counts.admitted).toBe(counts.custody);
    expect(counts.supervised).toBe(counts.probation);
    expect(counts.custody + counts.probation).toBe(250);
  });

  it('gives every PIN 14 digits that agree with the date of birth and sex, and never repeats one on a second run', async () => {
    await generateDemoPeople(database.db, { count: 250, batchSize: 250 });
    const check = await one<{ total: number; distinct_pins: number; bad: number; with_demo_units: number }>(sql`
      select count(*)::int as total, count(distinct pin)::int as distinct_pins,
             count(*) filter (where pin is not null and (substr(pin, 2, 8) <> to_char(date_of_birth, 'DDMMYYYY')
               or substr(pin, 1, 1) <> case sex when 'female' then '1' else '2' end))::int as bad,
             count(*) filter (where unit_id in (select id from org_units where code in ('PRISON_47', 'PROBATION_OSH')))::int as with_demo_units
      from people`);
    expect(check.total).toBe(500);
    const withPin = await one<{ n: number }>(sql`select count(*)::int as n from people where pin is not null`);
    expect(check.distinct_pins).toBe(withPin.n);
    expect(check.bad).toBe(0);
    // The demo accounts' own units get a share, so every demo user has people to work with.
    expect(check.with_demo_units).toBeGreaterThan(50);
  });

  it('refuses a count outside 1 to 1,000,000 with a usage error', async () => {
    const result = await runKadam(['seed', 'demo', '--people', '0'], { DATABASE_URL: database.url });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('1 to 1,000,000');
  });
});
