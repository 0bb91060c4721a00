import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { separationExtensions, separationPeriods } from '../../src/modules/placement/placement.tables.ts';
import { createTestApp, createTestUser, signIn, type TestApp } from '../support/app.ts';
import { bishkekDay, insertPerson, postForm, typed } from './classification.fixture.ts';

let test: TestApp;
let manager: string;
let deputy: string;
let personId: string;

beforeAll(async () => {
  test = await createTestApp();
  await createTestUser(test, 'sep.manager', [{ role: 'facility_manager', unitCode: 'PRISON_47' }]);
  await createTestUser(test, 'sep.deputy', [{ role: 'facility_manager', unitCode: 'PRISON_47' }]);
  manager = await signIn(test.app, 'sep.manager');
  deputy = await signIn(test.app, 'sep.deputy');
  personId = await insertPerson(test, 'Сыдыков');
});
afterAll(() => test.close());

const cellPage = () => `/people/${personId}/cell`;
const extensionsOf = async () => {
  const [period] = await test.database.db.select().from(separationPeriods).where(eq(separationPeriods.personId, personId));
  return test.database.db.select().from(separationExtensions).where(eq(separationExtensions.periodId, period!.id));
};

describe('separation limits', () => {
  it('refuses a separation without a reason, saving nothing', async () => {
    const refused = await postForm(test, manager, cellPage(), `/people/${personId}/separation`, {
      action: 'start',
      date: typed(bishkekDay(-13)),
    });
    expect(refused.statusCode).toBe(400);
    expect(await test.database.db.select().from(separationPeriods).where(eq(separationPeriods.personId, personId))).toHaveLength(0);
  });

  it('warns on the person page and the worklist when the limit is close', async () => {
    const started = await postForm(test, manager, cellPage(), `/people/${personId}/separation`, {
      action: 'start',
      date: typed(bishkekDay(-13)),
      separationReason: 'Коопсуздук үчүн',
    });
    expect(started.statusCode).toBe(303);
    const page = await test.app.inject({ url: cellPage(), headers: { cookie: manager } });
    expect(page.body).toContain('data-separation-warning="approaching"');
    expect(page.body).toContain('Бөлүп кармоонун 14-күнү: чеги');
    const worklist = await test.app.inject({ url: '/worklist', headers: { cookie: manager } });
    expect(worklist.body).toContain('Бөлүп кармоонун чектери');
    expect(worklist.body).toContain('Сыдыков Бакыт');
  });

  it('shows current separations on the report for oversight bodies', async () => {
    const report = await test.app.inject({ url: '/separations', headers: { cookie: manager } });
    expect(report.statusCode).toBe(200);
    expect(report.body).toContain('Сыдыков Бакыт');
    expect(report.body).toContain(typed(bishkekDay(1)));
  });

  it('refuses an end before the start, keeping the separation open', async () => {
    const [period] = await test.database.db.select().from(separationPeriods).where(eq(separationPeriods.personId, personId));
    const refused = await postForm(test, manager, cellPage(), `/people/${personId}/separation`, {
      action: 'end',
      date: typed(bishkekDay(-20)),
      version: String(period!.version),
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Бөлүп кармоо башталган күнүнөн мурун бүтө албайт.');
    const [after] = await test.database.db.select().from(separationPeriods).where(eq(separationPeriods.personId, personId));
    expect(after!.endedOn).toBeNull();
  });

  it('needs a second person to approve an extension', async () => {
    const asked = await postForm(test, manager, cellPage(), `/people/${personId}/separation/extensions`, {
      until: typed(bishkekDay(10)),
      extensionReason: 'Тобокелдик сакталып турат',
    });
    expect(asked.statusCode).toBe(303);
    const [extension] = await extensionsOf();
    const url = `/people/${personId}/separation/extensions/${extension!.id}`;
    const self = await postForm(test, manager, cellPage(), url, {});
    expect(self.statusCode).toBe(409);
    expect(self.body).toContain('Узартууну аны сураган адам эмес, экинчи адам бекитиши керек.');
    expect((await extensionsOf())[0]!.approvedBy).toBeNull();
    expect((await postForm(test, deputy, cellPage(), url, {})).statusCode).toBe(303);
    expect((await extensionsOf())[0]!.approvedBy).not.toBeNull();
  });

  it('ends the separation, and the person leaves the report', async () => {
    const [period] = await test.database.db.select().from(separationPeriods).where(eq(separationPeriods.personId, personId));
    const ended = await postForm(test, manager, cellPage(), `/people/${personId}/separation`, {
      action: 'end',
      date: typed(bishkekDay(0)),
      version: String(period!.version),
    });
    expect(ended.statusCode).toBe(303);
    const report = await test.app.inject({ url: '/separations', headers: { cookie: manager } });
    expect(report.body).not.toContain('Сыдыков Бакыт');
    // No one in separation: the page says so, with no empty table under it.
    expect(report.body).not.toContain('<table');
  });

  it('refuses a new separation backdated into the one that ended, which would count its days twice', async () => {
    const refused = await postForm(test, manager, cellPage(), `/people/${personId}/separation`, {
      action: 'start',
      date: typed(bishkekDay(-2)),
      separationReason: 'Кайра коопсуздук үчүн',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Бөлүп кармоо мурунку бөлүп кармоо бүткөн күнү же андан мурун башталбайт');
    const periods = await test.database.db.select().from(separationPeriods).where(eq(separationPeriods.personId, personId));
    expect(periods).toHaveLength(1);
  });
});
