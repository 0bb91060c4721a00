import { sql } from 'drizzle-orm';
import {
  registerWorklistSource,
  type WorklistContext,
  type WorklistItem,
  type WorklistSection,
} from '../../platform/worklists/worklist-sources.ts';
import { caseloadOf, unallocatedOrders } from './probation.caseload.ts';
import { addDays } from './probation.schedule.ts';
import { inUserScope } from './probation.scope.ts';

/** "Supervision contacts due": the officer's own orders whose next contact is overdue or due within a week. */
async function contactsDue(context: WorklistContext): Promise<WorklistSection[]> {
  if (!context.user.permissions.has('probation:supervise')) return [];
  const weekAhead = addDays(context.today, 7);
  const cases = (await caseloadOf(context.tx, context.user.id, context.today)).filter((row) => row.due !== null && row.due <= weekAhead);
  const items: WorklistItem[] = cases.map((row) => ({
    href: `/people/${row.personId}/probation/orders/${row.orderId}`,
    title: row.personName,
    detail: context.t('probation.worklist.contactDetail', { kind: context.t(`probation.kind.${row.kind}`) }),
    due: row.due,
    overdue: row.overdue,
  }));
  return [{ key: 'probation.contactsDue', title: 'probation.worklist.contactsDue', items }];
}

/** "Orders to allocate": for managers, the orders of their offices not yet given to an officer. */
async function toAllocate(context: WorklistContext): Promise<WorklistSection[]> {
  if (!context.user.permissions.has('probation:allocate')) return [];
  const items: WorklistItem[] = (await unallocatedOrders(context.tx, context.user, context.today)).map((row) => ({
    href: '/probation/allocation',
    title: row.personName,
    detail: context.t('probation.worklist.unallocatedDetail', { kind: context.t(`probation.kind.${row.kind}`) }),
    due: row.startsOn,
    overdue: row.startsOn < context.today,
  }));
  return [{ key: 'probation.unallocated', title: 'probation.worklist.unallocated', items }];
}

/** "Breach reports to approve": submitted reports of the approver's offices written by someone else. */
async function breachesToApprove(context: WorklistContext): Promise<WorklistSection[]> {
  if (!context.user.permissions.has('breaches:approve')) return [];
  const result = await context.tx.execute<{ personId: string; orderId: string; name: string; writtenOn: string }>(sql`
    select b.person_id as "personId", b.order_id as "orderId", concat_ws(' ', p.family_name, p.given_name) as name,
      to_char(b.written_at, 'YYYY-MM-DD') as "writtenOn"
    from probation_breach_reports b join probation_orders o on o.id = b.order_id join people p on p.id = b.person_id
    where b.status = 'submitted' and b.written_by <> ${context.user.id}::uuid
      and ${inUserScope(context.user, 'breaches:approve', sql`o.office_id`)}
    order by b.written_at`);
  const items: WorklistItem[] = result.rows.map((row) => ({
    href: `/people/${row.personId}/probation/orders/${row.orderId}`,
    title: row.name,
    detail: context.t('probation.worklist.breachDetail'),
    due: row.writtenOn,
    overdue: false,
  }));
  return [{ key: 'probation.breaches', title: 'probation.worklist.breaches', items }];
}

/** Registered with the pages; registering again keeps one. */
export function registerProbationWorklist(): void {
  registerWorklistSource('probation', async (context) => [
    ...(await contactsDue(context)),
    ...(await toAllocate(context)),
    ...(await breachesToApprove(context)),
  ]);
}
