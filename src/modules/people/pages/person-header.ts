import type { Executor } from '../../../platform/db/pool.ts';
import type { LocalisedName } from '../../../platform/org/org.tables.ts';
import type { PersonRow } from '../people.access.ts';
import { ageOn, fullName, latinName, todayInBishkek } from '../people.models.ts';
import { type AlertType, alertTypesInForce } from '../people.alerts.ts';
import { cachedUnitName } from '../people.unit-names.ts';

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
  alerts: AlertType[];
};

/** Read inside the request's `withPerson` transaction, so the header is as consistent as the page. */
export async function loadPersonHeader(tx: Executor, person: PersonRow): Promise<PersonHeaderModel> {
  const today = todayInBishkek();
  // Sequential: a transaction's one connection runs one query at a time anyway. The unit's name changes
  // rarely and is on every page, so it comes from a short-lived cache (people.unit-names.ts).
  const location = await cachedUnitName(tx, person.unitId);
  const alerts = await alertTypesInForce(tx, person.id, today);
  return {
    id: person.id,
    name: fullName(person),
    latinName: latinName(person),
    pin: person.pin,
    noPinReason: person.noPinReason,
    dateOfBirth: person.dateOfBirth,
    age: ageOn(person.dateOfBirth, today),
    legalStatus: person.legalStatus,
    location,
    // Must-not-locate-with alerts held on the other person's record count here too: both must be kept apart.
    alerts,
  };
}
