import { describe, expect, it } from 'vitest';
import { safeReturnTo } from './sign-in.handler.tsx';

describe('return address after sign-in', () => {
  it('keeps a path on this site', () => {
    expect(safeReturnTo('/reference?x=1')).toBe('/reference?x=1');
  });

  it('refuses absolute and protocol-relative addresses', () => {
    expect(safeReturnTo('https://evil.example/')).toBe('/');
    expect(safeReturnTo('//evil.example/')).toBe('/');
    expect(safeReturnTo('/\\evil.example')).toBe('/');
    expect(safeReturnTo(undefined)).toBe('/');
  });
});
