import { eq, sql } from 'drizzle-orm';
import { users } from '../../platform/auth/auth.tables.ts';
import type { Database } from '../../platform/db/pool.ts';
import { todayInBishkek } from '../people/people.service.ts';
import { personAssociations } from './associations.tables.ts';

/**
 * A small group for the demo facility (PRISON_47), recorded by the demo psychologist: two co-defendants, a
 * third person of the same group, and a visitor, so the links tab has a graph to show and the placement check
 * has a co-defendant to find. Once: nothing when links exist.
 */
export async function loadDemoAssociations(db: Database): Promise<void> {
  const [existing] = await db.select({ id: personAssociations.id }).from(personAssociations).limit(1);
  if (existing) return;
  const [recorder] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'psychologist'));
  if (!recorder) return;
  const found = await db.execute<{ id: string }>(sql`
    select p.id from people p join org_units u on u.id = p.unit_id
    where u.code = 'PRISON_47' and p.merged_into_id is null and p.sex = 'male' and p.legal_status = 'convicted'
    order by p.family_name, p.id limit 4`);
  const [a, b, c, d] = found.rows.map((row) => row.id);
  if (!a || !b || !c || !d) return;
  const year = Number(todayInBishkek().slice(0, 4));
  const link = (
    personId: string,
    otherPersonId: string,
    kind: 'co_defendant' | 'same_group' | 'visitor',
    source: 'court_judgment' | 'case_file' | 'visits_log',
    knownSince: string,
    sourceReference: string,
  ) => ({
    personId,
    otherPersonId,
    kind,
    source,
    knownSince,
    sourceReference,
    recordedBy: recorder.id,
  });
  await db
    .insert(personAssociations)
    .values([
      link(a, b, 'co_defendant', 'court_judgment', `${year - 2}-05-14`, '1-214/2024 (demo)'),
      link(a, c, 'same_group', 'case_file', `${year - 2}-05-14`, '1-214/2024 (demo)'),
      link(b, c, 'same_group', 'case_file', `${year - 2}-05-14`, '1-214/2024 (demo)'),
      link(a, d, 'visitor', 'visits_log', `${year - 1}-11-02`, 'Visits log 47/112 (demo)'),
    ]);
}
