import { describe, expect, it } from 'vitest';
import { permissionsOf, type Role } from './platform/auth/roles.ts';
import type { SessionUser } from './platform/auth/sessions.ts';
import { visibleNavigation } from './platform/views/navigation.ts';
import { NAVIGATION } from './routes.ts';

const userWith = (role: Role): SessionUser => ({
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
      '/referrals',
      '/partners',
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

  it('shows reports for courts to probation staff, and the rate of followed recommendations to managers', () => {
    const officer = visibleNavigation(NAVIGATION, userWith('probation_officer')).map((item) => item.href);
    const manager = visibleNavigation(NAVIGATION, userWith('probation_manager')).map((item) => item.href);
    expect(officer).toContain('/court-reports');
    expect(officer).not.toContain('/court-reports/outcomes');
    expect(manager).toEqual(expect.arrayContaining(['/court-reports', '/court-reports/outcomes']));
  });
  it('shows the caseload to probation officers, allocation to managers, and the probation types to administrators', () => {
    const officer = visibleNavigation(NAVIGATION, userWith('probation_officer')).map((item) => item.href);
    const manager = visibleNavigation(NAVIGATION, userWith('probation_manager')).map((item) => item.href);
    const admin = visibleNavigation(NAVIGATION, userWith('system_admin')).map((item) => item.href);
    expect(officer).toContain('/probation/caseload');
    expect(officer).not.toContain('/probation/allocation');
    expect(manager).toEqual(expect.arrayContaining(['/probation/caseload', '/probation/allocation']));
    expect(admin).toContain('/probation/types');
    expect(officer).not.toContain('/probation/types');
  });
  it('shows the probation reports to probation managers and M&E officers, not to probation officers', () => {
    const hrefs = (role: Parameters<typeof userWith>[0]) => visibleNavigation(NAVIGATION, userWith(role)).map((item) => item.href);
    expect(hrefs('probation_manager')).toContain('/probation/reports');
    expect(hrefs('me_officer')).toContain('/probation/reports');
    expect(hrefs('probation_officer')).not.toContain('/probation/reports');
  });
  it('shows a partner worker only the home page and the referrals sent to their organisation', () => {
    // Like every user, a partner worker can read how each instrument works; nothing about people beyond their referrals.
    expect(visibleNavigation(NAVIGATION, userWith('partner_worker')).map((item) => item.href)).toEqual([
      '/',
      '/instruments',
      '/partner/referrals',
    ]);
  });
});
