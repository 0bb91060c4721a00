import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../platform/db/pool.ts';
import { orgUnits } from '../../platform/org/org.tables.ts';
import { CUSTODY_UNIT_KINDS, type Episode, type Movement } from './people.history.models.ts';
import { criminalCases, criminalCodeArticles, custodyEvents, probationEpisodes } from './people.tables.ts';

/** Movements in the order they happened (same-day ones in the order recorded): the order the rules replay. */
export async function movementsOf(db: Executor, personId: string): Promise<Movement[]> {
  return db
    .select({
      kind: custodyEvents.kind,
      occurredOn: custodyEvents.occurredOn,
      facilityId: custodyEvents.facilityId,
      remand: custodyEvents.remand,
    })
    .from(custodyEvents)
    .where(eq(custodyEvents.personId, personId))
    .orderBy(asc(custodyEvents.occurredOn), asc(custodyEvents.createdAt));
}

export async function episodesOf(db: Executor, personId: string): Promise<(Episode & { id: string })[]> {
  return db
    .select({
      id: probationEpisodes.id,
      officeId: probationEpisodes.officeId,
      startedOn: probationEpisodes.startedOn,
      endedOn: probationEpisodes.endedOn,
    })
    .from(probationEpisodes)
    .where(eq(probationEpisodes.personId, personId));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A case of this person; an id that is not a UUID (a mistyped link) is simply not found. */
export const caseOf = async (db: Executor, personId: string, caseId: string) =>
  !UUID.test(caseId)
    ? undefined
    : db
        .select()
        .from(criminalCases)
        .where(and(eq(criminalCases.personId, personId), eq(criminalCases.id, caseId)))
        .then((rows) => rows[0]);

export const episodeOf = async (db: Executor, personId: string, episodeId: string) =>
  !UUID.test(episodeId)
    ? undefined
    : db
        .select()
        .from(probationEpisodes)
        .where(and(eq(probationEpisodes.personId, personId), eq(probationEpisodes.id, episodeId)))
        .then((rows) => rows[0]);

export const unitById = (db: Executor, unitId: string) =>
  db
    .select({
      id: orgUnits.id,
      code: orgUnits.code,
      kind: orgUnits.kind,
      name: orgUnits.name,
      regime: orgUnits.regime,
      active: orgUnits.active,
    })
    .from(orgUnits)
    .where(eq(orgUnits.id, unitId))
    .then((rows) => rows[0]);

export const orgUnitByCode = (db: Executor, code: string) =>
  db
    .select({ id: orgUnits.id, code: orgUnits.code, name: orgUnits.name })
    .from(orgUnits)
    .where(eq(orgUnits.code, code))
    .then((rows) => rows[0]);

/** The selects: every active custody facility (a transfer may go anywhere) or every active probation office. */
export function unitsOfKinds(db: Executor, kinds: 'custody' | 'probation') {
  const wanted = kinds === 'custody' ? [...CUSTODY_UNIT_KINDS] : (['probation_office'] as const);
  return db
    .select({ id: orgUnits.id, code: orgUnits.code, name: orgUnits.name, regime: orgUnits.regime })
    .from(orgUnits)
    .where(and(eq(orgUnits.active, true), inArray(orgUnits.kind, [...wanted])))
    .orderBy(asc(orgUnits.code));
}

export const criminalCode = (db: Executor) => db.select().from(criminalCodeArticles).orderBy(asc(criminalCodeArticles.code));

/** Everything the history tab shows, newest first, with unit names resolved. */
export async function historyOf(db: Executor, personId: string) {
  const facility = alias(orgUnits, 'facility');
  const from = alias(orgUnits, 'from_facility');
  const office = alias(orgUnits, 'office');
  // One query after another: inside the page's transaction they share one connection.
  const cases = await db
    .select()
    .from(criminalCases)
    .where(eq(criminalCases.personId, personId))
    .orderBy(desc(criminalCases.verdictOn), desc(criminalCases.createdAt));
  const movements = await db
    .select({ event: custodyEvents, facility: facility.name, from: from.name })
    .from(custodyEvents)
    .leftJoin(facility, eq(facility.id, custodyEvents.facilityId))
    .leftJoin(from, eq(from.id, custodyEvents.fromFacilityId))
    .where(eq(custodyEvents.personId, personId))
    .orderBy(desc(custodyEvents.occurredOn), desc(custodyEvents.createdAt));
  const episodes = await db
    .select({ episode: probationEpisodes, office: office.name })
    .from(probationEpisodes)
    .innerJoin(office, eq(office.id, probationEpisodes.officeId))
    .where(eq(probationEpisodes.personId, personId))
    .orderBy(desc(probationEpisodes.startedOn), desc(probationEpisodes.createdAt));
  const codes = [...new Set(cases.flatMap((row) => row.articles))];
  const articles = codes.length === 0 ? [] : await db.select().from(criminalCodeArticles).where(inArray(criminalCodeArticles.code, codes));
  return { cases, movements, episodes, articles: new Map(articles.map((article) => [article.code, article])) };
}
export type History = Awaited<ReturnType<typeof historyOf>>;
export type CriminalCodeArticle = typeof criminalCodeArticles.$inferSelect;
