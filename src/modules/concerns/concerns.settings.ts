/**
 * The number of working days the leads have to triage a report (`CONCERN_TRIAGE_WORKING_DAYS`, default 1), set
 * once at start-up from the configuration. Each report keeps the due moment computed when it was made.
 */
let triageWorkingDays = 1;

export function configureTriageDays(days: number): void {
  triageWorkingDays = days;
}

export const triageDays = () => triageWorkingDays;
