import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createTestUser, signIn, type TestApp } from '../support/app.ts';
import { pdfText } from '../support/pdf-text.ts';
import { postForm } from './classification.fixture.ts';
import {
  bishkekDay,
  breachesOfOrder,
  conditionsOfOrder,
  insertOrder,
  orderUrl,
  probationClient,
  typed,
  violationsOfOrder,
} from './probation.fixture.ts';

let test: TestApp;
const cookies: Record<string, string> = {};
const ids: Record<string, string> = {};

beforeAll(async () => {
  test = await createTestApp();
  ids.officer = (await createTestUser(test, 'pc.officer', [{ role: 'probation_officer', unitCode: 'PROBATION_OSH' }])).id;
  ids.manager = (await createTestUser(test, 'pc.manager', [{ role: 'probation_manager', unitCode: 'PROBATION_OSH' }])).id;
  ids.second = (await createTestUser(test, 'pc.second', [{ role: 'probation_manager', unitCode: 'PROBATION_OSH' }])).id;
  for (const name of ['officer', 'manager', 'second']) cookies[name] = await signIn(test.app, `pc.${name}`);
});
afterAll(() => test.close());

const violationUrl = (personId: string, orderId: string) => `${orderUrl(personId, orderId)}/violations/new`;
const facts = (severity: 'minor' | 'serious', daysAgo: number, description = 'Белгиленген күнү келген жок') => ({
  occurredOn: typed(bishkekDay(-daysAgo)),
  severity,
  description,
  evidence: 'Каттоо журналы',
  evidenceReference: '№ 12',
});

async function recordViolation(who: string, personId: string, orderId: string, fields: Record<string, string>) {
  return postForm(test, cookies[who]!, violationUrl(personId, orderId), violationUrl(personId, orderId), { step: 'decide', ...fields });
}

