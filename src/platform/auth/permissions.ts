/**
 * Permissions are `resource:action` pairs; roles bundle them (see roles.ts). Modules add their resources
 * here as they arrive, so the authorisation matrix test can be generated from one list.
 */
export const PERMISSIONS = [
  'home:view',
  'reference:read',
  'reference:edit',
  'users:manage',
  'staff:read',
  'org_units:manage',
  'api_tokens:manage',
  'audit:read',
  'audit:export',
  'break_glass:use',
  'people:read',
  'people:create',
  'people:edit',
  'people:sensitive',
  'people:alerts',
  'people:merge',
  'people:merge_approve',
  'people:subject_access',
  'break_glass:review',
  'assessments:read',
  'assessments:conduct',
  'assessments:review',
  'assessments:report',
  'classification:decide',
  'instruments:manage',
  'accreditations:manage',
  'placement_policies:manage',
  // Individual plans (sentence / supervision plans): read, write (objectives, actions, reviews), approve.
  'plans:read',
  'plans:write',
  'plans:approve',
  // Programmes: read the catalogue and groups, enrol people, deliver sessions, manage catalogue and groups.
  'programmes:read',
  'programmes:enrol',
  'programmes:deliver',
  'programmes:manage',
  // Release preparation: pre-release plans and sending the handover; the probation office acknowledges it.
  'release:prepare',
  'handover:acknowledge',
  // Case notes: read and write ordinary notes; read notes marked sensitive.
  'casenotes:read',
  'casenotes:write',
  'casenotes:sensitive',
  // Probation: read cases and orders; supervise (orders, contacts, violations, responses); allocate cases to officers;
  // write reports for courts and approve them; send breach reports to court.
  'probation:read',
  'probation:supervise',
  'probation:allocate',
  'court_reports:write',
  'court_reports:approve',
  'breaches:approve',
  // Community partners: the directory; referrals made by staff with consent; a partner worker's own referrals.
  'partners:read',
  'partners:manage',
  'referrals:make',
  'referrals:partner',
  // Aggregate probation and results reports (small cells suppressed).
  'probation:report',
  // Recruitment prevention: anyone on a unit reports a concern; leads triage and run the concern loop.
  'concerns:report',
  'concerns:manage',
  // Facility structure, placement and moves (override of a conflict is a manager's), separation approvals.
  'facilities:manage',
  'placement:read',
  'placement:move',
  'placement:override',
  'separation:approve',
  'separation:report',
  // Recorded links between people.
  'associations:read',
  'associations:write',
  // The staff manual library: read (and acknowledge), edit versions, the report of who has not yet read.
  'manual:read',
  'manual:manage',
  'manual:report',
] as const;
export type Permission = (typeof PERMISSIONS)[number];
