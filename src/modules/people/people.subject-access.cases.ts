import { asc, eq, inArray } from 'drizzle-orm';
import type { MessageKey } from '../../platform/i18n/catalog.ts';
import type { SectionBuilder, SectionContext, SubjectAccessRow } from './people.subject-access.ts';
import { criminalCases, criminalCodeArticles, custodyEvents, probationEpisodes } from './people.tables.ts';

/** Instants travel as ISO 8601 strings, so the JSON is plain and the PDF shows them in Bishkek time. */
export const iso = (value: Date | null): string | null => (value ? value.toISOString() : null);

/** A coded value's label: the message key under `prefix` (checked against every value in the unit test). */
export const code = (prefix: string) => (value: string) => `${prefix}.${value}` as MessageKey;

async function caseNumbers({ tx, person }: SectionContext): Promise<Map<string, string>> {
  const rows = await tx
    .select({ id: criminalCases.id, number: criminalCases.caseNumber })
    .from(criminalCases)
    .where(eq(criminalCases.personId, person.id));
  return new Map(rows.map((row) => [row.id, row.number]));
}

/** Criminal cases and sentences, each article with its title in every language and its extremism/terrorism mark. */
async function cases({ tx, person }: SectionContext): Promise<SubjectAccessRow[]> {
  const rows = await tx.select().from(criminalCases).where(eq(criminalCases.personId, person.id)).orderBy(asc(criminalCases.createdAt));
  const codes = [...new Set(rows.flatMap((row) => row.articles))];
  const known = codes.length === 0 ? [] : await tx.select().from(criminalCodeArticles).where(inArray(criminalCodeArticles.code, codes));
  return rows.map(({ id: _id, personId: _person, createdAt, articles, ...row }) => ({
    ...row,
    articles: articles.map((article) => {
      const found = known.find((entry) => entry.code === article);
      return { code: article, title: found?.title ?? null, extremism: found?.extremism ?? false, terrorism: found?.terrorism ?? false };
    }),
    createdAt: iso(createdAt),
  }));
}

/** Custody movements: admissions, transfers and releases, with facilities named. */
async function custody(context: SectionContext): Promise<SubjectAccessRow[]> {
  const { tx, person, unitName, userName } = context;
  const numbers = await caseNumbers(context);
  const rows = await tx
    .select()
    .from(custodyEvents)
    .where(eq(custodyEvents.personId, person.id))
    .orderBy(asc(custodyEvents.occurredOn), asc(custodyEvents.createdAt));
  const result: SubjectAccessRow[] = [];
  for (const row of rows)
    result.push({
      kind: row.kind,
      occurredOn: row.occurredOn,
      facility: await unitName(row.facilityId),
      fromFacility: await unitName(row.fromFacilityId),
      regime: row.regime,
      remand: row.remand,
      releaseType: row.releaseType,
      reason: row.reason,
      caseNumber: row.caseId ? (numbers.get(row.caseId) ?? null) : null,
      recordedBy: await userName(row.recordedBy),
      createdAt: iso(row.createdAt),
    });
  return result;
}

async function probation(context: SectionContext): Promise<SubjectAccessRow[]> {
  const { tx, person, unitName } = context;
  const numbers = await caseNumbers(context);
  const rows = await tx
    .select()
    .from(probationEpisodes)
    .where(eq(probationEpisodes.personId, person.id))
    .orderBy(asc(probationEpisodes.startedOn), asc(probationEpisodes.createdAt));
  const result: SubjectAccessRow[] = [];
  for (const row of rows)
    result.push({
      probationType: row.probationType,
      office: await unitName(row.officeId),
      startedOn: row.startedOn,
      endedOn: row.endedOn,
      endReason: row.endReason,
      caseNumber: row.caseId ? (numbers.get(row.caseId) ?? null) : null,
      version: row.version,
      createdAt: iso(row.createdAt),
    });
  return result;
}

/** The legal and custody history: cases, custody movements, probation episodes. */
export const caseSections: SectionBuilder[] = [
  {
    key: 'criminalCases',
    title: 'subjectAccess.section.criminalCases',
    layout: 'entries',
    rows: cases,
    codes: { sentenceType: code('history.sentence') },
  },
  {
    key: 'custodyEvents',
    title: 'subjectAccess.section.custodyEvents',
    layout: 'entries',
    rows: custody,
    codes: { kind: code('history.event'), releaseType: code('history.releaseType') },
  },
  {
    key: 'probationEpisodes',
    title: 'subjectAccess.section.probationEpisodes',
    layout: 'entries',
    rows: probation,
    codes: { probationType: code('history.probationType') },
  },
];
