import { describe, expect, it } from 'vitest';
import { messages } from '../../messages.ts';
import { INELIGIBLE_REASONS, ineligibleMessageKey } from './programmes.eligibility.ts';
import { PROGRAMME_REFUSALS, programmeRefusalKey } from './programmes.errors.ts';
import { ABSENCE_REASONS, ENROLMENT_STATUSES, NON_COMPLETION_REASONS } from './programmes.tables.ts';

const keys = [
  ...PROGRAMME_REFUSALS.map(programmeRefusalKey),
  ...INELIGIBLE_REASONS.map(ineligibleMessageKey),
  ...ABSENCE_REASONS.map((reason) => `programmes.absence.${reason}`),
  ...NON_COMPLETION_REASONS.map((reason) => `programmes.nonCompletion.${reason}`),
  ...ENROLMENT_STATUSES.map((status) => `programmes.enrolmentStatus.${status}`),
];

describe('the programmes module’s codes', () => {
  it.each(['ky', 'ru', 'en'] as const)('each have words in %s', (locale) => {
    expect(keys.filter((key) => !(key in messages[locale]))).toEqual([]);
  });
});
