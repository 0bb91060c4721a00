import { describe, expect, it } from 'vitest';
import { ROLES } from '../../platform/auth/roles.ts';
import { worklistsFor } from './home.models.ts';

describe('home worklists', () => {
  it('gives a probation officer their caseload and court reports, not prison concern triage', () => {
    const keys = worklistsFor(['probation_officer']).map((worklist) => worklist.key);
    expect(keys).toContain('worklist.caseload');
    expect(keys).toContain('worklist.courtReportsDue');
    expect(keys).not.toContain('worklist.concernsToTriage');
  });

  it('gives every shipped role at least one worklist', () => {
    const without = ROLES.filter((role) => worklistsFor([role]).length === 0);
    expect(without).toEqual([]);
  });
});