describe('the graded response to a violation', () => {
  it('shows the proposal worked out from the order’s history before the officer decides', async () => {
    const personId = await probationClient(test, 'Сунушталганов');
    const orderId = await insertOrder(test, { personId, createdBy: ids.officer!, officerId: ids.officer! });
    const page = violationUrl(personId, orderId);
    const proposal = await postForm(test, cookies.officer!, page, page, facts('minor', 3));
    expect(proposal.statusCode).toBe(200);
    expect(proposal.body).toContain('Эскертүү. Бул чечимдин биринчи бузулушу.');
    expect(await violationsOfOrder(test, orderId)).toEqual([]);
  });

  it('refuses a response other than the proposal without a reason, and records it with one', async () => {
    const personId = await probationClient(test, 'Башкачаев');
    const orderId = await insertOrder(test, { personId, createdBy: ids.officer!, officerId: ids.officer! });
    const decision = { ...facts('minor', 3), response: 'court_referral', responseReasons: 'Сотко жиберүү керек' };
    const refused = await recordViolation('officer', personId, orderId, decision);
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Сиздин чечимиңиз сунуштан айырмаланат: себебин жазыңыз.');
    expect(refused.body).toContain('Сотко жиберүү керек');
    expect(await violationsOfOrder(test, orderId)).toEqual([]);
    const accepted = await recordViolation('officer', personId, orderId, { ...decision, overrideReason: 'Коркутуу менен коштолгон' });
    expect(accepted.statusCode).toBe(303);
    expect(await violationsOfOrder(test, orderId)).toMatchObject([
      { proposedResponse: 'warning', response: 'court_referral', overrideReason: 'Коркутуу менен коштолгон' },
    ]);
    expect(await breachesOfOrder(test, orderId)).toMatchObject([{ status: 'submitted', writtenBy: ids.officer }]);
  });

  it('proposes a warning, then an additional condition (added to the order), then court for a serious one', async () => {
    const personId = await probationClient(test, 'Кайталаганов');
    const orderId = await insertOrder(test, { personId, createdBy: ids.officer!, officerId: ids.officer! });
    const reasons = { responseReasons: 'Сунуш боюнча' };
    expect(
      (await recordViolation('officer', personId, orderId, { ...facts('minor', 20), response: 'warning', ...reasons })).statusCode,
    ).toBe(303);
    const second = await recordViolation('officer', personId, orderId, {
      ...facts('minor', 10),
      response: 'additional_condition',
      ...reasons,
      conditionCode: 'night_at_home',
      conditionStartsOn: typed(bishkekDay(0)),
      conditionEndsOn: typed(bishkekDay(90)),
    });
    expect(second.statusCode).toBe(303);
    const serious = await recordViolation('officer', personId, orderId, { ...facts('serious', 1), response: 'court_referral', ...reasons });
    expect(serious.statusCode).toBe(303);
    const violations = await violationsOfOrder(test, orderId);
    expect(violations.map((row) => row.proposedResponse).sort()).toEqual(['additional_condition', 'court_referral', 'warning']);
    expect(violations.every((row) => row.overrideReason === null)).toBe(true);
    const conditions = await conditionsOfOrder(test, orderId);
    expect(conditions).toMatchObject([{ conditionCode: 'night_at_home' }]);
    expect(conditions[0]!.violationId).not.toBeNull();
  });

  it('refuses a violation before the order starts', async () => {
    const personId = await probationClient(test, 'Мурдагыев');
    const orderId = await insertOrder(test, { personId, createdBy: ids.officer!, startsOn: bishkekDay(-5) });
    const response = await recordViolation('officer', personId, orderId, {
      ...facts('minor', 6),
      response: 'warning',
      responseReasons: 'Себеп',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Чечим башталганга чейинки бузууну каттоого болбойт.');
  });
});

describe('the breach report to the court', () => {
  async function breachWrittenBy(who: 'officer' | 'manager', name: string) {
    const personId = await probationClient(test, name);
    const orderId = await insertOrder(test, { personId, createdBy: ids.officer!, officerId: ids.officer! });
    const description = 'Сот тыюу салган жерге барды';
    await recordViolation(who, personId, orderId, {
      ...facts('serious', 2, description),
      response: 'court_referral',
      responseReasons: 'Оор бузуу',
    });
    const [breach] = await breachesOfOrder(test, orderId);
    return { personId, orderId, breach: breach! };
  }
  const post = (who: string, personId: string, orderId: string, path: string, fields: Record<string, string>) =>
    postForm(test, cookies[who]!, orderUrl(personId, orderId), `/people/${personId}/probation/breaches/${path}`, fields);

  it('is approved by a manager who did not write it, never by its writer', async () => {
    const { personId, orderId, breach } = await breachWrittenBy('manager', 'Өзүбекитов');
    const own = await post('manager', personId, orderId, `${breach.id}/approve`, { version: '1' });
    expect(own.statusCode).toBe(409);
    expect(own.body).toContain('Бул отчетту сиз жаздыңыз: аны башка жетекчи бекитиши керек.');
    const second = await post('second', personId, orderId, `${breach.id}/approve`, { version: '1' });
    expect(second.statusCode).toBe(303);
    expect((await breachesOfOrder(test, orderId))[0]).toMatchObject({ status: 'approved', approvedBy: ids.second });
  });

  it('refuses an officer’s approval (no permission) and the court’s decision before approval', async () => {
    const { personId, orderId, breach } = await breachWrittenBy('officer', 'Бекитилбегенов');
    expect((await post('officer', personId, orderId, `${breach.id}/approve`, { version: '1' })).statusCode).toBe(403);
    const early = await post('officer', personId, orderId, `${breach.id}/outcome`, {
      version: '1',
      outcome: 'warning',
      outcomeOn: typed(bishkekDay(0)),
    });
    expect(early.statusCode).toBe(409);
    expect(early.body).toContain('Соттун чечимин каттоодон мурун отчет бекитилиши керек.');
    expect(await post('manager', personId, orderId, `${breach.id}/approve`, { version: '1' })).toMatchObject({ statusCode: 303 });
    const outcome = await post('officer', personId, orderId, `${breach.id}/outcome`, {
      version: '2',
      outcome: 'conditions_added',
      outcomeOn: typed(bishkekDay(0)),
      outcomeNote: 'Кошумча милдет',
    });
    expect(outcome.statusCode).toBe(303);
    expect((await breachesOfOrder(test, orderId))[0]).toMatchObject({
      status: 'outcome_recorded',
      outcome: 'conditions_added',
      outcomeBy: ids.officer,
    });
  });

  it('is a PDF in Russian or Kyrgyz for the court, with the breach and the approval', async () => {
    const { personId, orderId, breach } = await breachWrittenBy('officer', 'Документов');
    await post('manager', personId, orderId, `${breach.id}/approve`, { version: '1' });
    const ru = await test.app.inject({
      url: `/people/${personId}/probation/breaches/${breach.id}/report.pdf?lang=ru`,
      headers: { cookie: cookies.officer! },
    });
    expect(ru.statusCode).toBe(200);
    expect(ru.headers['content-type']).toContain('application/pdf');
    const text = pdfText(ru.rawPayload);
    expect(text).toContain('Представление о нарушении условий пробационного решения');
    expect(text).toContain('Сот тыюу салган жерге барды');
    expect(text).toContain('Test pc.manager');
    const ky = await test.app.inject({
      url: `/people/${personId}/probation/breaches/${breach.id}/report.pdf?lang=ky`,
      headers: { cookie: cookies.officer! },
    });
    expect(pdfText(ky.rawPayload)).toContain('Пробациялык чечимдин шарттарын бузуу жөнүндө отчет');
  });
});

describe('the probation record elsewhere', () => {
  it('puts orders and violations on the timeline and in the subject access export', async () => {
    const personId = await probationClient(test, 'Тарыхбеков');
    const orderId = await insertOrder(test, { personId, createdBy: ids.officer!, officerId: ids.officer! });
    await recordViolation('officer', personId, orderId, { ...facts('minor', 1), response: 'warning', responseReasons: 'Биринчи жолу' });
    const timeline = await test.app.inject({ url: `/people/${personId}/timeline`, headers: { cookie: cookies.officer! } });
    expect(timeline.body).toContain('Пробациялык чечим: Шарттуу соттолгондорго пробациялык көзөмөл');
    expect(timeline.body).toContain('Чечимдин бузулушу');
    const exported = await test.app.inject({ url: `/people/${personId}/subject-access.json`, headers: { cookie: cookies.manager! } });
    expect(exported.statusCode).toBe(200);
    const sections = (JSON.parse(exported.body) as { sections: Record<string, unknown[]> }).sections;
    expect(sections.probation_orders).toHaveLength(1);
    expect(sections.probation_violations).toMatchObject([{ response: 'warning', responseReasons: 'Биринчи жолу' }]);
  });
});
