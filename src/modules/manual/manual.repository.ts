import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/pool.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import { manualAcknowledgements, manualSections, manualVersions } from './manual.tables.ts';

export type VersionRow = typeof manualVersions.$inferSelect;
export type SectionRow = typeof manualSections.$inferSelect;

/** The current (highest) version of a manual, if it exists. */
export async function currentVersion(tx: Executor, code: string): Promise<VersionRow | undefined> {
  const [row] = await tx
    .select()
    .from(manualVersions)
    .where(eq(manualVersions.manualCode, code))
    .orderBy(desc(manualVersions.version))
    .limit(1);
  return row;
}

export async function versionByNumber(tx: Executor, code: string, version: number): Promise<VersionRow | undefined> {
  const [row] = await tx
    .select()
    .from(manualVersions)
    .where(and(eq(manualVersions.manualCode, code), eq(manualVersions.version, version)));
  return row;
}

export const versionsOf = (tx: Executor, code: string) =>
  tx.select().from(manualVersions).where(eq(manualVersions.manualCode, code)).orderBy(desc(manualVersions.version));

export const sectionsOf = (tx: Executor, versionId: string) =>
  tx.select().from(manualSections).where(eq(manualSections.versionId, versionId)).orderBy(asc(manualSections.position));

/** Every manual's current version, and whether the user has said they read and understood it. */
export async function libraryFor(tx: Executor, userId: string) {
  const result = await tx.execute<{
    code: string;
    version: number;
    title: VersionRow['title'];
    publishedAt: Date;
    acknowledged: boolean;
  }>(sql`
    select distinct on (v.manual_code) v.manual_code as code, v.version, v.title, v.published_at as "publishedAt",
           exists (select 1 from manual_acknowledgements a where a.version_id = v.id and a.user_id = ${userId}::uuid) as acknowledged
    from manual_versions v order by v.manual_code, v.version desc`);
  return result.rows.map((row) => ({ ...row, publishedAt: new Date(row.publishedAt) }));
}

export async function acknowledgementOf(tx: Executor, versionId: string, userId: string) {
  const [row] = await tx
    .select()
    .from(manualAcknowledgements)
    .where(and(eq(manualAcknowledgements.versionId, versionId), eq(manualAcknowledgements.userId, userId)));
  return row;
}

export type SearchHit = { position: number; title: string; body: string };

/** Words of a search as prefixes (`тарт` finds `тартуу`, `тартууну`): letters and digits only, at most eight. */
export const searchWords = (query: string) =>
  query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1)
    .slice(0, 8);

/**
 * Full-text search over one version's sections in the reader's language: every word must match as a prefix
 * (the `simple` configuration, since PostgreSQL has no Kyrgyz dictionary), best matches first.
 */
export async function searchSections(tx: Executor, versionId: string, locale: Locale, query: string): Promise<SearchHit[]> {
  const words = searchWords(query);
  if (words.length === 0) return [];
  const tsquery = words.map((word) => `${word}:*`).join(' & ');
  const document = sql`to_tsvector('simple', (${manualSections.title} ->> ${locale}) || ' ' || (${manualSections.body} ->> ${locale}))`;
  const result = await tx.execute<SearchHit>(sql`
    select ${manualSections.position} as position, ${manualSections.title} ->> ${locale} as title, ${manualSections.body} ->> ${locale} as body
    from ${manualSections}
    where ${manualSections.versionId} = ${versionId} and ${document} @@ to_tsquery('simple', ${tsquery})
    order by ts_rank(${document}, to_tsquery('simple', ${tsquery})) desc, ${manualSections.position}`);
  return result.rows;
}

/** A few words around the first match, for the search results (the whole section is one click away). */
export function excerptOf(body: string, query: string, around = 90): string {
  const lower = body.toLowerCase();
  const at = Math.min(
    ...searchWords(query)
      .map((word) => lower.indexOf(word))
      .filter((index) => index >= 0),
    body.length,
  );
  const start = Math.max(0, (at === body.length ? 0 : at) - around);
  const text = body
    .slice(start, start + around * 2)
    .replace(/\s+/g, ' ')
    .trim();
  return `${start > 0 ? '…' : ''}${text}${start + around * 2 < body.length ? '…' : ''}`;
}
