import { asc, eq } from 'drizzle-orm';
import { concernHistory, concernPeopleInvolved, concerns } from '../../src/modules/concerns/concerns.tables.ts';
import { formSession, type TestApp } from '../support/app.ts';
import { typed } from './classification.fixture.ts';

type Fields = Record<string, string | string[]>;

/** Posts a form with the CSRF token of the page it is on; a list sends the field once per value (checkboxes). */
export async function postFields(test: TestApp, cookies: string, page: string, url: string, fields: Fields) {
  const session = await formSession(test.app, cookies, page);
  const body = new URLSearchParams({ _csrf: session.csrf });
  for (const [name, value] of Object.entries(fields)) for (const entry of ([] as string[]).concat(value)) body.append(name, entry);
  return test.app.inject({
    method: 'POST',
    url,
    headers: { cookie: session.cookies, 'content-type': 'application/x-www-form-urlencoded' },
    payload: body.toString(),
  });
}

/** Two hours ago in Bishkek (UTC+6), as the form takes it: surely not in the future. */
const twoHoursAgo = () => new Date(Date.now() + 4 * 3600_000).toISOString();

/** Sends the report form about a person, as an officer would on a tablet. */
export function reportAbout(test: TestApp, cookies: string, personId: string, fields: Fields = {}) {
  return postFields(test, cookies, `/concerns/new?person=${personId}`, '/concerns/new', {
    action: 'report',
    personId,
    indicators: ['pressure_or_threats', 'recruitment_attempts'],
    description: 'Сосед по камере сказал, что его заставляют вступить в группу.',
    place: '2-блок, цех',
    date: typed(twoHoursAgo().slice(0, 10)),
    time: twoHoursAgo().slice(11, 16),
    ...fields,
  });
}

/** The id of the concern a report's answer redirected to. */
export const concernIdOf = (location: unknown) => /\/concerns\/([0-9a-f-]{36})/.exec(String(location))?.[1] ?? '';

export async function concernRow(test: TestApp, concernId: string) {
  const [row] = await test.database.db.select().from(concerns).where(eq(concerns.id, concernId));
  return row!;
}

export const concernsAbout = (test: TestApp, personId: string) =>
  test.database.db.select().from(concerns).where(eq(concerns.personId, personId));

export const involvedIn = (test: TestApp, concernId: string) =>
  test.database.db.select().from(concernPeopleInvolved).where(eq(concernPeopleInvolved.concernId, concernId));

export const historyEvents = async (test: TestApp, concernId: string) =>
  (await test.database.db.select().from(concernHistory).where(eq(concernHistory.concernId, concernId)).orderBy(asc(concernHistory.at))).map(
    (entry) => entry.event,
  );

/** Posts one step of the loop from the concern's page, with the concern's current row version unless given. */
export async function postStep(test: TestApp, cookies: string, personId: string, concernId: string, step: string, fields: Fields) {
  const rowVersion = (fields.rowVersion as string | undefined) ?? String((await concernRow(test, concernId)).rowVersion);
  const page = `/people/${personId}/concerns/${concernId}`;
  return postFields(test, cookies, page, `${page}/${step}`, { ...fields, rowVersion });
}
