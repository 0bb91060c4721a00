import { DEFAULT_HANDOVER_DAYS_BEFORE_RELEASE } from './release.due.ts';

/**
 * How many days before release the handover must be sent: `HANDOVER_DAYS_BEFORE_RELEASE`, set once at start-up
 * from the configuration (the worklist sources, which receive no configuration, read it here).
 */
let daysBeforeRelease = DEFAULT_HANDOVER_DAYS_BEFORE_RELEASE;

export function configureHandoverDeadline(days: number): void {
  daysBeforeRelease = days;
}

export const handoverDaysBeforeRelease = (): number => daysBeforeRelease;
