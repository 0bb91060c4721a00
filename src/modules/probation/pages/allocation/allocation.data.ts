import type { SessionUser } from '../../../../platform/auth/sessions.ts';
import type { Executor } from '../../../../platform/db/pool.ts';
import { allocatedOrders, type CaseRow, unallocatedOrders } from '../../probation.caseload.ts';
import { byPriority } from '../../probation.priority.ts';
import { officersInScope, type OfficerOption } from '../../probation.scope.ts';
import { capacitiesOf } from '../../probation.settings.ts';

export type OfficerLoad = OfficerOption & { capacity: number; cases: CaseRow[]; overdue: number };
export type AllocationData = { officers: OfficerLoad[]; unallocated: CaseRow[] };

/**
 * The manager's view: every officer of their offices with their active orders (priority order), how many
 * contacts are overdue and their capacity; and the orders of those offices no one has been given yet.
 */
export async function loadAllocation(tx: Executor, user: SessionUser, today: string): Promise<AllocationData> {
  const team = await officersInScope(tx, user);
  const capacities = await capacitiesOf(
    tx,
    team.map((officer) => officer.id),
  );
  const allocated = await allocatedOrders(tx, user, today);
  const officers = team.map((officer) => {
    const cases = byPriority(allocated.filter((row) => row.officerId === officer.id));
    return { ...officer, capacity: capacities.get(officer.id) ?? 0, cases, overdue: cases.filter((row) => row.overdue).length };
  });
  return { officers, unallocated: await unallocatedOrders(tx, user, today) };
}
