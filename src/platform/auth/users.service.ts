import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/pool.ts';
import { orgUnits } from '../org/org.tables.ts';
import { deleteSessionsOfUser, findUserByUsername } from './auth.repository.ts';
import { userRoles, users } from './auth.tables.ts';
import { hashPassword } from './passwords.ts';
import { MIN_PASSWORD_LENGTH, passwordProblems, type PasswordProblem } from './password-policy.ts';
import { isRole, type Role, ROLES } from './roles.ts';

/** A failure the CLI and pages can show as it is: the message names what to fix. */
export class UserAdminError extends Error {
  override name = 'UserAdminError';
  constructor(
    readonly code:
      'users.exists' | 'users.not_found' | 'users.weak_password' | 'users.unknown_role' | 'users.unknown_unit' | 'users.invalid_username',
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
};

const PROBLEM_TEXT: Record<PasswordProblem, string> = {
  too_short: `The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`,
  common: 'The password is one of the 10,000 most common passwords.',
  contains_name: "The password contains the user's username or name.",
};

function checkPassword(password: string, person: { username: string; displayName: string }): void {
  const problems = passwordProblems(password, person);
  if (problems.length > 0) throw new UserAdminError('users.weak_password', problems.map((problem) => PROBLEM_TEXT[problem]).join(' '));
}

export async function createUser(db: Database, input: NewUser): Promise<{ id: string }> {
  if (!/^[a-z0-9][a-z0-9._-]{2,63}$/i.test(input.username)) {
    throw new UserAdminError('users.invalid_username', 'A username has 3–64 Latin letters, digits, dots, dashes or underscores.');
  }
  checkPassword(input.password, input);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    if (await findUserByUsername(tx, input.username)) {
      throw new UserAdminError('users.exists', `A user named "${input.username}" already exists.`);
    }
    const assignments: { role: Role; orgUnitId: string }[] = [];
    for (const { role, unitCode } of input.roles) {
      if (!isRole(role)) throw new UserAdminError('users.unknown_role', `Unknown role "${role}". Roles: ${ROLES.join(', ')}.`);
      const [unit] = await tx.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.code, unitCode));
      if (!unit) throw new UserAdminError('users.unknown_unit', `Unknown organisation unit "${unitCode}". Load reference data first.`);
      assignments.push({ role, orgUnitId: unit.id });
    }
    const [created] = await tx
      .insert(users)
      .values({
        username: input.username,
        displayName: input.displayName,
        passwordHash,
        locale: input.locale ?? 'ky',
        homeUnitId: assignments[0]?.orgUnitId ?? null,
        mustChangePassword: input.mustChangePassword ?? true,
      })
      .returning({ id: users.id });
    if (!created) throw new Error('insert returned no row');
    if (assignments.length > 0) await tx.insert(userRoles).values(assignments.map((entry) => ({ ...entry, userId: created.id })));
    return created;
  });
}

async function requireUser(db: Database, username: string) {
  const user = await findUserByUsername(db, username);
  if (!user) throw new UserAdminError('users.not_found', `No user named "${username}".`);
  return user;
}

/** Disabling ends every session of the user at once. */
export async function disableUser(db: Database, username: string): Promise<void> {
  const user = await requireUser(db, username);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ disabledAt: new Date(), updatedAt: new Date(), version: sql`${users.version} + 1` })
      .where(eq(users.id, user.id));
    await deleteSessionsOfUser(tx, user.id);
  });
}

/** Sets a temporary password the user must change at next sign-in, and ends their sessions. */
export async function resetPassword(db: Database, username: string, password: string): Promise<void> {
  const user = await requireUser(db, username);
  checkPassword(password, user);
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: true, updatedAt: new Date(), version: sql`${users.version} + 1` })
      .where(eq(users.id, user.id));
    await deleteSessionsOfUser(tx, user.id);
  });
}

/** A user's own change: clears the temporary-password flag and ends every session of the user, in one transaction. */
export async function changeOwnPassword(db: Database, userId: string, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, updatedAt: new Date(), version: sql`${users.version} + 1` })
      .where(eq(users.id, userId));
    await deleteSessionsOfUser(tx, userId);
  });
}
