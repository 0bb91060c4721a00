import { randomBytes } from 'node:crypto';
import { cliActor } from '../../platform/audit/audit.service.ts';
import { createUser, disableUser, resetPassword } from '../../platform/auth/users.service.ts';
import { CliError, out } from '../output.ts';
import { withDatabase } from '../session.ts';

/** `--role prison_officer@PRISON_47` → { role, unitCode }. */
export function parseRoleAssignment(value: string): { role: string; unitCode: string } {
  const [role, unitCode, extra] = value.split('@');
  if (!role || !unitCode || extra !== undefined) {
    throw new CliError(`"${value}" is not ROLE@UNIT_CODE, for example prison_officer@PRISON_47.`);
  }
  return { role, unitCode };
}

/** A temporary password the user must change: long, random, and free of look-alike characters. */
export function temporaryPassword(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from(randomBytes(16), (byte) => alphabet[byte % alphabet.length]).join('');
}

export async function userCreate(options: {
  username: string;
  name: string;
  role: string[];
  password?: string;
  locale: 'ky' | 'ru' | 'en';
}) {
  const roles = options.role.map(parseRoleAssignment);
  const password = options.password ?? temporaryPassword();
  await withDatabase((database) =>
    createUser(
      database.db,
      {
        username: options.username,
        displayName: options.name,
        password,
        roles,
        locale: options.locale,
        mustChangePassword: true,
      },
      cliActor('user create'),
    ),
  );
  out(`Created user ${options.username}.`);
  if (!options.password) out(`Temporary password (shown once; the user must change it at first sign-in): ${password}`);
}

export async function userDisable(username: string) {
  // Audited as the console: the `kadam` command has no signed-in user.
  await withDatabase((database) => disableUser(database.db, username, { actor: cliActor('user disable') }));
  out(`Disabled ${username} and ended all of their sessions.`);
}

export async function userResetPassword(username: string, options: { password?: string }) {
  const password = options.password ?? temporaryPassword();
  await withDatabase((database) => resetPassword(database.db, username, password, { actor: cliActor('user reset-password') }));
  out(`Reset the password of ${username} and ended all of their sessions.`);
  if (!options.password) out(`Temporary password (shown once; the user must change it at next sign-in): ${password}`);
}
