import type { RESPONSES, VIOLATION_SEVERITIES } from './probation.tables.ts';

export type Response = (typeof RESPONSES)[number];
export type Severity = (typeof VIOLATION_SEVERITIES)[number];
export type PriorViolation = { occurredOn: string; severity: Severity; response: Response };
export type ResponseProposal = { response: Response; reason: 'serious' | 'first' | 'second' | 'repeated' };

/**
 * The graded response Kadam proposes for a violation, from the order's earlier violations: a serious one goes
 * to court; the first minor one gets a warning, the second an additional condition, the third and later go to
 * court. It only proposes: the officer decides, and a different decision needs a written reason (a human
 * decides, as the safeguards require). Earlier means strictly before the violation's day.
 */
export function proposeResponse(input: { severity: Severity; occurredOn: string; earlier: readonly PriorViolation[] }): ResponseProposal {
  if (input.severity === 'serious') return { response: 'court_referral', reason: 'serious' };
  const before = input.earlier.filter((violation) => violation.occurredOn < input.occurredOn).length;
  if (before === 0) return { response: 'warning', reason: 'first' };
  if (before === 1) return { response: 'additional_condition', reason: 'second' };
  return { response: 'court_referral', reason: 'repeated' };
}
