import { eq } from 'drizzle-orm';
import type { AssessmentAnswers } from '../../src/modules/assessments/assessments.answers.ts';
import type { ClassificationContent } from '../../src/modules/assessments/classification.tables.ts';
import type { InstrumentDefinition } from '../../src/modules/assessments/instruments/instrument.definition.ts';
import { people } from '../../src/modules/people/people.tables.ts';
import { searchTextOf } from '../../src/modules/people/people.transliteration.ts';
import type { Database } from '../../src/platform/db/pool.ts';
import { orgUnits } from '../../src/platform/org/org.tables.ts';

/** The records the assessment documents are made of, written straight into the tables: the test is about the documents. */
export async function insertPerson(db: Database, familyName: string, unitCode: string, pin: string | null) {
  const [unit] = await db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.code, unitCode));
  const [row] = await db
    .insert(people)
    .values({
      familyName,
      givenName: 'Үсөн',
      patronymic: 'Таңатарович',
      dateOfBirth: '1991-05-17',
      sex: 'male',
      pin,
      noPinReason: pin ? null : 'unknown',
      unitId: unit!.id,
      legalStatus: 'convicted',
      searchText: searchTextOf([familyName]),
    })
    .returning({ id: people.id });
  return row!.id;
}

/** Every indicator rated at its scale's first level, with evidence and sources; every judgement moderate. */
export function answersFor(definition: InstrumentDefinition): AssessmentAnswers {
  const ratings: AssessmentAnswers['ratings'] = {};
  for (const section of definition.sections)
    for (const indicator of section.indicators) {
      const scale = definition.scales.find((entry) => entry.code === indicator.scale)!;
      ratings[indicator.code] = {
        rating: scale.levels[0]!.value,
        evidence: `Далил ${indicator.code}`,
        sources: ['interview'],
        confidence: 'high',
      };
    }
  return {
    ratings,
    freeText: {},
    judgements: Object.fromEntries(definition.outcome.judgements.map((judgement) => [judgement.code, 'moderate' as const])),
    formulation: 'Факторлордун байланышы',
    personView: 'Мен макул эмесмин',
    overallReasons: 'Жалпы баанын негизи',
  };
}

export const classificationContent = (values: Partial<ClassificationContent>): ClassificationContent => ({
  category: 'at_risk_of_radicalisation',
  violence: 'moderate',
  influence: 'low',
  vulnerability: 'high',
  reoffending: null,
  placement: 'dispersal',
  intensity: null,
  ...values,
});
