import { describe, expect, it } from 'vitest';
import { messages } from '../../messages.ts';
import { REFUSAL_CODES, refusalMessageKey } from './assessments.errors.ts';

describe('assessment refusals', () => {
  it('have a message in Kyrgyz, Russian and English for every refusal code', () => {
    for (const code of REFUSAL_CODES)
      for (const locale of ['ky', 'ru', 'en'] as const) expect(messages[locale][refusalMessageKey(code)], `${locale} ${code}`).toBeTruthy();
  });
});
