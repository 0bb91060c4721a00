import { randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { type AuditActor, cliActor, fieldChanges, recordAudit } from '../audit/audit.service.ts';
import type { FieldChange } from '../audit/audit.tables.ts';
import type { Database, Executor } from '../db/pool.ts';
import { orgUnits } from '../org/org.tables.ts';
import { deleteSessionsOfUser, findUserByUsername, type UserRow } from './auth.repository.ts';
import { userRoles, users } from './auth.tables.ts';
import { hashPassword } from './passwords.ts';
import { MIN_PASSWORD_LENGTH, passwordProblems, type PasswordProblem } from './password-policy.ts';
import { isRole, type Role, ROLES } from './roles.ts';

/** A failure the CLI and pages can show as it is: the message names what to fix. */
export class UserAdminError extends Error {
  override name = 'UserAdminError';
  constructor(
    readonly code: `users.${'exists' | 'not_found' | 'weak_password' | 'unknown_role' | 'unknown_unit' | 'invalid_username' | 'stale_version'}`,
    message: string,
  ) {
    super(message);
  }
}

export type NewUser = {
  username: string;
  displayName: string;
  password: string;
  roles: { role: string; unitCode: string }[];
  locale?: 'ky' | 'ru' | 'en';
  mustChangePassword?: boolean;
  /** An integration's account: no usable password (a random one nobody sees); it works only with API tokens. */
  serviceAccount?: boolean;
};

/** Who acts (the CLI when not given) and, from a form, the version of the user record the administrator saw. */
export type UserChangeOptions = { actor?: AuditActor; expectedVersion?: number };

const PROBLEM_TEXT: Record<PasswordProblem, string> = {
  too_short: `The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`,
  common: 'The password is one of the 10,000 most common passwords.',
  contains_name: "The password contains the user's username or name.",
};

/** A role name and unit code → the role and the unit's id, or a failure naming which one is unknown. */
export async function resolveAssignment(
  tx: Executor,
  input: { role: string; unitCode: string },
): Promise<{ role: Role; orgUnitId: string }> {
  const { role, unitCode } = input;
  if (!isRole(role)) throw new UserAdminError('users.unknown_role', `Unknown role "${role}". Roles: ${ROLES.join(', ')}.`);
  const [unit] = await tx.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.code, unitCode));
  if (!unit) throw new UserAdminError('users.unknown_unit', `Unknown organisation unit "${unitCode}". Load reference data first.`);
  return { role, orgUnitId: unit.id };
}

function checkPassword(password: string, person: { username: string; displayName: string }): void {
  const problems = passwordProblems(password, person);
  if (problems.length > 0) throw new UserAdminError('users.weak_password', problems.map((problem) => PROBLEM_TEXT[problem]).join(' '));
}

export async function createUser(db: Database, input: NewUser, actor = cliActor('user create')): Promise<{ id: string }> {
  if (!/^[a-z0-9][a-z0-9._-]{2,63}$/i.test(input.username)) {
    throw new UserAdminError('users.invalid_username', 'A username has 3–64 Latin letters, digits, dots, dashes or underscores.');
  }
  const serviceAccount = input.serviceAccount ?? false;
  if (!serviceAccount) checkPassword(input.password, input);
  const passwordHash = await hashPassword(serviceAccount ? randomBytes(32).toString('base64url') : input.password);
  return db.transaction(async (tx) => {
    if (await findUserByUsername(tx, input.username)) {
      throw new UserAdminError('users.exists', `A user named "${input.username}" already exists.`);
    }
    const assignments: { role: Role; orgUnitId: string }[] = [];
    for (const entry of input.roles) assignments.push(await resolveAssignment(tx, entry));
    const [created] = await tx
      .insert(users)
      .values({
        username: input.username,
        displayName: input.displayName,
        passwordHash,
        locale: input.locale ?? 'ky',
        homeUnitId: assignments[0]?.orgUnitId ?? null,
        mustChangePassword: serviceAccount ? false : (input.mustChangePassword ?? true),
        serviceAccount,
      })
      .returning({ id: users.id });
    if (!created) throw new Error('insert returned no row');
    if (assignments.length > 0) await tx.insert(userRoles).values(assignments.map((entry) => ({ ...entry, userId: created.id })));
    const after = {
      username: input.username,
      displayName: input.displayName,
      locale: input.locale ?? 'ky',
      serviceAccount,
      roles: input.roles.map(({ role, unitCode }) => `${role}@${unitCode}`),
    };
    await recordAudit(tx, actor, {
      action: 'user.create',
      resourceType: 'user',
      resourceId: created.id,
      changes: fieldChanges<Record<string, unknown>>({}, after),
    });
    return created;
  });
}

