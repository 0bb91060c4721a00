/**
 * The behaviour-based indicators a report may tick, worded in each language as `concerns.indicator.<code>` with a
 * hint `concerns.indicatorHint.<code>`. Every one describes something a person does to others or says about
 * violence. None is about religion: prayer, dress, a beard, fasting or religious reading are never a concern
 * (the manual says so, the form says so, and a unit test keeps the list free of religious words).
 */
export const CONCERN_INDICATORS = [
  'pressure_or_threats',
  'recruitment_attempts',
  'extremist_material',
  'group_forming',
  'sudden_withdrawal',
  'violence_statements',
  'group_contact',
] as const;
export type ConcernIndicator = (typeof CONCERN_INDICATORS)[number];

export const isIndicator = (code: string): code is ConcernIndicator => (CONCERN_INDICATORS as readonly string[]).includes(code);
