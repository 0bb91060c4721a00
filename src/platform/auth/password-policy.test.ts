import { describe, expect, it } from 'vitest';
import { passwordProblems } from './password-policy.ts';

const person = { username: 'a.usenov', displayName: 'Азамат Үсөнов' };

describe('password rules', () => {
  it('accepts a long, uncommon password without the name', () => {
    expect(passwordProblems('Кара-Балта күзүндө 1987', person)).toEqual([]);
  });

  it('refuses fewer than 12 characters, counting Kyrgyz letters as one each', () => {
    expect(passwordProblems('ңөүңөүңөүңө', person)).toEqual(['too_short']);
    expect(passwordProblems('ңөүңөүңөүңөү', person)).toEqual([]);
  });

  it('refuses the most common passwords, whatever their case', () => {
    expect(passwordProblems('QWERTY123456', person)).toContain('common');
    expect(passwordProblems('1qaz2wsx3edc', person)).toContain('common');
  });

  it("refuses a password holding the user's username or a part of their name", () => {
    expect(passwordProblems('my-a.usenov-secret', person)).toContain('contains_name');
    expect(passwordProblems('usenov-is-my-password', person)).toContain('contains_name');
    expect(passwordProblems('үсөнов жашасын 2026', person)).toContain('contains_name');
  });
});
