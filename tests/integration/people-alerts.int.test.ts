import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../src/platform/audit/audit.tables.ts';
import { orgUnits } from '../../src/platform/org/org.tables.ts';
import { people, personAlerts } from '../../src/modules/people/people.tables.ts';
import { searchTextOf } from '../../src/modules/people/people.transliteration.ts';
import { createTestApp, createTestUser, formSession, signIn, type TestApp } from '../support/app.ts';

let test: TestApp;
const cookies: Record<string, string> = {};
const unitIds: Record<string, string> = {};

async function insertPerson(familyName: string, givenName: string, unitCode: string, pin: string | null = null) {
  const [row] = await test.database.db
    .insert(people)
    .values({
      familyName,
      givenName,
      dateOfBirth: '1988-09-30',
      sex: 'male',
      pin,
      noPinReason: pin ? null : 'unknown',
      searchText: searchTextOf([familyName, givenName]),
      unitId: unitIds[unitCode]!,
    })
    .returning({ id: people.id });
  return row!.id;
}

const get = (url: string, as = 'alerts.psychologist47') => test.app.inject({ url, headers: { cookie: cookies[as]!, accept: 'text/html' } });

async function post(url: string, fields: Record<string, string>, as = 'alerts.psychologist47') {
  const session = await formSession(test.app, cookies[as]!, url.replace(/\/alerts.*$/, '/alerts'));
  return test.app.inject({
    method: 'POST',
    url,
    headers: { cookie: session.cookies, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    payload: new URLSearchParams({ _csrf: session.csrf, ...fields }).toString(),
  });
}

const alertsOf = (personId: string) => test.database.db.select().from(personAlerts).where(eq(personAlerts.personId, personId));
const auditOf = (action: string, personId: string) =>
  test.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.personId, personId)));

beforeAll(async () => {
  test = await createTestApp();
  for (const unit of await test.database.db.select({ id: orgUnits.id, code: orgUnits.code }).from(orgUnits)) unitIds[unit.code] = unit.id;
  for (const [username, role, unitCode] of [
    ['alerts.psychologist47', 'psychologist', 'PRISON_47'],
    ['alerts.officer47', 'prison_officer', 'PRISON_47'],
  ] as const) {
    await createTestUser(test, username, [{ role, unitCode }]);
    cookies[username] = await signIn(test.app, username);
  }
});
afterAll(() => test.close());

