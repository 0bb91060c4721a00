import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accreditations, instruments } from '../../src/modules/assessments/assessments.tables.ts';
import type { InstrumentDefinition } from '../../src/modules/assessments/instruments/instrument.definition.ts';
import { people, personAlerts } from '../../src/modules/people/people.tables.ts';
import { searchTextOf } from '../../src/modules/people/people.transliteration.ts';
import { apiTokens } from '../../src/platform/auth/auth.tables.ts';
import { generateApiToken } from '../../src/platform/auth/api-tokens.ts';
import { createUser } from '../../src/platform/auth/users.service.ts';
import { orgUnits } from '../../src/platform/org/org.tables.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { completeAnswers } from '../support/assessments.ts';

let test: TestApp;
let personId: string;
const tokens: Record<string, string> = {};
const userIds: Record<string, string> = {};

/** A service account with a role and an API token, so the API is called as a machine client would. */
async function account(username: string, role: string, unitCode: string) {
  const { id } = await createUser(test.database.db, {
    username,
    displayName: username,
    password: '',
    roles: [{ role, unitCode }],
    serviceAccount: true,
  });
  const { token, tokenHash, prefix } = generateApiToken();
  await test.database.db
    .insert(apiTokens)
    .values({ userId: id, name: username, tokenHash, prefix, expiresAt: new Date(Date.now() + 86_400_000) });
  tokens[username] = token;
  userIds[username] = id;
}

async function accredit(username: string, code: string) {
  const [instrument] = await test.database.db.select().from(instruments).where(eq(instruments.code, code));
  await test.database.db
    .insert(accreditations)
    .values({ userId: userIds[username]!, instrumentId: instrument!.id, validFrom: '2020-01-01' });
}

