import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessments, instruments, instrumentVersions } from '../../src/modules/assessments/assessments.tables.ts';
import { classifications, type ClassificationContent } from '../../src/modules/assessments/classification.tables.ts';
import { people } from '../../src/modules/people/people.tables.ts';
import { auditEvents } from '../../src/platform/audit/audit.tables.ts';
import { orgUnits } from '../../src/platform/org/org.tables.ts';
import { createTestApp, createTestUser, signIn, type TestApp } from '../support/app.ts';

let test: TestApp;
const cookies: Record<string, string> = {};
const units: Record<string, { id: string; name: { ky: string; ru: string; en: string } }> = {};
let committee: string;

const content = (category: ClassificationContent['category']): ClassificationContent => ({
  category,
  violence: null,
  influence: null,
  vulnerability: null,
  reoffending: null,
  placement: null,
  intensity: null,
});

/** `count` people at the unit, each with a classification in force decided on 10.02.2026 (and, if asked, a superseded one). */
async function classified(
  count: number,
  unitCode: string,
  person: { sex: 'female' | 'male'; dateOfBirth: string },
  category: ClassificationContent['category'],
  status: 'confirmed' | 'overridden',
) {
  const ids: string[] = [];
  for (let index = 0; index < count; index++) {
    const [row] = await test.database.db
      .insert(people)
      .values({
        familyName: 'Адилет',
        givenName: `${unitCode}-${index}`,
        ...person,
        noPinReason: 'unknown',
        unitId: units[unitCode]!.id,
        searchText: 'адилет',
      })
      .returning({ id: people.id });
    await test.database.db.insert(classifications).values({
      personId: row!.id,
      status,
      basisAssessmentIds: [],
      proposal: content(category),
      proposedBy: committee,
      decision: content(category),
      decisionReason: status === 'overridden' ? 'Комиссиянын чечими' : null,
      decidedBy: committee,
      decidedAt: new Date('2026-02-10T06:00:00Z'),
    });
    ids.push(row!.id);
  }
  return ids;
}

beforeAll(async () => {
  test = await createTestApp();
  const db = test.database.db;
  for (const unit of await db.select().from(orgUnits)) units[unit.code] = unit;
  committee = (await createTestUser(test, 'fair.committee', [{ role: 'classification_member', unitCode: 'PRISON_47' }])).id;
  for (const [username, role, unitCode] of [
    ['fair.manager', 'facility_manager', 'PRISON_47'],
    ['fair.me', 'me_officer', 'MINISTRY_OF_JUSTICE'],
    ['fair.officer', 'prison_officer', 'PRISON_47'],
  ] as const) {
    await createTestUser(test, username, [{ role, unitCode }]);
    cookies[username] = await signIn(test.app, username);
  }
  const men = await classified(14, 'PRISON_47', { sex: 'male', dateOfBirth: '1990-01-01' }, 'general', 'confirmed');
  await classified(9, 'PRISON_47', { sex: 'female', dateOfBirth: '2000-01-01' }, 'at_risk_of_radicalisation', 'overridden');
  await classified(11, 'PRISON_16', { sex: 'male', dateOfBirth: '1980-01-01' }, 'general', 'confirmed');
  // A superseded classification is not in force: it is not counted.
  await db.update(classifications).set({ status: 'superseded' }).where(eq(classifications.personId, men[0]!));
  await classified(1, 'PRISON_47', { sex: 'male', dateOfBirth: '1990-01-01' }, 'general', 'confirmed');
  const [version] = await db
    .select({ id: instrumentVersions.id })
    .from(instrumentVersions)
    .innerJoin(instruments, eq(instruments.id, instrumentVersions.instrumentId))
    .where(and(eq(instruments.code, 'KADAM_VE'), eq(instrumentVersions.status, 'published')));
  // Twelve assessments approved as assessed and three overridden, of people at PRISON_47.
  await db.insert(assessments).values(
    men
      .slice(0, 15)
      .concat(men.slice(0, 1))
      .map((personId, index) => ({
        personId,
        instrumentVersionId: version!.id,
        status: 'approved' as const,
        reason: 'admission' as const,
        answers: { ratings: {}, freeText: {}, judgements: {} },
        assessorId: committee,
        contributorIds: [committee],
        reviewerId: committee,
        reviewedAt: new Date('2026-02-05T06:00:00Z'),
        reviewOutcome: index < 12 ? ('approved' as const) : ('overridden' as const),
        overrideReason: index < 12 ? null : 'Текшерүүчүнүн себеби',
      })),
  );
}, 60_000);
afterAll(() => test.close());

