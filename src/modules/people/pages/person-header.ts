import type { Executor } from '../../../platform/db/pool.ts';
import type { LocalisedName } from '../../../platform/org/org.tables.ts';
import type { PersonRow } from '../people.access.ts';
import { ageOn, fullName, latinName, todayInBishkek } from '../people.models.ts';
import { activeAlerts, unitName } from '../people.repository.ts';
import type { ALERT_TYPES } from '../people.tables.ts';

/** What the header band on every page about a person shows. */
export type PersonHeaderModel = {
  id: string;
  name: string;
  latinName: string | null;
  pin: string | null;
  noPinReason: PersonRow['noPinReason'];
  dateOfBirth: string;
  age: number;
  legalStatus: PersonRow['legalStatus'];
  location: LocalisedName | null;
  alerts: (typeof ALERT_TYPES)[number][];
};

/** Read inside the request's `withPerson` transaction, so the header is as consistent as the page. */
export async function loadPersonHeader(tx: Executor, person: PersonRow): Promise<PersonHeaderModel> {
  const today = todayInBishkek();
  const [unit, alerts] = await Promise.all([unitName(tx, person.unitId), activeAlerts(tx, person.id, today)]);
  return {
    id: person.id,
    name: fullName(person),
    latinName: latinName(person),
    pin: person.pin,
    noPinReason: person.noPinReason,
    dateOfBirth: person.dateOfBirth,
    age: ageOn(person.dateOfBirth, today),
    legalStatus: person.legalStatus,
    location: unit?.name ?? null,
    alerts: [...new Set(alerts.map((alert) => alert.type))],
  };
}