async function requireUser(db: Database, username: string) {
  const user = await findUserByUsername(db, username);
  if (!user) throw new UserAdminError('users.not_found', `No user named "${username}".`);
  return user;
}

/**
 * Applies one administrative change to a user in a transaction: refuses it if the record changed since the
 * administrator saw it, raises the version, audits it with its field changes, and (for changes to what the
 * user may do or how they sign in) ends all of the user's sessions in the same transaction.
 */
export async function changeUser(
  db: Database,
  username: string,
  change: {
    action: string;
    set: Partial<typeof users.$inferInsert>;
    endSessions: boolean;
    /** The field changes to audit when they are not simply `set` (secrets, or rows beside the user). */
    changes?: FieldChange[];
    /** Work on rows beside the user (roles, recovery codes), returning its field changes for the audit. */
    also?: (tx: Executor, user: UserRow) => Promise<FieldChange[]>;
  },
  options: UserChangeOptions = {},
): Promise<void> {
  const user = await requireUser(db, username);
  await db.transaction(async (tx) => {
    const versionMatches = options.expectedVersion === undefined ? undefined : eq(users.version, options.expectedVersion);
    const [updated] = await tx
      .update(users)
      .set({ ...change.set, updatedAt: new Date(), version: sql`${users.version} + 1` })
      .where(and(eq(users.id, user.id), versionMatches))
      .returning({ id: users.id });
    if (!updated) throw new UserAdminError('users.stale_version', `${username} was changed by someone else; reload and try again.`);
    const besides = (await change.also?.(tx, user)) ?? [];
    if (change.endSessions) await deleteSessionsOfUser(tx, user.id);
    await recordAudit(tx, options.actor ?? cliActor(change.action), {
      action: change.action,
      resourceType: 'user',
      resourceId: user.id,
      changes: [...(change.changes ?? fieldChanges<Record<string, unknown>>(user, change.set)), ...besides],
      details: change.endSessions ? { sessionsEnded: true } : undefined,
    });
  });
}

/** Disabling ends every session of the user at once. */
export async function disableUser(db: Database, username: string, options: UserChangeOptions = {}): Promise<void> {
  await changeUser(db, username, { action: 'user.disable', set: { disabledAt: new Date() }, endSessions: true }, options);
}

export async function enableUser(db: Database, username: string, options: UserChangeOptions = {}): Promise<void> {
  await changeUser(db, username, { action: 'user.enable', set: { disabledAt: null }, endSessions: false }, options);
}

/** Sets a temporary password the user must change at next sign-in, and ends their sessions. */
export async function resetPassword(db: Database, username: string, password: string, options: UserChangeOptions = {}): Promise<void> {
  const user = await requireUser(db, username);
  checkPassword(password, user);
  const passwordHash = await hashPassword(password);
  // The audit trail records that the password was replaced, never a hash.
  const changes: FieldChange[] = [
    { field: 'password', from: '(previous)', to: '(temporary)' },
    ...fieldChanges<Record<string, unknown>>(user, { mustChangePassword: true }),
  ];
  await changeUser(
    db,
    username,
    { action: 'user.reset_password', set: { passwordHash, mustChangePassword: true }, endSessions: true, changes },
    options,
  );
}

/** A user's own change: clears the temporary-password flag and ends every session of the user, in one transaction. */
export async function changeOwnPassword(db: Database, userId: string, password: string, actor: AuditActor): Promise<void> {
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const [before] = await tx.select({ mustChangePassword: users.mustChangePassword }).from(users).where(eq(users.id, userId));
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, updatedAt: new Date(), version: sql`${users.version} + 1` })
      .where(eq(users.id, userId));
    await deleteSessionsOfUser(tx, userId);
    // That the password changed is recorded, never the hash.
    await recordAudit(tx, actor, {
      action: 'user.change_own_password',
      resourceType: 'user',
      resourceId: userId,
      changes: [
        { field: 'password', from: '(previous)', to: '(changed)' },
        ...fieldChanges<Record<string, unknown>>(before ?? {}, { mustChangePassword: false }),
      ],
      details: { sessionsEnded: true },
    });
  });
}
