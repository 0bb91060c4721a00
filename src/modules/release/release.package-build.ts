import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/pool.ts';
import type { LocalisedName } from '../../platform/org/org.tables.ts';
import { assessmentsInForce, classificationInForce } from '../assessments/assessments.service.ts';
import type { PersonRow } from '../people/people.service.ts';
import type { HandoverPackage } from './release.package.ts';
import { planForHandover } from './release.plan-snapshot.ts';
import { actionsOf, pathwaysOf, type ReleasePlanRow, unitName } from './release.repository.ts';
import { PATHWAYS } from './release.tables.ts';

export const nameOf = (person: Pick<PersonRow, 'familyName' | 'givenName' | 'patronymic'>) =>
  [person.familyName, person.givenName, person.patronymic].filter(Boolean).join(' ');

async function territoryName(db: Executor, id: string | null): Promise<LocalisedName | null> {
  if (!id) return null;
  const result = await db.execute<{ name: LocalisedName }>(sql`select name from territories where id = ${id}`);
  return result.rows[0]?.name ?? null;
}

/** The pre-release plan as it stands: each pathway in order, with its actions. */
export async function preReleasePlanContent(db: Executor, planId: string): Promise<HandoverPackage['preReleasePlan']> {
  const pathways = await pathwaysOf(db, planId);
  const actions = await actionsOf(db, planId);
  return {
    pathways: PATHWAYS.map((code) => {
      const row = pathways.find((pathway) => pathway.pathway === code);
      return {
        pathway: code,
        needs: row?.needs ?? '',
        status: row?.status ?? 'not_started',
        actions: actions
          .filter((action) => action.pathwayId === row?.id)
          .map((action) => ({ what: action.what, who: action.who, targetOn: action.targetOn, status: action.status })),
      };
    }),
  };
}

/**
 * Freezes what the receiving office gets: who the person is and where they will live, the release, the
 * approved assessments and the classification in force, the individual plan, and the pre-release plan.
 */
export async function buildPackage(tx: Executor, person: PersonRow, plan: ReleasePlanRow): Promise<HandoverPackage> {
  const classification = await classificationInForce(tx, person.id);
  const latin = [person.familyNameLatin, person.givenNameLatin, person.patronymicLatin].filter(Boolean).join(' ');
  return {
    person: {
      name: nameOf(person),
      latinName: latin === '' ? null : latin,
      dateOfBirth: person.dateOfBirth,
      sex: person.sex,
      pin: person.pin,
      languages: person.languages,
      preferredLanguage: person.preferredLanguage,
      registeredAddress: person.registeredAddress,
      actualAddress: person.actualAddress,
      district: await territoryName(tx, person.actualTerritoryId ?? person.registeredTerritoryId),
    },
    release: {
      releaseOn: plan.releaseOn,
      releaseType: plan.releaseType ?? '',
      supervision: plan.supervision ?? '',
      fromUnit: (await unitName(tx, person.unitId)) ?? { ky: '', ru: '', en: '' },
      toOffice: (await unitName(tx, plan.receivingOfficeId!)) ?? { ky: '', ru: '', en: '' },
    },
    assessments: (await assessmentsInForce(tx, person.id)).map((row) => ({
      instrumentCode: row.instrumentCode,
      instrumentKind: row.instrumentKind,
      reviewedAt: row.reviewedAt ? new Date(row.reviewedAt).toISOString() : null,
      nextReviewDate: row.nextReviewDate,
    })),
    classification: classification
      ? {
          decidedAt: classification.decidedAt?.toISOString() ?? null,
          decision: { ...classification.decision },
          nextReviewDate: classification.nextReviewDate,
        }
      : null,
    plan: await planForHandover(tx, person.id),
    preReleasePlan: await preReleasePlanContent(tx, plan.id),
  };
}
