/** Full years between a date of birth and a day (both `yyyy-mm-dd`), as a birthday party would count them. */
export function ageOn(dateOfBirth: string, today: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/** Today in Bishkek (UTC+6, no daylight saving), as `yyyy-mm-dd`: the day staff see on their calendars. */
export function todayInBishkek(now = new Date()): string {
  return new Date(now.getTime() + 6 * 3_600_000).toISOString().slice(0, 10);
}

/** "Family Given Patronymic", as names are written in Kyrgyz and Russian documents. */
export function fullName(person: { familyName: string; givenName: string; patronymic: string | null }): string {
  return [person.familyName, person.givenName, person.patronymic].filter(Boolean).join(' ');
}

export function latinName(person: {
  familyNameLatin: string | null;
  givenNameLatin: string | null;
  patronymicLatin: string | null;
}): string | null {
  const parts = [person.familyNameLatin, person.givenNameLatin, person.patronymicLatin].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : null;
}
