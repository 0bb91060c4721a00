import { describe, expect, it } from 'vitest';
import { messages } from '../../messages.ts';
import { PROBATION_REFUSALS, probationRefusalKey } from './probation.errors.ts';
import {
  BREACH_STATUSES,
  CONTACT_KINDS,
  COURT_OUTCOMES,
  ORDER_KINDS,
  ORDER_STATUSES,
  RESPONSES,
  SCHEDULE_INTENSITIES,
  VIOLATION_SEVERITIES,
} from './probation.tables.ts';

const keys = [
  ...PROBATION_REFUSALS.map(probationRefusalKey),
  ...ORDER_KINDS.map((code) => `probation.kind.${code}`),
  ...ORDER_STATUSES.map((code) => `probation.status.${code}`),
  ...CONTACT_KINDS.map((code) => `probation.contactKind.${code}`),
  ...VIOLATION_SEVERITIES.map((code) => `probation.severity.${code}`),
  ...RESPONSES.map((code) => `probation.response.${code}`),
  ...BREACH_STATUSES.map((code) => `probation.breachStatus.${code}`),
  ...COURT_OUTCOMES.map((code) => `probation.courtOutcome.${code}`),
  ...SCHEDULE_INTENSITIES.map((code) => `probation.intensity.${code}`),
];

describe('the probation module’s codes', () => {
  it.each(['ky', 'ru', 'en'] as const)('each have words in %s', (locale) => {
    expect(keys.filter((key) => !(key in messages[locale]))).toEqual([]);
  });
});
