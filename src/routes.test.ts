import { describe, expect, it } from 'vitest';
import { permissionsOf } from './platform/auth/roles.ts';
import type { SessionUser } from './platform/auth/sessions.ts';
import { visibleNavigation } from './platform/views/navigation.ts';
import { NAVIGATION } from './routes.ts';

const userWith = (role: 'prison_officer' | 'auditor'): SessionUser => ({
  id: 'u',
  sessionId: 's',
  username: 'u',
  displayName: 'U',
  locale: 'ky',
  homeUnitId: 'x',
  homeUnitName: null,
  roles: [{ role, orgUnitId: 'x', unitCode: 'X' }],
  permissions: permissionsOf([role]),
  mustChangePassword: false,
});

describe('navigation', () => {
  it('shows nothing before sign-in', () => {
    expect(visibleNavigation(NAVIGATION, null)).toEqual([]);
  });

  it('shows only the items a role may use', () => {
    expect(visibleNavigation(NAVIGATION, userWith('prison_officer')).map((item) => item.href)).toEqual([
      '/',
      '/worklist',
      '/people',
      '/assessments/reviews',
      '/reference',
      '/instruments',
      '/programmes/groups',
      '/programmes',
      '/release/handovers/outgoing',
      '/concerns/new',
      '/facilities',
      '/manual',
    ]);
    // An auditor reads the audit trail and reviews break-glass access, not the state's reference lists or case
    // content; like every user, the auditor can read how each instrument works (its transparency record).
    expect(visibleNavigation(NAVIGATION, userWith('auditor')).map((item) => item.href)).toEqual([
      '/',
      '/audit',
      '/access/break-glass/review',
      '/instruments',
    ]);
  });
});