function call(as: string, method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown, headers: Record<string, string> = {}) {
  return test.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: { authorization: `Bearer ${tokens[as]!}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
  });
}

const errorCode = (response: { json: <T>() => T }) => response.json<{ error: { code: string } }>().error.code;

beforeAll(async () => {
  test = await createTestApp();
  const [unit] = await test.database.db.select().from(orgUnits).where(eq(orgUnits.code, 'PRISON_47'));
  const [person] = await test.database.db
    .insert(people)
    .values({
      familyName: 'Асанов',
      givenName: 'Бакыт',
      dateOfBirth: '1990-02-03',
      sex: 'male',
      noPinReason: 'unknown',
      searchText: searchTextOf(['Асанов', 'Бакыт']),
      unitId: unit!.id,
      legalStatus: 'convicted',
    })
    .returning({ id: people.id });
  personId = person!.id;
  await account('api.assessor', 'psychologist', 'PRISON_47');
  await account('api.reviewer', 'psychologist', 'PRISON_47');
  await account('api.committee', 'classification_member', 'PRISON_47');
  await account('api.far', 'psychologist', 'PRISON_16');
  await accredit('api.assessor', 'KADAM_VE');
});
afterAll(() => test.close());

describe('the assessments API', () => {
  let definition: InstrumentDefinition;
  let assessmentId: string;

  it("lists the instruments with their current version and gives a version's definition and content hash", async () => {
    const list = await call('api.assessor', 'GET', '/instruments');
    expect(list.statusCode).toBe(200);
    expect(list.json<{ items: { code: string; currentVersion: number }[] }>().items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'KADAM_VE', currentVersion: 1 }),
        expect.objectContaining({ code: 'KADAM_SCREEN' }),
      ]),
    );
    const version = await call('api.assessor', 'GET', '/instruments/KADAM_VE/versions/1');
    expect(version.json()).toMatchObject({ code: 'KADAM_VE', version: 1, status: 'published' });
    expect(version.json<{ contentHash: string }>().contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    definition = version.json<{ definition: InstrumentDefinition }>().definition;
  });

  it('starts a draft and saves answers only with If-Match: 428 without, 412 when stale, nothing overwritten', async () => {
    const started = await call('api.assessor', 'POST', `/people/${personId}/assessments`, {
      instrumentCode: 'KADAM_VE',
      reason: 'admission',
    });
    expect(started.statusCode).toBe(201);
    expect(started.headers.etag).toBe('"1"');
    assessmentId = started.json<{ id: string }>().id;
    const url = `/people/${personId}/assessments/${assessmentId}/answers`;
    const first = { ratings: {}, freeText: {}, judgements: {}, formulation: 'First thoughts' };
    expect(errorCode(await call('api.assessor', 'PUT', url, first))).toBe('assessments.version_required');
    const saved = await call('api.assessor', 'PUT', url, first, { 'if-match': '"1"' });
    expect(saved.statusCode).toBe(200);
    expect(saved.headers.etag).toBe('"2"');
    const stale = await call('api.assessor', 'PUT', url, { ...first, formulation: 'Overwritten?' }, { 'if-match': '"1"' });
    expect(stale.statusCode).toBe(412);
    const read = await call('api.assessor', 'GET', `/people/${personId}/assessments/${assessmentId}`);
    expect(read.json<{ answers: { formulation: string } }>().answers.formulation).toBe('First thoughts');
  });

  it('refuses an incomplete submission, then submits the complete one', async () => {
    const submission = `/people/${personId}/assessments/${assessmentId}/submission`;
    const incomplete = await call('api.assessor', 'POST', submission, undefined, { 'if-match': '"2"' });
    expect(incomplete.statusCode).toBe(400);
    expect(errorCode(incomplete)).toBe('assessments.incomplete');
    const answers = completeAnswers(definition, { VIOLENCE: 'high', INFLUENCE: 'moderate', VULNERABILITY: 'low' });
    await call('api.assessor', 'PUT', `/people/${personId}/assessments/${assessmentId}/answers`, answers, { 'if-match': '"2"' });
    const submitted = await call('api.assessor', 'POST', submission, undefined, { 'if-match': '"3"' });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json()).toMatchObject({ status: 'submitted' });
  });

  it("refuses the assessor's own approval and an unaccredited reviewer, then approves with the policy's review date", async () => {
    const review = `/people/${personId}/assessments/${assessmentId}/review`;
    const own = await call('api.assessor', 'POST', review, { action: 'approve' }, { 'if-match': '"4"' });
    expect(errorCode(own)).toBe('assessments.own_assessment');
    const unaccredited = await call('api.reviewer', 'POST', review, { action: 'approve' }, { 'if-match': '"4"' });
    expect(errorCode(unaccredited)).toBe('assessments.not_accredited');
    await accredit('api.reviewer', 'KADAM_VE');
    const approved = await call('api.reviewer', 'POST', review, { action: 'approve' }, { 'if-match': '"4"' });
    expect(approved.statusCode).toBe(200);
    const months = definition.reviewPolicy.monthsByLevel.high;
    const expected = new Date();
    expected.setUTCMonth(expected.getUTCMonth() + months);
    expect(approved.json()).toMatchObject({ status: 'approved', reviewOutcome: 'approved' });
    expect(approved.json<{ nextReviewDate: string }>().nextReviewDate.slice(0, 7)).toBe(expected.toISOString().slice(0, 7));
  });

  it('refuses any change to an approved assessment, through the API and in the database', async () => {
    const url = `/people/${personId}/assessments/${assessmentId}/answers`;
    const edit = await call('api.assessor', 'PUT', url, { ratings: {}, freeText: {}, judgements: {} }, { 'if-match': '"5"' });
    expect(edit.statusCode).toBe(409);
    expect(errorCode(edit)).toBe('assessments.wrong_status');
    await expect(test.database.pool.query(`update assessments set answers = '{}'::jsonb where id = $1`, [assessmentId])).rejects.toThrow(
      /locked/,
    );
  });

  it('proposes a classification from the approved assessment and lets the committee confirm it, which raises the alert', async () => {
    const proposed = await call('api.assessor', 'POST', `/people/${personId}/classifications`);
    expect(proposed.statusCode).toBe(201);
    const { id } = proposed.json<{ id: string }>();
    const list = await call('api.committee', 'GET', `/people/${personId}/classifications`);
    const proposal = list.json<{ items: { id: string; proposal: { category: string; placement: string }; version: number }[] }>().items[0]!;
    expect(proposal).toMatchObject({ id, proposal: { category: 'violent_extremist_offender', placement: 'separation' } });
    const decision = `/people/${personId}/classifications/${id}/decision`;
    expect((await call('api.committee', 'POST', decision, { action: 'confirm' })).statusCode).toBe(428);
    const noReason = await call(
      'api.committee',
      'POST',
      decision,
      { action: 'override', reason: ' ', decision: { ...proposal.proposal, placement: 'concentration' } },
      { 'if-match': `"${proposal.version}"` },
    );
    expect(errorCode(noReason)).toBe('assessments.reason_required');
    const confirmed = await call('api.committee', 'POST', decision, { action: 'confirm' }, { 'if-match': `"${proposal.version}"` });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json()).toMatchObject({ status: 'confirmed', decision: { category: 'violent_extremist_offender' } });
    const alerts = await test.database.db
      .select()
      .from(personAlerts)
      .where(and(eq(personAlerts.personId, personId), eq(personAlerts.type, 'violent_extremist_offender'), isNull(personAlerts.removedAt)));
    expect(alerts).toHaveLength(1);
  });

  it("answers 404 for a person outside the caller's units, as if absent", async () => {
    expect((await call('api.far', 'GET', `/people/${personId}/assessments`)).statusCode).toBe(404);
    expect((await call('api.far', 'GET', `/people/${personId}/assessments/${assessmentId}`)).statusCode).toBe(404);
  });
});
