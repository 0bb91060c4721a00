import { eq } from 'drizzle-orm';
import { messages } from '../../src/messages.ts';
import { accreditations, assessments } from '../../src/modules/assessments/assessments.tables.ts';
import { fixtureInstrument } from '../../src/modules/assessments/instruments/instrument.fixture.ts';
import { loadDraft, publishVersion } from '../../src/modules/assessments/instruments/instruments.service.ts';
import { people } from '../../src/modules/people/people.tables.ts';
import { searchTextOf } from '../../src/modules/people/people.transliteration.ts';
import { cliActor } from '../../src/platform/audit/audit.service.ts';
import { orgUnits } from '../../src/platform/org/org.tables.ts';
import { createTestApp, createTestUser, formSession, signIn, type TestApp } from '../support/app.ts';

/**
 * What the assessment page tests share: an app with the fixture instrument published (as the `kadam` command
 * would), psychologists at Prison 47 (all accredited but one) and one at Prison 16 who cannot see the person,
 * a person at Prison 47, and forms posted as a browser posts them. Every user reads Kadam in Kyrgyz, the default.
 */

const USERS = {
  assessor: ['asmt.assessor', 'PRISON_47'],
  colleague: ['asmt.colleague', 'PRISON_47'],
  reviewer: ['asmt.reviewer', 'PRISON_47'],
  unaccredited: ['asmt.unaccredited', 'PRISON_47'],
  far: ['asmt.far', 'PRISON_16'],
} as const;
export type Who = keyof typeof USERS;
export type Fields = [string, string][];

/** A message as a Kyrgyz-speaking user reads it. */
export const ky = (key: string) => (messages.ky as Record<string, string>)[key]!;

/** Every answer the fixture instrument needs before it can be submitted. */
export const COMPLETE: Fields = [
  ['rating-S1', 'yes'],
  ['evidence-S1', 'Камерадагы кошунасына коркутуу айткан, 12.01.2026'],
  ['sources-S1', 'interview'],
  ['sources-S1', 'file'],
  ['confidence-S1', 'high'],
  ['rating-S2', 'no'],
  ['evidence-S2', 'Байкалган жок'],
  ['sources-S2', 'observation'],
  ['free-CONTEXT', 'Кабыл алуудан кийинки биринчи ай'],
  ['judgement-VIOLENCE', 'moderate'],
  ['formulation', 'Коркутуулар чыр-чатактан кийин гана айтылган'],
  ['personView', 'Ачууланып айттым дейт'],
  ['overallReasons', 'Бир гана коркутуу, башкаларды тартуу жок'],
];

export async function assessmentPagesSetup() {
  const test: TestApp = await createTestApp();
  const db = test.database.db;
  const cookies: Partial<Record<Who, string>> = {};
  const units = Object.fromEntries((await db.select({ id: orgUnits.id, code: orgUnits.code }).from(orgUnits)).map((u) => [u.code, u.id]));
  const draft = await loadDraft(db, { user: null, audit: cliActor('test') }, fixtureInstrument());
  const { instrumentId } = await publishVersion(db, { user: null, audit: cliActor('test') }, draft.id);
  for (const [who, [username, unitCode]] of Object.entries(USERS) as [Who, (typeof USERS)[Who]][]) {
    const user = await createTestUser(test, username, [{ role: 'psychologist', unitCode }]);
    if (who !== 'unaccredited' && who !== 'far')
      await db.insert(accreditations).values({ userId: user.id, instrumentId, validFrom: '2024-01-01' });
    cookies[who] = await signIn(test.app, username);
  }
  const [person] = await db
    .insert(people)
    .values({
      familyName: 'Асанов',
      givenName: 'Бакыт',
      dateOfBirth: '1991-04-12',
      sex: 'male',
      noPinReason: 'unknown',
      searchText: searchTextOf(['Асанов', 'Бакыт']),
      unitId: units.PRISON_47!,
    })
    .returning({ id: people.id });

  const get = (url: string, as: Who) => test.app.inject({ url, headers: { cookie: cookies[as]!, accept: 'text/html' } });
  /** Posts a form as the user would: a page first (for its CSRF token), then the fields, repeated names allowed. */
  const post = async (url: string, fields: Fields, as: Who, page = url.replace(/\/(review|correct|autosave)$/, '')) => {
    const session = await formSession(test.app, cookies[as]!, page);
    return test.app.inject({
      method: 'POST',
      url,
      headers: { cookie: session.cookies, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      payload: new URLSearchParams([['_csrf', session.csrf], ...fields]).toString(),
    });
  };
  const assessmentRow = async (id: string) => (await db.select().from(assessments).where(eq(assessments.id, id)))[0]!;
  return { test, personId: person!.id, get, post, assessmentRow };
}
