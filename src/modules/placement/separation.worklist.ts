import { registerWorklistSource, type WorklistContext, type WorklistSection } from '../../platform/worklists/worklist-sources.ts';
import { userDateOf } from '../people/people.service.ts';
import { currentSeparations } from './separation.report.ts';

/** The statuses a manager must act on: before the limit, on it, and past it without an approved extension. */
const WARNED = new Set(['approaching', 'at_limit', 'over_limit']);

/**
 * "Separation limits": people in separation in the manager's facilities whose run is close to, at or over the
 * limit (Nelson Mandela Rules 43–44), so that the decision to end it or to extend it is taken in time.
 */
async function separationWarnings(context: WorklistContext): Promise<WorklistSection[]> {
  if (!context.user.permissions.has('placement:move') && !context.user.permissions.has('separation:approve')) return [];
  const permission = context.user.permissions.has('separation:approve') ? 'separation:approve' : 'placement:move';
  const rows = await currentSeparations(context.tx, context.user, permission, context.today);
  const items = rows
    .filter((row) => WARNED.has(row.status))
    .map((row) => ({
      href: `/people/${row.personId}/cell`,
      title: row.name,
      detail: context.t(`placement.separation.status.${row.status}` as 'placement.separation.status.ok', {
        days: row.days,
        limit: row.limitOn ? userDateOf(row.limitOn) : '',
      }),
      due: row.limitOn,
      overdue: row.status === 'over_limit',
    }));
  return [{ key: 'placement.separationLimits', title: 'placement.worklist.separationLimits', items }];
}

/** Registered at start-up (see placement.pages.ts); registering again keeps one. */
export function registerSeparationWorklist(): void {
  registerWorklistSource('separation', separationWarnings);
}
