import type { Permission } from './permissions.ts';

/** The roles Kadam ships. A user holds a role at an organisation unit; its scope covers the unit's subtree. */
export const ROLES = [
  'system_admin',
  'prison_officer',
  'psychologist',
  'facility_manager',
  'classification_member',
  'probation_officer',
  'probation_manager',
  'programme_facilitator',
  'forensic_expert',
  'forensic_reviewer',
  'trainer',
  'partner_worker',
  'me_officer',
  'auditor',
] as const;
export type Role = (typeof ROLES)[number];

// Break-glass is for staff whose work may need a record outside their units; every use is reviewed.
const EVERY_STAFF_ROLE: readonly Permission[] = ['home:view', 'reference:read', 'break_glass:use'];

// Who works with people's records. Reception officers register admissions; psychologists and managers see the
// sensitive fields; flags are set by those who judge risk; a merge needs a manager's approval.
const PEOPLE_READ: readonly Permission[] = ['people:read'];
const PEOPLE_CASEWORK: readonly Permission[] = ['people:read', 'people:create', 'people:edit', 'people:merge'];
const PEOPLE_MANAGER: readonly Permission[] = [
  ...PEOPLE_CASEWORK,
  'people:sensitive',
  'people:alerts',
  'people:merge_approve',
  'people:subject_access',
];

// Risk assessment: officers and psychologists assess (accreditation decides which instruments they may sign);
// a second person reviews; the classification committee decides; managers accredit and read the fairness report.
const ASSESS: readonly Permission[] = ['assessments:read', 'assessments:conduct'];
const ASSESSMENT_MANAGER: readonly Permission[] = [...ASSESS, 'assessments:review', 'assessments:report', 'accreditations:manage'];

// The individual approach: case workers write plans, enrol people on programmes, keep case notes and prepare
// releases; managers approve plans and run the programme groups; facilitators deliver sessions.
const CASEWORK: readonly Permission[] = [
  'plans:read',
  'plans:write',
  'programmes:read',
  'programmes:enrol',
  'casenotes:read',
  'casenotes:write',
];
const CASEWORK_MANAGER: readonly Permission[] = [...CASEWORK, 'plans:approve', 'programmes:manage', 'casenotes:sensitive'];

// Recruitment prevention: every prison officer reports concerns and sees the placement and links of the people on
// their units; the security and psychology leads run the concern loop; moves and overrides are the manager's.
const PRISON_PREVENTION: readonly Permission[] = [
  'concerns:report',
  'placement:read',
  'associations:read',
  'manual:read',
  'partners:read',
  'referrals:make',
];
const PRISON_PREVENTION_LEAD: readonly Permission[] = [...PRISON_PREVENTION, 'concerns:manage', 'associations:write'];

// Probation: officers supervise their caseload and write court reports; managers allocate, approve reports to
// courts and breach reports, keep the partner directory and read the aggregate reports.
const PROBATION_WORK: readonly Permission[] = [
  'probation:read',
  'probation:supervise',
  'court_reports:write',
  'partners:read',
  'referrals:make',
  'manual:read',
];
const PROBATION_MANAGEMENT: readonly Permission[] = [
  ...PROBATION_WORK,
  'probation:allocate',
  'court_reports:approve',
  'breaches:approve',
  'partners:manage',
  'probation:report',
  'manual:report',
];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  system_admin: [
    ...EVERY_STAFF_ROLE,
    'reference:edit',
    'users:manage',
    'org_units:manage',
    'api_tokens:manage',
    'instruments:manage',
    'accreditations:manage',
    'placement_policies:manage',
    'facilities:manage',
    // Administrators keep the partner directory with the managers, so they read it too.
    'partners:read',
    'partners:manage',
    // Whoever publishes a manual's versions reads them (and the earlier ones) too.
    'manual:read',
    'manual:manage',
  ],
  prison_officer: [...EVERY_STAFF_ROLE, ...PEOPLE_CASEWORK, ...ASSESS, ...CASEWORK, 'release:prepare', ...PRISON_PREVENTION],
  psychologist: [
    ...EVERY_STAFF_ROLE,
    ...PEOPLE_READ,
    'people:sensitive',
    'people:alerts',
    ...ASSESS,
    'assessments:review',
    ...CASEWORK,
    'casenotes:sensitive',
    ...PRISON_PREVENTION_LEAD,
  ],
  // Managers see who works in their units and with which roles.
  // A facility's manager sets which placement options (dispersal, concentration, separation) it runs.
  facility_manager: [
    ...EVERY_STAFF_ROLE,
    'staff:read',
    ...PEOPLE_MANAGER,
    ...ASSESSMENT_MANAGER,
    'placement_policies:manage',
    ...CASEWORK_MANAGER,
    'release:prepare',
    ...PRISON_PREVENTION_LEAD,
    'facilities:manage',
    'placement:move',
    'placement:override',
    'separation:approve',
    'separation:report',
    'manual:report',
  ],
  classification_member: [
    ...EVERY_STAFF_ROLE,
    ...PEOPLE_READ,
    'people:alerts',
    'assessments:read',
    'assessments:report',
    'classification:decide',
    'plans:read',
    'placement:read',
    'associations:read',
    'manual:read',
  ],
  probation_officer: [
    ...EVERY_STAFF_ROLE,
    ...PEOPLE_CASEWORK,
    'people:alerts',
    ...ASSESS,
    ...CASEWORK,
    'handover:acknowledge',
    ...PROBATION_WORK,
  ],
  // For probation clients the manager decides the classification (supervision intensity).
  probation_manager: [
    ...EVERY_STAFF_ROLE,
    'staff:read',
    ...PEOPLE_MANAGER,
    ...ASSESSMENT_MANAGER,
    'classification:decide',
    ...CASEWORK_MANAGER,
    'handover:acknowledge',
    ...PROBATION_MANAGEMENT,
  ],
  programme_facilitator: [...EVERY_STAFF_ROLE, ...PEOPLE_READ, 'programmes:read', 'programmes:deliver', 'manual:read'],
  forensic_expert: EVERY_STAFF_ROLE,
  forensic_reviewer: EVERY_STAFF_ROLE,
  trainer: EVERY_STAFF_ROLE,
  // A partner sees only what a consented referral gives them: not the state's reference lists.
  partner_worker: ['home:view', 'referrals:partner'],
  // Monitoring and evaluation reads aggregate reports only (small cells suppressed), never a person's record.
  me_officer: [...EVERY_STAFF_ROLE, 'assessments:report', 'probation:report'],
  // An auditor reads the audit trail (and reviews break-glass access) but no case content.
  auditor: ['home:view', 'audit:read', 'audit:export', 'break_glass:review'],
};

/**
 * Roles whose work spans the whole system rather than a unit's subtree: administrators run every unit's
 * accounts, the auditor / privacy officer reviews everyone's actions, and the M&E officer reads national
 * aggregate reports (small cells suppressed). None of them carries case content.
 */
export const GLOBAL_SCOPE_ROLES: ReadonlySet<Role> = new Set<Role>(['system_admin', 'auditor', 'me_officer']);

/** Administrators, approvers and auditors must sign in with a second factor; for others it is optional. */
export const TWO_FACTOR_REQUIRED_ROLES: ReadonlySet<Role> = new Set<Role>([
  'system_admin',
  'auditor',
  'facility_manager',
  'classification_member',
  'probation_manager',
  'forensic_reviewer',
]);

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role]));
}

export function rolePermits(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
