import { sql } from 'drizzle-orm';
import type { LocalisedName } from '../../platform/org/org.tables.ts';
import { registerWorklistSource, type WorklistContext, type WorklistSection } from '../../platform/worklists/worklist-sources.ts';
import { inUserScope } from './programmes.scope.ts';

type Locale = 'ky' | 'ru' | 'en';
const localeOf = (context: WorklistContext): Locale => {
  const probe = context.t('programmes.worklist.localeProbe');
  return probe === 'ky' || probe === 'ru' ? probe : 'en';
};

/** "Sessions today": the facilitator's own sessions of the day not yet recorded. */
async function sessionsToday(context: WorklistContext): Promise<WorklistSection[]> {
  if (!context.user.permissions.has('programmes:deliver')) return [];
  const locale = localeOf(context);
  const result = await context.tx.execute<{
    id: string;
    number: number;
    starts_at: string;
    ends_at: string;
    room: string;
    title: LocalisedName;
  }>(sql`
    select s.id, s.number, s.starts_at, s.ends_at, g.room, p.title
    from programme_sessions s join programme_groups g on g.id = s.group_id join programmes p on p.id = g.programme_id
    where g.facilitator_id = ${context.user.id} and s.held_on = ${context.today}::date and s.status = 'planned'
    order by s.starts_at`);
  const items = result.rows.map((row) => ({
    href: `/programmes/sessions/${row.id}`,
    title: row.title[locale],
    detail: context.t('programmes.worklist.sessionDetail', { number: row.number, from: row.starts_at, to: row.ends_at, room: row.room }),
    due: context.today,
    overdue: false,
  }));
  return [{ key: 'programmes.sessionsToday', title: 'programmes.worklist.sessionsToday', items }];
}

/** "Enrolments waiting": groups in the user's scope with people on the waiting list, the longest-waiting first. */
async function enrolmentsWaiting(context: WorklistContext): Promise<WorklistSection[]> {
  if (!context.user.permissions.has('programmes:enrol') && !context.user.permissions.has('programmes:manage')) return [];
  const permission = context.user.permissions.has('programmes:manage') ? 'programmes:manage' : 'programmes:enrol';
  const locale = localeOf(context);
  const result = await context.tx.execute<{ id: string; title: LocalisedName; unit: LocalisedName; waiting: number; since: string }>(sql`
    select g.id, p.title, u.name as unit, count(*)::int as waiting, to_char(min(e.queued_at), 'YYYY-MM-DD') as since
    from programme_enrolments e join programme_groups g on g.id = e.group_id
      join programmes p on p.id = g.programme_id join org_units u on u.id = g.unit_id
    where e.status = 'waiting' and ${inUserScope(context.user, permission, sql`g.unit_id`)}
    group by g.id, p.title, u.name order by min(e.queued_at)`);
  const items = result.rows.map((row) => ({
    href: `/programmes/groups/${row.id}`,
    title: `${row.title[locale]} — ${row.unit[locale]}`,
    detail: context.t('programmes.worklist.waitingDetail', { count: row.waiting }),
    due: row.since,
    overdue: false,
  }));
  return [{ key: 'programmes.enrolmentsWaiting', title: 'programmes.worklist.enrolmentsWaiting', items }];
}

/** Registered at start-up (see programmes.pages.ts); registering again keeps one. */
export function registerProgrammesWorklist(): void {
  registerWorklistSource('programmes', async (context) => [...(await sessionsToday(context)), ...(await enrolmentsWaiting(context))]);
}
