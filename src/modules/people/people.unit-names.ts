import type { Executor } from '../../platform/db/pool.ts';
import type { LocalisedName } from '../../platform/org/org.tables.ts';
import { unitName } from './people.repository.ts';

/**
 * Every page about a person shows the name of the unit holding them, and the same few hundred units come up over
 * and over. Unit names change a few times a year, through the admin pages, so they are kept here for a short
 * while: a renamed unit shows its old name for at most `UNIT_NAME_TTL_MS` on the header band. Only the name is
 * kept — never whether the user may see the person (that is `authorise`, on every request).
 */
export const UNIT_NAME_TTL_MS = 60_000;

type Entry = { name: LocalisedName | null; until: number };

export function unitNameCache(load: (db: Executor, unitId: string) => Promise<LocalisedName | null>, now = () => Date.now()) {
  const entries = new Map<string, Entry>();
  return async (db: Executor, unitId: string): Promise<LocalisedName | null> => {
    const kept = entries.get(unitId);
    if (kept && kept.until > now()) return kept.name;
    const name = await load(db, unitId);
    entries.set(unitId, { name, until: now() + UNIT_NAME_TTL_MS });
    return name;
  };
}

/** The process's one cache of unit names, read through the transaction of the page that asks. */
export const cachedUnitName = unitNameCache(async (db, unitId) => (await unitName(db, unitId))?.name ?? null);
