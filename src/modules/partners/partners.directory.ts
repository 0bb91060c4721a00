import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/pool.ts';
import { type LocalisedName, orgUnits, territories } from '../../platform/org/org.tables.ts';
import { type PartnerKind, partnerContacts, partnerDistricts, partnerProfiles, partnerServices } from './partners.tables.ts';

export type PartnerSummary = {
  unitId: string;
  code: string;
  name: LocalisedName;
  active: boolean;
  /** Null until someone fills in the directory entry. */
  kind: PartnerKind | null;
  services: string[];
  districts: { id: string; name: LocalisedName }[];
};

export type PartnerDetails = PartnerSummary & {
  description: string | null;
  version: number;
  contacts: { name: string; phone: string | null; email: string | null }[];
};

/**
 * The directory: every organisation unit of kind `partner_organisation`, with its entry where one was written.
 * Filters: a service offered, a district covered. The directory is not person data, so it is national.
 */
export async function listPartners(
  db: Executor,
  filters: { service?: string | undefined; territoryId?: string | undefined; activeOnly?: boolean } = {},
): Promise<PartnerSummary[]> {
  const conditions = [eq(orgUnits.kind, 'partner_organisation')];
  if (filters.activeOnly) conditions.push(eq(orgUnits.active, true));
  if (filters.service)
    conditions.push(sql`exists (select 1 from partner_services s where s.unit_id = ${orgUnits.id} and s.service = ${filters.service})`);
  if (filters.territoryId)
    conditions.push(
      sql`exists (select 1 from partner_districts d where d.unit_id = ${orgUnits.id} and d.territory_id = ${filters.territoryId}::uuid)`,
    );
  const rows = await db
    .select({ unitId: orgUnits.id, code: orgUnits.code, name: orgUnits.name, active: orgUnits.active, kind: partnerProfiles.kind })
    .from(orgUnits)
    .leftJoin(partnerProfiles, eq(partnerProfiles.unitId, orgUnits.id))
    .where(and(...conditions))
    .orderBy(asc(orgUnits.code));
  return withServicesAndDistricts(db, rows);
}

async function withServicesAndDistricts<T extends { unitId: string }>(db: Executor, rows: T[]) {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.unitId);
  const services = await db.select().from(partnerServices).where(inArray(partnerServices.unitId, ids));
  const districts = await db
    .select({ unitId: partnerDistricts.unitId, id: territories.id, name: territories.name })
    .from(partnerDistricts)
    .innerJoin(territories, eq(territories.id, partnerDistricts.territoryId))
    .where(inArray(partnerDistricts.unitId, ids))
    .orderBy(asc(territories.code));
  return rows.map((row) => ({
    ...row,
    services: services.filter((entry) => entry.unitId === row.unitId).map((entry) => entry.service),
    districts: districts.filter((entry) => entry.unitId === row.unitId).map(({ id, name }) => ({ id, name })),
  }));
}

/** One partner by its unit code, with contacts; undefined when no partner organisation has that code. */
export async function partnerByCode(db: Executor, code: string): Promise<PartnerDetails | undefined> {
  const [row] = await db
    .select({
      unitId: orgUnits.id,
      code: orgUnits.code,
      name: orgUnits.name,
      active: orgUnits.active,
      kind: partnerProfiles.kind,
      description: partnerProfiles.description,
      version: partnerProfiles.version,
    })
    .from(orgUnits)
    .leftJoin(partnerProfiles, eq(partnerProfiles.unitId, orgUnits.id))
    .where(and(eq(orgUnits.code, code), eq(orgUnits.kind, 'partner_organisation')));
  if (!row) return undefined;
  const [withLists] = await withServicesAndDistricts(db, [row]);
  const contacts = await db
    .select({ name: partnerContacts.name, phone: partnerContacts.phone, email: partnerContacts.email })
    .from(partnerContacts)
    .where(eq(partnerContacts.unitId, row.unitId))
    .orderBy(asc(partnerContacts.position));
  return { ...withLists!, description: row.description ?? null, version: row.version ?? 0, contacts };
}

/** Whether a partner organisation (active) offers a service: a referral may only ask it for one it offers. */
export async function partnerOffers(db: Executor, unitId: string, service: string): Promise<boolean> {
  const result = await db.execute<{ found: boolean }>(sql`
    select exists (select 1 from partner_services s join org_units u on u.id = s.unit_id
      where s.unit_id = ${unitId}::uuid and s.service = ${service} and u.active and u.kind = 'partner_organisation') as found`);
  return result.rows[0]?.found === true;
}

/** The districts a partner may cover: districts, cities and city districts, and the two republican cities. */
export async function districtOptions(db: Executor): Promise<{ id: string; code: string; name: LocalisedName }[]> {
  return db
    .select({ id: territories.id, code: territories.code, name: territories.name })
    .from(territories)
    .where(inArray(territories.kind, ['district', 'city', 'city_district', 'city_republican']))
    .orderBy(asc(territories.code));
}
