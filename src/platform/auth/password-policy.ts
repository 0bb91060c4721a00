import { dictionary } from '@zxcvbn-ts/language-common';

export const MIN_PASSWORD_LENGTH = 12;
const COMMON_PASSWORD_COUNT = 10_000;

/** The 10,000 most common passwords, from zxcvbn-ts's frequency-ranked list, compared case-insensitively. */
const commonPasswords = new Set(dictionary['passwords-common'].slice(0, COMMON_PASSWORD_COUNT).map((entry) => entry.toLowerCase()));

export type PasswordProblem = 'too_short' | 'common' | 'contains_name';

/**
 * Kadam's password rules: at least 12 characters, not among the 10,000 most common passwords, and not
 * containing the user's username or any part of their name (3 letters or more).
 */
export function passwordProblems(password: string, person: { username: string; displayName: string }): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if ([...password].length < MIN_PASSWORD_LENGTH) problems.push('too_short');
  const lowered = password.toLowerCase();
  if (commonPasswords.has(lowered)) problems.push('common');
  const nameParts = [person.username, ...person.username.split(/[._-]+/), ...person.displayName.split(/\s+/)]
    .map((part) => part.toLowerCase())
    .filter((part) => [...part].length >= 3);
  if (nameParts.some((part) => lowered.includes(part))) problems.push('contains_name');
  return problems;
}
