import { inArray } from 'drizzle-orm';
import { users } from '../../../platform/auth/auth.tables.ts';
import type { Executor } from '../../../platform/db/pool.ts';
import { instrumentByCode, type InstrumentRow, type InstrumentVersionRow, versionsOf } from './instruments.repository.ts';

/**
 * Instruments and versions as people name them — by code and version number, in URLs and at the console —
 * rather than by their row ids.
 */

export async function instrumentWithVersions(
  tx: Executor,
  code: string,
): Promise<{ instrument: InstrumentRow; versions: InstrumentVersionRow[] } | undefined> {
  const instrument = await instrumentByCode(tx, code);
  if (!instrument) return undefined;
  return { instrument, versions: await versionsOf(tx, instrument.id) };
}

/** A version by its instrument's code and its number; undefined for an unknown code, or a number that is not a version. */
export async function versionByNumber(
  tx: Executor,
  code: string,
  number: string | number,
): Promise<{ instrument: InstrumentRow; version: InstrumentVersionRow } | undefined> {
  const wanted = Number(number);
  if (!Number.isInteger(wanted) || wanted < 1) return undefined;
  const found = await instrumentWithVersions(tx, code);
  const version = found?.versions.find((entry) => entry.version === wanted);
  return found && version ? { instrument: found.instrument, version } : undefined;
}

/** The version a reader means when they name none: the one in use, else the newest (a draft not yet published). */
export const defaultVersion = (versions: InstrumentVersionRow[]): InstrumentVersionRow | undefined =>
  versions.find((version) => version.status === 'published') ?? versions[0];

/** Display names of the users who published or retired versions, by id, for the administration pages. */
export async function displayNames(tx: Executor, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await tx.select({ id: users.id, displayName: users.displayName }).from(users).where(inArray(users.id, wanted));
  return new Map(rows.map((row) => [row.id, row.displayName]));
}
