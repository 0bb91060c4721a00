import { type SQL, sql } from 'drizzle-orm';
import type { Permission } from '../../platform/auth/permissions.ts';
import { rolePermits } from '../../platform/auth/roles.ts';
import type { SessionUser } from '../../platform/auth/sessions.ts';
import type { Executor } from '../../platform/db/pool.ts';
import type { LocalisedName } from '../../platform/org/org.tables.ts';
import { handoverSendBy, handoverStanding, type HandoverStage } from './release.due.ts';
import { handoverDaysBeforeRelease } from './release.settings.ts';

/** The units (and everything below them) where the user holds a role granting `permission`; never wider. */
export function scopeUnits(user: SessionUser, permission: Permission): SQL | null {
  const roots = user.roles.filter((entry) => rolePermits(entry.role, permission)).map((entry) => entry.orgUnitId);
  if (roots.length === 0) return null;
  return sql`(with recursive scope(id) as (
      select id from org_units where id in (${sql.join(
        roots.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})
      union select u.id from org_units u join scope s on u.parent_id = s.id
    ) select id from scope)`;
}

export type HandoverQueueItem = {
  personId: string;
  name: string;
  planId: string;
  handoverId: string | null;
  releaseOn: string;
  sendBy: string;
  fromUnit: LocalisedName;
  toOffice: LocalisedName;
  stage: HandoverStage;
  overdue: boolean;
};

type Row = Omit<HandoverQueueItem, 'stage' | 'overdue' | 'sendBy'> & { sentSendBy: string | null; status: string | null };

/**
 * Every release to supervision with its handover, seen from one side: `outgoing` — people of the user's units
 * (`release:prepare`); `incoming` — releases routed to the user's probation offices (`handover:acknowledge`).
 * Sent handovers keep the deadline they were sent under; the others follow today's configured one.
 */
export async function handoverQueue(db: Executor, user: SessionUser, side: 'outgoing' | 'incoming', today: string) {
  const scope = scopeUnits(user, side === 'outgoing' ? 'release:prepare' : 'handover:acknowledge');
  if (!scope) return [];
  const where = side === 'outgoing' ? sql`p.unit_id in ${scope}` : sql`r.receiving_office_id in ${scope}`;
  const result = await db.execute<Row>(sql`
    select p.id as "personId", concat_ws(' ', p.family_name, p.given_name, p.patronymic) as name, r.id as "planId",
      h.id as "handoverId", to_char(coalesce(h.release_on, r.release_on), 'YYYY-MM-DD') as "releaseOn",
      to_char(h.send_by, 'YYYY-MM-DD') as "sentSendBy", h.status,
      coalesce(hu.name, pu.name) as "fromUnit", o.name as "toOffice"
    from release_plans r
      join people p on p.id = r.person_id
      join org_units pu on pu.id = p.unit_id
      join org_units o on o.id = r.receiving_office_id
      left join release_handovers h on h.plan_id = r.id
      left join org_units hu on hu.id = h.from_unit_id
    where r.status = 'open' and r.supervision is not null and ${where}
    order by coalesce(h.release_on, r.release_on), name`);
  const days = handoverDaysBeforeRelease();
  return result.rows
    .map(({ sentSendBy, status, ...row }): HandoverQueueItem => {
      const sendBy = sentSendBy ?? handoverSendBy(row.releaseOn, days);
      const standing = handoverStanding({
        releaseOn: row.releaseOn,
        sendBy,
        sent: status !== null,
        acknowledged: status === 'acknowledged',
        today,
      });
      return { ...row, sendBy, ...standing };
    })
    .sort((a, b) => Number(b.overdue) - Number(a.overdue));
}

export type UnplannedRelease = { personId: string; name: string; releaseOn: string; planId: string | null };

/**
 * People of the user's units held with an expected release in the next six months and no pre-release plan
 * worth the name: none open, or one opened but not started (no pathway worked on, no action).
 */
export async function releasesWithoutPlan(db: Executor, user: SessionUser, today: string): Promise<UnplannedRelease[]> {
  const scope = scopeUnits(user, 'release:prepare');
  if (!scope) return [];
  const result = await db.execute<UnplannedRelease>(sql`
    select p.id as "personId", concat_ws(' ', p.family_name, p.given_name, p.patronymic) as name,
      to_char(max(c.expected_release_on), 'YYYY-MM-DD') as "releaseOn", r.id as "planId"
    from people p
      join criminal_cases c on c.person_id = p.id
      left join release_plans r on r.person_id = p.id and r.status = 'open'
    where p.unit_id in ${scope} and p.legal_status in ('convicted', 'remand') and p.merged_into_id is null
      and (r.id is null or not exists (
        select 1 from release_pathways w where w.plan_id = r.id and (w.status <> 'not_started' or w.needs <> ''
          or exists (select 1 from release_actions a where a.pathway_id = w.id))))
    group by p.id, r.id
    having max(c.expected_release_on) between ${today}::date and ${today}::date + interval '6 months'
    order by max(c.expected_release_on)`);
  return result.rows;
}
