import { and, eq } from 'drizzle-orm';
import type { Database, Executor } from '../db/pool.ts';
import { rolesOfUser } from './auth.repository.ts';
import { recoveryCodes, userRoles, users } from './auth.tables.ts';
import { changeUser, resolveAssignment, UserAdminError, type UserChangeOptions } from './users.service.ts';

/** `role@UNIT_CODE` for every role a user holds, sorted: how the audit trail shows a role change. */
async function roleList(tx: Executor, userId: string): Promise<string[]> {
  return (await rolesOfUser(tx, userId)).map((row) => `${row.role}@${row.unitCode}`).sort();
}

/**
 * Gives a user a role at a unit. What a user may do changes, so all their sessions end at once (in the same
 * transaction) and they sign in again with the new roles.
 */
export async function addRole(
  db: Database,
  username: string,
  assignment: { role: string; unitCode: string },
  options: UserChangeOptions = {},
): Promise<void> {
  await changeUser(
    db,
    username,
    {
      action: 'user.role_add',
      set: {},
      endSessions: true,
      also: async (tx, user) => {
        const before = await roleList(tx, user.id);
        const resolved = await resolveAssignment(tx, assignment);
        await tx
          .insert(userRoles)
          .values({ ...resolved, userId: user.id })
          .onConflictDoNothing();
        // A user without a home unit gets the unit of their first role, as at creation.
        if (!user.homeUnitId) await tx.update(users).set({ homeUnitId: resolved.orgUnitId }).where(eq(users.id, user.id));
        return [{ field: 'roles', from: before, to: await roleList(tx, user.id) }];
      },
    },
    options,
  );
}

/** Takes a role away; like adding one, it ends all of the user's sessions in the same transaction. */
export async function removeRole(db: Database, username: string, roleId: string, options: UserChangeOptions = {}): Promise<void> {
  await changeUser(
    db,
    username,
    {
      action: 'user.role_remove',
      set: {},
      endSessions: true,
      also: async (tx, user) => {
        const before = await roleList(tx, user.id);
        const removed = await tx
          .delete(userRoles)
          .where(and(eq(userRoles.id, roleId), eq(userRoles.userId, user.id)))
          .returning({ id: userRoles.id });
        if (removed.length === 0) throw new UserAdminError('users.unknown_role', 'The user does not hold that role.');
        return [{ field: 'roles', from: before, to: await roleList(tx, user.id) }];
      },
    },
    options,
  );
}

/**
 * For a lost authenticator: clears the TOTP secret and every recovery code, so the user enrols again at next
 * sign-in. Their sessions end too, so no session outlives the second factor it was opened with.
 */
export async function resetTwoFactor(db: Database, username: string, options: UserChangeOptions = {}): Promise<void> {
  await changeUser(
    db,
    username,
    {
      action: 'user.reset_two_factor',
      set: { totpSecret: null, totpEnabledAt: null, totpLastStep: null },
      endSessions: true,
      // Never the secret itself in the audit trail: only whether two-factor sign-in was set up.
      changes: [],
      also: async (tx, user) => {
        const codes = await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, user.id)).returning({ id: recoveryCodes.id });
        return [
          { field: 'twoFactor', from: user.totpEnabledAt ? 'enrolled' : 'not enrolled', to: 'not enrolled' },
          { field: 'recoveryCodes', from: codes.length, to: 0 },
        ];
      },
    },
    options,
  );
}
