import type { FastifyRequest } from 'fastify';
import { authorise } from '../../../../platform/access/authorise.ts';
import { auditActorOf } from '../../../../platform/audit/audit.service.ts';
import type { Permission } from '../../../../platform/auth/permissions.ts';
import type { Database } from '../../../../platform/db/pool.ts';
import { todayInBishkek } from '../../../people/people.service.ts';
import { ProgrammeRefused } from '../../programmes.errors.ts';
import { membersOf } from '../../programmes.groups.list.ts';
import { groupFinished, loadGroup, sessionsOf } from '../../programmes.groups.queries.ts';
import type { GroupPage } from './group.view.tsx';

/**
 * A group with its schedule and members, read in one transaction that authorises the user against the group's
 * unit and writes the view's audit event. An absent group, or one outside the user's units, answers 404.
 */
export async function loadGroupPage(
  db: Database,
  request: FastifyRequest,
  input: { groupId: string; permission: Permission; action: string },
): Promise<Omit<GroupPage, 'errors'>> {
  const user = request.user!;
  const today = todayInBishkek();
  return db.transaction(async (tx) => {
    const group = await loadGroup(tx, input.groupId);
    if (!group) throw new ProgrammeRefused('not_found', 404);
    await authorise(tx, {
      actor: user,
      audit: auditActorOf(request),
      permission: input.permission,
      action: input.action,
      record: { resourceType: 'programme_group', resourceId: group.id, unitId: group.unitId },
    });
    return {
      group,
      sessions: await sessionsOf(tx, group.id),
      members: await membersOf(tx, group.id),
      open: !(await groupFinished(tx, group.id, today)),
      mayEdit: user.permissions.has('programmes:manage'),
      mayDeliver:
        user.permissions.has('programmes:deliver') && (group.facilitatorId === user.id || user.permissions.has('programmes:manage')),
      today,
    };
  });
}
