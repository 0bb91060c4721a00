import { RISK_LEVELS, type InstrumentDefinition } from './instruments/instrument.definition.ts';

type RiskLevel = (typeof RISK_LEVELS)[number];

/**
 * When an approved assessment is next reviewed. The instrument's policy sets the interval by the highest
 * risk level judged (high risk is reviewed soonest); a change in the person's circumstances (DOMAIN.md:
 * incident, transfer, sentence change, before release) brings the review forward but never puts it off.
 * Dates are calendar dates, `yyyy-mm-dd`, with no time zone.
 */

export const TRIGGERS = ['concern_report', 'transfer', 'sentence_change', 'pre_release'] as const;
export type ReviewTrigger = (typeof TRIGGERS)[number];

/** How long before the release date the pre-release review falls. */
export const PRE_RELEASE_MONTHS = 6;

function parseDate(date: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`not a yyyy-mm-dd date: ${date}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

const pad = (value: number, length = 2): string => String(value).padStart(length, '0');

/** Calendar months added (or taken away), keeping the day but not past the month's end: 31 Jan + 1 = 28/29 Feb. */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = parseDate(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12; // 0-based
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return `${pad(targetYear, 4)}-${pad(targetMonth + 1)}-${pad(Math.min(day, lastDay))}`;
}

/** The next review after approval: the interval for the highest level among the judgements, or the default. */
export function nextReviewDate(
  definition: Pick<InstrumentDefinition, 'reviewPolicy'>,
  judgements: Record<string, RiskLevel>,
  approvedOn: string,
): string {
  const { monthsByLevel, defaultMonths } = definition.reviewPolicy;
  const judged = Object.values(judgements);
  const highest = [...RISK_LEVELS].reverse().find((level) => judged.includes(level));
  return addMonths(approvedOn, highest ? monthsByLevel[highest] : defaultMonths);
}

/**
 * The review date after a trigger. A concern report, a transfer or a sentence change calls for a review now
 * (today). Before release the review falls six months before the release date, or today if that is already
 * past or the release date is not known. The earlier of that and the current date wins.
 */
export function reviewDateAfterTrigger(
  current: string | null,
  trigger: ReviewTrigger,
  today: string,
  releaseDate?: string | null,
): { date: string; changed: boolean } {
  let due = today;
  if (trigger === 'pre_release' && releaseDate) {
    const beforeRelease = addMonths(releaseDate, -PRE_RELEASE_MONTHS);
    due = beforeRelease > today ? beforeRelease : today;
  }
  // yyyy-mm-dd strings compare in date order.
  if (current !== null && current <= due) return { date: current, changed: false };
  return { date: due, changed: true };
}
