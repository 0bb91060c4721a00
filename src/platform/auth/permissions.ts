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
] as const;
export type Permission = (typeof PERMISSIONS)[number];
