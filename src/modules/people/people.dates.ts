/**
 * Staff type dates as `dd.mm.yyyy` (how they are written on Kyrgyz and Russian documents); browsers and the
 * JSON API send `yyyy-mm-dd`. Both become the database's `yyyy-mm-dd`, and a day that does not exist
 * (31.02.1990) is refused rather than rolled over into March.
 */
export function parseUserDate(text: string): string | null {
  const trimmed = text.trim();
  const dotted = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(trimmed);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const [year, month, day] = dotted
    ? [Number(dotted[3]), Number(dotted[2]), Number(dotted[1])]
    : iso
      ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
      : [NaN, NaN, NaN];
  if (!Number.isInteger(year) || year < 1800) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `yyyy-mm-dd` as staff type it back into a form: `dd.mm.yyyy`. */
export function userDateOf(isoDate: string | null | undefined): string {
  if (!isoDate) return '';
  const [year, month, day] = isoDate.split('-');
  return `${day ?? ''}.${month ?? ''}.${year ?? ''}`;
}
