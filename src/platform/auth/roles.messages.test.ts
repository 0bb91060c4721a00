import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n/locales.ts';
import { ROLES } from './roles.ts';
import { roleMessages } from './roles.messages.ts';

describe('role names and descriptions', () => {
  it.each(LOCALES)('gives every shipped role a name and a one-line description in %s', (locale) => {
    const catalog: Record<string, unknown> = roleMessages[locale];
    for (const role of ROLES) {
      for (const part of ['name', 'description']) {
        const text = catalog[`role.${role}.${part}`];
        expect(typeof text === 'string' && text.trim().length > 0, `role.${role}.${part} in ${locale}`).toBe(true);
        expect(String(text)).not.toContain('\n');
      }
    }
  });

  it('writes Kyrgyz and Russian rather than copying the English', () => {
    for (const role of ROLES.filter((role) => role !== 'trainer')) {
      const english = roleMessages.en[`role.${role}.name`];
      expect(roleMessages.ky[`role.${role}.name`]).not.toBe(english);
      expect(roleMessages.ru[`role.${role}.name`]).not.toBe(english);
    }
  });
});
