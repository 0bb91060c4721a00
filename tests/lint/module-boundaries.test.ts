import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { boundaryViolation } from '../../eslint/module-boundaries.js';

const src = path.resolve('src');
const at = (relative: string) => path.join(src, relative);

describe('module boundary rule', () => {
  it('refuses platform code importing a module', () => {
    expect(boundaryViolation(at('platform/http/x.ts'), at('modules/people/people.service'), src)).toMatch(
      /platform must not import a module/,
    );
  });

  it('refuses platform code importing the composition root', () => {
    expect(boundaryViolation(at('platform/http/x.ts'), at('routes'), src)).toMatch(/composition files/);
  });

  it('refuses a module reaching into another module other than through its service', () => {
    expect(boundaryViolation(at('modules/plans/plans.service.ts'), at('modules/people/people.repository'), src)).toMatch(
      /only through modules\/people\/people.service.ts/,
    );
  });

  it('allows a module to use another module through its service', () => {
    expect(boundaryViolation(at('modules/plans/plans.service.ts'), at('modules/people/people.service'), src)).toBeNull();
  });

  it("allows a table file to point a foreign key at another module's table file, and nothing else to", () => {
    expect(boundaryViolation(at('modules/plans/plans.tables.ts'), at('modules/people/people.tables'), src)).toBeNull();
    expect(boundaryViolation(at('modules/plans/plans.service.ts'), at('modules/people/people.tables'), src)).toMatch(
      /only through modules\/people\/people.service.ts/,
    );
  });

  it('allows a module to use the platform and its own files', () => {
    expect(boundaryViolation(at('modules/people/pages/x/x.view.tsx'), at('platform/views/layout'), src)).toBeNull();
    expect(boundaryViolation(at('modules/people/pages/x/x.view.tsx'), at('modules/people/people.repository'), src)).toBeNull();
  });
});
