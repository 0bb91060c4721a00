const BISHKEK_OFFSET_MS = 6 * 3600_000;

/** An instant's day in Bishkek as staff read it: dd.mm.yyyy. */
export function dottedDay(instant: Date): string {
  const [year, month, day] = new Date(instant.getTime() + BISHKEK_OFFSET_MS).toISOString().slice(0, 10).split('-');
  return `${day ?? ''}.${month ?? ''}.${year ?? ''}`;
}