const get = (url: string, as: string) => test.app.inject({ url, headers: { cookie: cookies[as]! } });
const csvLines = async (as: string, query = '') =>
  (await get(`/assessments/report.csv${query}`, as)).body.replace(/^\uFEFF/, '').split('\r\n');

describe('the fairness report page', () => {
  it('counts the classifications in force of the user’s units, showing fewer than 10 as “<10”, never the number', async () => {
    const response = await get('/assessments/report', 'fair.manager');
    expect(response.statusCode).toBe(200);
    const facility = /<table class="govuk-table" id="fairness-facility">([\s\S]*?)<\/table>/.exec(response.body)![1]!;
    expect(facility).toContain(units.PRISON_47!.name.ky);
    expect(facility).not.toContain(units.PRISON_16!.name.ky);
    expect(facility).toContain('>23<');
    expect(facility).toContain('>14<');
    expect(facility).toContain('<span aria-hidden="true">&lt;10</span>');
    expect(response.body).not.toMatch(/>\s*9\s*</);
    expect(response.body).toContain('href="/assessments/report.csv"');
  });

  it('shows an M&E officer at the ministry every facility in the country', async () => {
    const response = await get('/assessments/report', 'fair.me');
    expect(response.body).toContain(units.PRISON_16!.name.ky);
    expect(response.body).toContain('>11<');
  });

  it('counts only decisions in the period asked for, and shows the form again for a date that does not exist', async () => {
    const later = await get('/assessments/report?from=01.03.2026', 'fair.manager');
    expect(later.body).toContain('Бул мезгилде сиздин бөлүмдөрүңүздө күчүндөгү бир да классификация чечилген эмес.');
    expect(later.body).toContain('href="/assessments/report.csv?from=01.03.2026"');
    const wrong = await get('/assessments/report?from=31.02.2026', 'fair.manager');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('Чыныгы күндү кк.аа.жжжж түрүндө жазыңыз');
    expect(wrong.body).toContain('value="31.02.2026"');
  });

  it('is refused to a user without the report permission', async () => {
    expect((await get('/assessments/report', 'fair.officer')).statusCode).toBe(403);
    expect((await get('/assessments/report.csv', 'fair.officer')).statusCode).toBe(403);
  });
});

describe('the CSV export', () => {
  it('suppresses the same cells as the page, and the rates computed from them', async () => {
    const lines = await csvLines('fair.manager');
    expect(lines[0]).toBe(
      'table,group_code,group,total,violent_extremist_offender,at_risk_of_radicalisation,general,confirmed,approved,overridden,override_rate_percent',
    );
    expect(lines).toContain(`facility,PRISON_47,${units.PRISON_47!.name.ky},23,<10,<10,14,<10,,<10,<10`);
    expect(lines).toContain('sex,female,Аял,<10,<10,<10,<10,<10,,<10,<10');
    // 15 reviews, 3 overridden: the 12 approved would give the 3 away, so they are suppressed too.
    expect(lines.find((line) => line.startsWith('instrument,KADAM_VE,'))).toMatch(/,15,,,,,<10,<10,<10$/);
    expect(lines.join('\n')).not.toMatch(/,9,|,3,|,12,/);
  });

  it('is recorded with its filters', async () => {
    await csvLines('fair.me', '?from=01.01.2026&to=31.12.2026');
    const [event] = await test.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'assessments.report.export'), eq(auditEvents.username, 'fair.me')));
    expect(event).toMatchObject({
      outcome: 'success',
      username: 'fair.me',
      details: { filters: { from: '2026-01-01', to: '2026-12-31' }, format: 'csv' },
    });
  });
});
