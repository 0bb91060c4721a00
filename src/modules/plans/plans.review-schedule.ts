import type { PLAN_KINDS } from './plans.tables.ts';

type PlanKind = (typeof PLAN_KINDS)[number];
export type SupervisionIntensity = 'low' | 'medium' | 'high';

/**
 * How often a plan is reviewed, in months. A sentence plan is reviewed every 3 months: a prison sentence is
 * long and the person's situation changes slowly inside. A supervision plan follows the supervision intensity
 * the classification in force decided (risk–need–responsivity: the higher the risk, the closer the contact):
 * monthly when high, every 2 months when medium, every 3 months when low. A probation client with no decided
 * classification yet is reviewed monthly: until someone has judged the risk, Kadam does not assume it is low.
 * These are starting values staff see on the review form; a review may set another date.
 */
export function reviewIntervalMonths(kind: PlanKind, intensity: SupervisionIntensity | null): number {
  if (kind === 'sentence') return 3;
  if (intensity === 'low') return 3;
  if (intensity === 'medium') return 2;
  return 1;
}

/** yyyy-mm-dd plus whole months; a day the month lacks (31 → February) becomes the month's last day. */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

export const nextPlanReview = (kind: PlanKind, intensity: SupervisionIntensity | null, from: string) =>
  addMonths(from, reviewIntervalMonths(kind, intensity));

/** yyyy-mm-dd plus a number of days, as calendar dates. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Which plan a person gets: a supervision plan on probation or after release to supervision, else a sentence plan. */
export const planKindFor = (legalStatus: string): PlanKind =>
  legalStatus === 'probation' || legalStatus === 'released' ? 'supervision' : 'sentence';