describe('adding an alert', () => {
  it('refuses an alert without a reason, in Kyrgyz, keeps what was typed and saves nothing', async () => {
    const personId = await insertPerson('Токтосунов', 'Эрлан', 'PRISON_47');
    const response = await post(`/people/${personId}/alerts`, {
      type: 'self_harm_risk',
      reason: '  ',
      validFrom: '01.02.2026',
      validTo: '',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Себеби киргизиңиз');
    expect(response.body).toContain('value="01.02.2026"');
    expect(response.body).toMatch(/<option value="self_harm_risk" selected/);
    expect(await alertsOf(personId)).toHaveLength(0);
    expect(await auditOf('person.alert.add', personId)).toHaveLength(0);
  });

  it('refuses an end date before the start date', async () => {
    const personId = await insertPerson('Токтосунов', 'Азамат', 'PRISON_47');
    const response = await post(`/people/${personId}/alerts`, {
      type: 'violence_risk',
      reason: 'Кармоо учурунда кол салган',
      validFrom: '10.03.2026',
      validTo: '01.03.2026',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Аяктаган күнү күчүнө кирген күнү менен бирдей же андан кийин болушу керек');
    expect(await alertsOf(personId)).toHaveLength(0);
  });

  it('adds an alert in force, shows it in the header band and audits it with its reason and fields', async () => {
    const personId = await insertPerson('Жумабеков', 'Талант', 'PRISON_47');
    const response = await post(`/people/${personId}/alerts`, {
      type: 'self_harm_risk',
      reason: 'Психологдун баяндамасы',
      validFrom: '01.01.2025',
      validTo: '',
    });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`/people/${personId}/alerts?done=added`);
    const page = await get(`/people/${personId}/alerts?done=added`);
    expect(page.body).toContain('Эскертүү кошулду.');
    const inForce = page.body.split('data-alert-group="in_force"')[1]!.split('data-alert-group="future"')[0]!;
    expect(inForce).toContain('Психологдун баяндамасы');
    expect(inForce).toContain('Test alerts.psychologist47');
    const overview = await get(`/people/${personId}`, 'alerts.officer47');
    const band = overview.body.split('kadam-person-header__alerts')[1]!.split('</div>')[0]!;
    expect(band).toContain('Өзүнө зыян келтирүү тобокелдиги');
    const [event] = await auditOf('person.alert.add', personId);
    expect(event).toMatchObject({ outcome: 'success', reason: 'Психологдун баяндамасы', username: 'alerts.psychologist47' });
    expect(event!.changes).toEqual(
      expect.arrayContaining([
        { field: 'type', from: null, to: 'self_harm_risk' },
        { field: 'validFrom', from: null, to: '2025-01-01' },
      ]),
    );
  });

  it('files alerts that start later and alerts that have ended under their own headings', async () => {
    const personId = await insertPerson('Жумабеков', 'Нурбек', 'PRISON_47');
    await post(`/people/${personId}/alerts`, { type: 'health', reason: 'Келечектеги', validFrom: '01.01.2099', validTo: '' });
    await post(`/people/${personId}/alerts`, { type: 'other', reason: 'Өткөн', validFrom: '01.01.2020', validTo: '31.12.2020' });
    const body = (await get(`/people/${personId}/alerts`)).body;
    expect(body.split('data-alert-group="future"')[1]!.split('data-alert-group="expired"')[0]).toContain('Келечектеги');
    expect(body.split('data-alert-group="expired"')[1]!.split('data-alert-group="removed"')[0]).toContain('Өткөн');
    const band = body.split('kadam-person-header__alerts')[1]!.split('</div>')[0]!;
    expect(band).toContain('Эскертүү жок');
  });

  it('refuses adding and removing to a user without the alerts permission', async () => {
    const personId = await insertPerson('Жумабеков', 'Бектур', 'PRISON_47');
    const response = await post(
      `/people/${personId}/alerts`,
      { type: 'other', reason: 'x', validFrom: '', validTo: '' },
      'alerts.officer47',
    );
    expect(response.statusCode).toBe(403);
    expect(await alertsOf(personId)).toHaveLength(0);
    expect((await get(`/people/${personId}/alerts`, 'alerts.officer47')).body).not.toContain('id="add-alert"');
  });
});

describe('removing an alert', () => {
  it('needs a reason, then keeps the alert as history with who removed it and why', async () => {
    const personId = await insertPerson('Осмонов', 'Улан', 'PRISON_47');
    await post(`/people/${personId}/alerts`, { type: 'violence_risk', reason: 'Уруш', validFrom: '', validTo: '' });
    const [alert] = await alertsOf(personId);
    const refused = await post(`/people/${personId}/alerts/${alert!.id}/remove`, { removalReason: '' });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Алып салуунун себеби киргизиңиз');
    expect((await alertsOf(personId))[0]!.removedAt).toBeNull();

    const removed = await post(`/people/${personId}/alerts/${alert!.id}/remove`, { removalReason: 'Комиссиянын чечими' });
    expect(removed.statusCode).toBe(303);
    const [row] = await alertsOf(personId);
    expect(row!.removalReason).toBe('Комиссиянын чечими');
    const history = (await get(`/people/${personId}/alerts`)).body.split('data-alert-group="removed"')[1]!;
    expect(history).toContain('Уруш');
    expect(history).toContain('Комиссиянын чечими');
    expect(history).toContain('Ким алып салган');
    const [event] = await auditOf('person.alert.remove', personId);
    expect(event).toMatchObject({ outcome: 'success', reason: 'Комиссиянын чечими', resourceType: 'person', resourceId: personId });
    expect(event!.details).toMatchObject({ alertId: alert!.id });
  });
});

describe('must not be located with', () => {
  it('is added by PIN and shown on both people’s alerts and header bands', async () => {
    const first = await insertPerson('Бекмуратов', 'Адилет', 'PRISON_47');
    const second = await insertPerson('Касымалиев', 'Руслан', 'PRISON_47', '21505198800456');
    const response = await post(`/people/${first}/alerts`, {
      type: 'must_not_locate_with',
      reason: 'Бир топтун мүчөлөрү',
      validFrom: '',
      validTo: '',
      relatedPin: '2150 5198 800456',
    });
    expect(response.statusCode).toBe(303);
    const onFirst = (await get(`/people/${first}/alerts`)).body;
    expect(onFirst).toContain('Касымалиев Руслан (21505198800456) менен бирге жайгаштырууга болбойт');
    const onSecond = (await get(`/people/${second}/alerts`)).body;
    expect(onSecond).toContain('Бекмуратов Адилет менен бирге жайгаштырууга болбойт');
    expect(onSecond).toContain('Башка адамдын делосунда катталган');
    const band = (await get(`/people/${second}`, 'alerts.officer47')).body.split('kadam-person-header__alerts')[1]!;
    expect(band).toContain('Башка адам менен бирге жайгаштырууга болбойт');
  });

  it('finds the other person by name within the user’s units, then adds the chosen one', async () => {
    const first = await insertPerson('Абдыкадыров', 'Нурсултан', 'PRISON_47');
    const second = await insertPerson('Мамытов', 'Эрмек', 'PRISON_47');
    await insertPerson('Мамытов', 'Эркин', 'PRISON_16');
    const found = await post(`/people/${first}/alerts`, {
      step: 'find',
      type: 'must_not_locate_with',
      reason: 'Чыр-чатак',
      relatedName: 'Mamytov',
    });
    expect(found.statusCode).toBe(200);
    expect(found.body).toContain(`value="${second}"`);
    expect(found.body).not.toContain('Эркин');
    expect(found.body).toContain('Чыр-чатак');
    const added = await post(`/people/${first}/alerts`, {
      type: 'must_not_locate_with',
      reason: 'Чыр-чатак',
      relatedPersonId: second,
    });
    expect(added.statusCode).toBe(303);
    expect((await alertsOf(first))[0]!.relatedPersonId).toBe(second);
  });

  it('refuses a PIN of someone outside the user’s units, saving nothing', async () => {
    const first = await insertPerson('Исаков', 'Марат', 'PRISON_47');
    await insertPerson('Исаков', 'Самат', 'PRISON_16', '21505198800789');
    const response = await post(`/people/${first}/alerts`, {
      type: 'must_not_locate_with',
      reason: 'Себеп',
      relatedPin: '21505198800789',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Сиздин бөлүмдөрдө мындай ПИНи бар адам жок');
    expect(await alertsOf(first)).toHaveLength(0);
    expect(await auditOf('person.alert.add', first)).toHaveLength(0);
  });

  it('asks for the other person when none is given', async () => {
    const first = await insertPerson('Исаков', 'Бакай', 'PRISON_47');
    const response = await post(`/people/${first}/alerts`, { type: 'must_not_locate_with', reason: 'Себеп' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Башка адамдын ПИНин киргизиңиз');
  });
});
