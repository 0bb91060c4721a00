import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people } from '../../src/modules/people/people.tables.ts';
import { searchTextOf } from '../../src/modules/people/people.transliteration.ts';
import { auditEvents } from '../../src/platform/audit/audit.tables.ts';
import { orgUnits } from '../../src/platform/org/org.tables.ts';
import { GLOBAL_SCOPE_ROLES, type Role, ROLES, rolePermits } from '../../src/platform/auth/roles.ts';
import type { CatalogedRoute } from '../../src/platform/http/route-catalogue.ts';
import { createTestApp, createTestUser, formSession, signIn, type TestApp } from '../support/app.ts';

/**
 * The authorisation matrix, generated from the route catalogue and the role definitions: every route that
 * needs a permission × every shipped role × a record in the role's scope and one outside it. Each answer is
 * proved (200 / 403 / 404, or the permitted answer of a form sent empty), and each refusal must have written
 * exactly one audit event under the request's id.
 */

/** Where each role's test user holds its role: the unit a real holder of that role would work at. */
const ROLE_UNITS: Record<Role, string> = {
  system_admin: 'MINISTRY_OF_JUSTICE',
  prison_officer: 'PRISON_47',
  psychologist: 'PRISON_47',
  facility_manager: 'PRISON_47',
  classification_member: 'PRISON_47',
  probation_officer: 'PROBATION_OSH',
  probation_manager: 'PROBATION_OSH',
  programme_facilitator: 'PRISON_47',
  forensic_expert: 'SFS_LAB_BISHKEK',
  forensic_reviewer: 'SFS_LAB_BISHKEK',
  trainer: 'PRISON_TRAINING_CENTRE',
  partner_worker: 'CRIME_PREVENTION_OSH',
  me_officer: 'MINISTRY_OF_JUSTICE',
  auditor: 'MINISTRY_OF_JUSTICE',
};

type Subject = { id: string; username: string };
type Context = { self: Subject; far: Subject; person: string; farPerson: string };
type Fixture = {
  /** The URL for a record in the user's own scope (or the route's only URL). */
  url: (context: Context) => string;
  /** A record of a unit outside every non-global role's scope, for routes that read scoped records. */
  outOfScope?: (context: Context) => string;
  /** What a permitted user gets for `url`: 200 for a page; for a write sent empty or at an absent record, its refusal. */
  permitted: number;
  body?: Record<string, unknown>;
  headers?: Record<string, string>;
};

const ABSENT = '00000000-0000-4000-8000-000000000000';
const FIXTURES: Record<string, Fixture> = {
  'GET /': { url: () => '/', permitted: 200 },
  'GET /worklist': { url: () => '/worklist', permitted: 200 },
  'GET /staff': { url: () => '/staff', permitted: 200 },
  'GET /staff/:username': {
    url: ({ self }) => `/staff/${self.username}`,
    outOfScope: ({ far }) => `/staff/${far.username}`,
    permitted: 200,
  },
  'GET /reference': { url: () => '/reference', permitted: 200 },
  'GET /reference/org-units/:code/edit': { url: () => '/reference/org-units/PRISON_47/edit', permitted: 200 },
  'POST /reference/org-units/:code/edit': { url: () => '/reference/org-units/PRISON_47/edit', permitted: 400 },
  'GET /api/v1/reference/territories': { url: () => '/api/v1/reference/territories', permitted: 200 },
  'GET /api/v1/reference/org-units': { url: () => '/api/v1/reference/org-units', permitted: 200 },
  'GET /api/v1/reference/org-units/:code': { url: () => '/api/v1/reference/org-units/PRISON_47', permitted: 200 },
  'PATCH /api/v1/reference/org-units/:code': { url: () => '/api/v1/reference/org-units/PRISON_47', permitted: 428, body: {} },
  'GET /access/break-glass': {
    url: () => '/access/break-glass?resourceType=staff_member&resourceId=someone&returnTo=/',
    permitted: 200,
  },
  'POST /access/break-glass': { url: () => '/access/break-glass', permitted: 400 },
  'GET /access/break-glass/review': { url: () => '/access/break-glass/review', permitted: 200 },
  'POST /access/break-glass/review/:id': { url: () => `/access/break-glass/review/${ABSENT}`, permitted: 404 },
  'GET /audit': { url: () => '/audit', permitted: 200 },
  'GET /audit/events/:seq': { url: () => '/audit/events/1', permitted: 200 },
  'GET /audit/export.csv': { url: () => '/audit/export.csv', permitted: 200 },
  'GET /admin/units': { url: () => '/admin/units', permitted: 200 },
  'GET /admin/units/new': { url: () => '/admin/units/new', permitted: 200 },
  'POST /admin/units/new': { url: () => '/admin/units/new', permitted: 400 },
  'GET /admin/units/:code/edit': { url: () => '/admin/units/PRISON_47/edit', permitted: 200 },
  'POST /admin/units/:code/edit': { url: () => '/admin/units/NO_SUCH_UNIT/edit', permitted: 404 },
  'GET /admin/users': { url: () => '/admin/users', permitted: 200 },
  'GET /admin/users/new': { url: () => '/admin/users/new', permitted: 200 },
  'POST /admin/users/new': { url: () => '/admin/users/new', permitted: 400 },
  'GET /admin/users/:id': { url: ({ self }) => `/admin/users/${self.id}`, permitted: 200 },
  'POST /admin/users/:id/roles': { url: () => `/admin/users/${ABSENT}/roles`, permitted: 404 },
  'POST /admin/users/:id/roles/remove': { url: () => `/admin/users/${ABSENT}/roles/remove`, permitted: 404 },
  'POST /admin/users/:id/disable': { url: () => `/admin/users/${ABSENT}/disable`, permitted: 404 },
  'POST /admin/users/:id/enable': { url: () => `/admin/users/${ABSENT}/enable`, permitted: 404 },
  'POST /admin/users/:id/reset-password': { url: () => `/admin/users/${ABSENT}/reset-password`, permitted: 404 },
  'POST /admin/users/:id/reset-two-factor': { url: () => `/admin/users/${ABSENT}/reset-two-factor`, permitted: 404 },
  'GET /admin/roles': { url: () => '/admin/roles', permitted: 200 },
  'GET /admin/api-tokens': { url: () => '/admin/api-tokens', permitted: 200 },
  'POST /admin/api-tokens': { url: () => '/admin/api-tokens', permitted: 400 },
  'POST /admin/api-tokens/:id/revoke': { url: () => `/admin/api-tokens/${ABSENT}/revoke`, permitted: 404 },
  ...instrumentFixtures(),
  ...peopleFixtures(),
  ...classificationFixtures(),
  ...reportAndDocumentFixtures(),
  ...assessmentsApiFixtures(),
  ...programmeFixtures(),
  ...releaseFixtures(),
  ...planFixtures(),
  ...partnerAndReferralFixtures(),
  ...probationFixtures(),
  ...courtReportFixtures(),
  ...concernFixtures(),
  ...manualFixtures(),
  ...placementFixtures(),
  ...associationFixtures(),
  'GET /admin/placement-policies': { url: () => '/admin/placement-policies', permitted: 200 },
  'POST /admin/placement-policies/:code': {
    url: () => '/admin/placement-policies/PRISON_47',
    outOfScope: () => '/admin/placement-policies/PRISON_16',
    permitted: 400,
  },
};

/**
 * The programmes pages: the catalogue (Kadam's DISENGAGEMENT programme is in every test database), group and
 * session pages asked about absent records (404 for every permitted role), and enrolment from the person's
 * programmes tab sent empty (400; another facility's person 404).
 */
function programmeFixtures(): Record<string, Fixture> {
  const absent = (url: string, permitted = 404): Fixture => ({ url: () => url, permitted });
  return {
    'GET /programmes': absent('/programmes', 200),
    'GET /programmes/:code': absent('/programmes/DISENGAGEMENT', 200),
    'GET /programmes/:code/edit': absent('/programmes/DISENGAGEMENT/edit', 200),
    'POST /programmes/:code/edit': absent('/programmes/DISENGAGEMENT/edit', 400),
    'GET /programmes/groups': absent('/programmes/groups', 200),
    'GET /programmes/groups/new': absent('/programmes/groups/new', 200),
    'POST /programmes/groups/new': absent('/programmes/groups/new', 400),
    'GET /programmes/groups/:groupId': absent(`/programmes/groups/${ABSENT}`),
    'GET /programmes/groups/:groupId/edit': absent(`/programmes/groups/${ABSENT}/edit`),
    'POST /programmes/groups/:groupId/edit': absent(`/programmes/groups/${ABSENT}/edit`),
    'POST /programmes/groups/:groupId/outcome': absent(`/programmes/groups/${ABSENT}/outcome`),
    'GET /programmes/sessions/today': absent('/programmes/sessions/today', 200),
    'GET /programmes/sessions/:sessionId': absent(`/programmes/sessions/${ABSENT}`),
    'POST /programmes/sessions/:sessionId': absent(`/programmes/sessions/${ABSENT}`),
    'POST /people/:id/programmes': {
      url: ({ person }) => `/people/${person}/programmes`,
      outOfScope: ({ farPerson }) => `/people/${farPerson}/programmes`,
      permitted: 400,
    },
  };
}

/**
 * The assessments JSON API: reads of the person in the role's unit, and writes at an absent assessment or
 * classification (404) or asking for what cannot be (no instrument, no approved assessment: 400), so the matrix
 * changes nothing. Another facility's person answers 404.
 */
function assessmentsApiFixtures(): Record<string, Fixture> {
  const person = (path: string, permitted: number, body?: Record<string, unknown>): Fixture => ({
    url: (context) => `/api/v1/people/${context.person}${path}`,
    outOfScope: ({ farPerson }) => `/api/v1/people/${farPerson}${path}`,
    permitted,
    body,
  });
  return {
    'GET /api/v1/instruments': { url: () => '/api/v1/instruments', permitted: 200 },
    'GET /api/v1/instruments/:code/versions/:version': { url: () => '/api/v1/instruments/KADAM_SCREEN/versions/1', permitted: 200 },
    'GET /api/v1/people/:personId/assessments': person('/assessments', 200),
    'POST /api/v1/people/:personId/assessments': person('/assessments', 400, { instrumentCode: 'NO_SUCH', reason: 'admission' }),
    'GET /api/v1/people/:personId/assessments/:assessmentId': person(`/assessments/${ABSENT}`, 404),
    'PUT /api/v1/people/:personId/assessments/:assessmentId/answers': person(`/assessments/${ABSENT}/answers`, 404, {}),
    'POST /api/v1/people/:personId/assessments/:assessmentId/submission': person(`/assessments/${ABSENT}/submission`, 404),
    'POST /api/v1/people/:personId/assessments/:assessmentId/review': person(`/assessments/${ABSENT}/review`, 404, { action: 'approve' }),
    'GET /api/v1/people/:personId/classifications': person('/classifications', 200),
    'POST /api/v1/people/:personId/classifications': person('/classifications', 400),
    'POST /api/v1/people/:personId/classifications/:classificationId/decision': person(`/classifications/${ABSENT}/decision`, 404, {
      action: 'confirm',
    }),
  };
}

/**
 * The fairness report and its export; the assessment and classification documents, asked about an absent
 * record of a person in the role's unit (404 for every permitted role) and about another facility's person (404).
 */
function reportAndDocumentFixtures(): Record<string, Fixture> {
  const fixtures: Record<string, Fixture> = {
    'GET /assessments/report': { url: () => '/assessments/report', permitted: 200 },
    'GET /assessments/report.csv': { url: () => '/assessments/report.csv', permitted: 200 },
  };
  for (const page of ['/assessments/:assessmentId/document.pdf', '/placement/:classificationId/document.pdf']) {
    const path = page.replace(/:\w+/, ABSENT);
    fixtures[`GET /people/:id${page}`] = {
      url: ({ person }) => `/people/${person}${path}?lang=ky`,
      outOfScope: ({ farPerson }) => `/people/${farPerson}${path}?lang=ky`,
      permitted: 404,
    };
  }
  return fixtures;
}

/**
 * Instrument administration, accreditations and the transparency records, asked about Kadam's published
 * screening instrument (installed in every test database): a published version's edit and publish pages
 * answer 409, and writes are sent at an instrument that does not exist, so the matrix changes nothing.
 */
function instrumentFixtures(): Record<string, Fixture> {
  const version = '/admin/instruments/KADAM_SCREEN/versions/1';
  const absent = '/admin/instruments/NO_SUCH/versions/1';
  return {
    'GET /admin/instruments': { url: () => '/admin/instruments', permitted: 200 },
    'GET /admin/instruments/new': { url: () => '/admin/instruments/new', permitted: 200 },
    'POST /admin/instruments/new': { url: () => '/admin/instruments/new', permitted: 400 },
    'GET /admin/instruments/:code': { url: () => '/admin/instruments/KADAM_SCREEN', permitted: 200 },
    'GET /admin/instruments/:code/versions/:version': { url: () => version, permitted: 200 },
    'GET /admin/instruments/:code/versions/:version.json': { url: () => `${version}.json`, permitted: 200 },
    'GET /admin/instruments/:code/versions/:version/edit': { url: () => `${version}/edit`, permitted: 409 },
    'POST /admin/instruments/:code/versions/:version/edit': { url: () => `${absent}/edit`, permitted: 404 },
    'GET /admin/instruments/:code/versions/:version/publish': { url: () => `${version}/publish`, permitted: 409 },
    'POST /admin/instruments/:code/versions/:version/publish': { url: () => `${absent}/publish`, permitted: 404 },
    'GET /admin/instruments/:code/versions/:version/retire': { url: () => `${version}/retire`, permitted: 200 },
    'POST /admin/instruments/:code/versions/:version/retire': { url: () => `${absent}/retire`, permitted: 404 },
    'GET /admin/accreditations': { url: () => '/admin/accreditations', permitted: 200 },
    'POST /admin/accreditations': { url: () => '/admin/accreditations', permitted: 400 },
    'POST /admin/accreditations/:id/revoke': { url: () => `/admin/accreditations/${ABSENT}/revoke`, permitted: 400 },
    'GET /instruments': { url: () => '/instruments', permitted: 200 },
    'GET /instruments/:code': { url: () => '/instruments/KADAM_VE', permitted: 200 },
  };
}

/**
 * The people routes: a page about a person in the role's own unit answers 200 (a write sent empty, 400), the
 * same page about a person in another facility 404; a route naming a second record is asked about an absent
 * person, which every permitted role gets as 404.
 */
function peopleFixtures(): Record<string, Fixture> {
  const fixtures: Record<string, Fixture> = {
    'GET /people': { url: () => '/people', permitted: 200 },
    'GET /people/new': { url: () => '/people/new', permitted: 200 },
    'POST /people/new': { url: () => '/people/new', permitted: 400 },
    'GET /people/merges': { url: () => '/people/merges', permitted: 200 },
    'POST /people/merges/:mergeId/decision': { url: () => `/people/merges/${ABSENT}/decision`, permitted: 400 },
    'GET /people/:id/subject-access.pdf': {
      url: ({ person }) => `/people/${person}/subject-access.pdf?lang=ky`,
      outOfScope: ({ farPerson }) => `/people/${farPerson}/subject-access.pdf?lang=ky`,
      permitted: 200,
    },
  };
  const personPages = ['', '/alerts', '/timeline', '/notes', '/history', '/history/cases/new', '/history/probation/new']
    .concat(['/edit', '/pin', '/merge', '/subject-access', '/subject-access.json'])
    .concat(
      ['assessments', 'plan', 'placement', 'probation', 'programmes', 'referrals', 'concerns', 'associations', 'documents'].map(
        (tab) => `/${tab}`,
      ),
    );
  for (const page of personPages) {
    fixtures[`GET /people/:id${page}`] = {
      url: ({ person }) => `/people/${person}${page}`,
      outOfScope: ({ farPerson }) => `/people/${farPerson}${page}`,
      permitted: 200,
    };
  }
  for (const form of [
    '/edit',
    '/edit/documents',
    '/pin',
    '/merge',
    '/alerts',
    '/notes',
    '/history/cases/new',
    '/history/probation/new',
    '/assessments',
  ]) {
    fixtures[`POST /people/:id${form}`] = {
      url: ({ person }) => `/people/${person}${form}`,
      outOfScope: ({ farPerson }) => `/people/${farPerson}${form}`,
      permitted: 400,
    };
  }
  fixtures['GET /people/:id/history/custody/:kind'] = {
    url: ({ person }) => `/people/${person}/history/custody/admission`,
    outOfScope: ({ farPerson }) => `/people/${farPerson}/history/custody/admission`,
    permitted: 200,
  };
  fixtures['POST /people/:id/history/custody/:kind'] = {
    url: ({ person }) => `/people/${person}/history/custody/admission`,
    outOfScope: ({ farPerson }) => `/people/${farPerson}/history/custody/admission`,
    permitted: 400,
  };
  const nested: [string, string][] = [
    ['POST', '/edit/documents/:documentId/remove'],
    ['POST', '/alerts/:alertId/remove'],
    ['GET', '/history/cases/:caseId/edit'],
    ['POST', '/history/cases/:caseId/edit'],
    ['GET', '/history/probation/:episodeId/end'],
    ['POST', '/history/probation/:episodeId/end'],
    ['GET', '/assessments/:assessmentId'],
    ['POST', '/assessments/:assessmentId'],
    ['POST', '/assessments/:assessmentId/autosave'],
    ['POST', '/assessments/:assessmentId/review'],
    ['POST', '/assessments/:assessmentId/correct'],
    ['GET', '/notes/:noteId'],
    ['POST', '/notes/:noteId/correct'],
  ];
  for (const [method, page] of nested) {
    fixtures[`${method} /people/:id${page}`] = { url: () => `/people/${ABSENT}${page.replace(/:\w+/, ABSENT)}`, permitted: 404 };
  }
  return fixtures;
}

/**
 * Classification, review dates, challenges and the worklist: asking Kadam for a proposal about a person with no
 * approved assessment is refused (400; another facility's person 404); the routes naming a classification, an
 * assessment or a challenge are asked about absent ones, which every permitted role gets as 404.
 */
function classificationFixtures(): Record<string, Fixture> {
  const fixtures: Record<string, Fixture> = {
    'GET /assessments/reviews': { url: () => '/assessments/reviews', permitted: 200 },
    'POST /people/:id/placement/propose': {
      url: ({ person }) => `/people/${person}/placement/propose`,
      outOfScope: ({ farPerson }) => `/people/${farPerson}/placement/propose`,
      permitted: 400,
    },
  };
  const nested: [string, string][] = [
    ['POST', '/placement/:classificationId/decide'],
    ['POST', '/placement/:classificationId/review-date'],
    ['POST', '/placement/:classificationId/challenges'],
    ['POST', '/placement/challenges/:challengeId/respond'],
    ['GET', '/assessments/:assessmentId/safeguards'],
    ['POST', '/assessments/:assessmentId/review-date'],
    ['POST', '/assessments/:assessmentId/challenges'],
    ['POST', '/assessments/:assessmentId/challenges/:challengeId/respond'],
  ];
  for (const [method, page] of nested) {
    fixtures[`${method} /people/:id${page}`] = { url: () => `/people/${ABSENT}${page.replace(/:\w+/g, ABSENT)}`, permitted: 404 };
  }
  return fixtures;
}

/**
 * Release preparation: the person's release tab and its forms (sent empty: 400; the matrix person has no
 * release date, so starting a plan is refused with 400), forms naming an absent pathway, action or handover
 * (404), and the handover lists of each side.
 */
/**
 * The plan pages (the tab itself is with the person pages): starting a plan sent empty is refused (400; another
 * facility's person 404); the history reads 200; every step page is asked about an absent person (404).
 */
function planFixtures(): Record<string, Fixture> {
  const fixtures: Record<string, Fixture> = {
    'POST /people/:id/plan': {
      url: ({ person }) => `/people/${person}/plan`,
      outOfScope: ({ farPerson }) => `/people/${farPerson}/plan`,
      permitted: 400,
    },
    'GET /people/:id/plan/history': {
      url: ({ person }) => `/people/${person}/plan/history`,
      outOfScope: ({ farPerson }) => `/people/${farPerson}/plan/history`,
      permitted: 200,
    },
  };
  const steps: [string, string][] = [
    ['POST', '/plan/submit'],
    ['POST', '/plan/decision'],
    ['GET', '/plan/objectives'],
    ['POST', '/plan/objectives'],
    ['GET', '/plan/objectives/:objectiveId/actions'],
    ['POST', '/plan/objectives/:objectiveId/actions'],
    ['GET', '/plan/actions/:actionId'],
    ['POST', '/plan/actions/:actionId'],
    ['GET', '/plan/actions/:actionId/enrol'],
    ['POST', '/plan/actions/:actionId/enrol'],
    ['GET', '/plan/agreement'],
    ['POST', '/plan/agreement'],
    ['GET', '/plan/review'],
    ['POST', '/plan/review'],
    ['GET', '/plan/close'],
    ['POST', '/plan/close'],
  ];
  for (const [method, page] of steps) {
    fixtures[`${method} /people/:id${page}`] = { url: () => `/people/${ABSENT}${page.replace(/:\w+/g, ABSENT)}`, permitted: 404 };
  }
  return fixtures;
}

/**
 * Reports for courts: the list, the new request (sent empty: 400) and the outcomes page; every page and form of
 * one report asked about an absent report, which every permitted role gets as 404 (scope and allocation are
 * proved in court-reports.int.test.ts).
 */
function courtReportFixtures(): Record<string, Fixture> {
  const fixtures: Record<string, Fixture> = {
    'GET /court-reports': { url: () => '/court-reports', permitted: 200 },
    'GET /court-reports/new': { url: () => '/court-reports/new', permitted: 200 },
    'POST /court-reports/new': { url: () => '/court-reports/new', permitted: 400 },
    'GET /court-reports/outcomes': { url: () => '/court-reports/outcomes', permitted: 200 },
    'GET /court-reports/:reportId': { url: () => `/court-reports/${ABSENT}`, permitted: 404 },
    'GET /court-reports/:reportId/report.pdf': { url: () => `/court-reports/${ABSENT}/report.pdf?lang=ru`, permitted: 404 },
    'POST /court-reports/:reportId/submit': { url: () => `/court-reports/${ABSENT}/submit`, permitted: 404 },
    'POST /court-reports/:reportId/decision': { url: () => `/court-reports/${ABSENT}/decision`, permitted: 404 },
  };
  for (const step of ['request', 'interviews', 'inquiry', 'recommendation', 'court-decision'])
    for (const method of ['GET', 'POST'])
      fixtures[`${method} /court-reports/:reportId/${step}`] = { url: () => `/court-reports/${ABSENT}/${step}`, permitted: 404 };
  return fixtures;
}

/**
 * The partner directory asked about a partner that does not exist (404 for every permitted role; the test
 * database has no partner organisations), the referral and consent forms of a person in the role's unit (200,
 * sent empty 400; another facility's person 404), and every page naming a referral or a consent asked about an
 * absent one (404). Partner scope and consent are proved in referrals-partner.int.test.ts.
 */
function partnerAndReferralFixtures(): Record<string, Fixture> {
  const fixtures: Record<string, Fixture> = {
    'GET /partners': { url: () => '/partners', permitted: 200 },
    'GET /partners/:code': { url: () => '/partners/NO_SUCH_PARTNER', permitted: 404 },
    'GET /partners/:code/edit': { url: () => '/partners/NO_SUCH_PARTNER/edit', permitted: 404 },
    'POST /partners/:code/edit': { url: () => '/partners/NO_SUCH_PARTNER/edit', permitted: 404 },
    'GET /referrals': { url: () => '/referrals', permitted: 200 },
    'GET /partner/referrals': { url: () => '/partner/referrals', permitted: 200 },
    'GET /partner/referrals/:referralId': { url: () => `/partner/referrals/${ABSENT}`, permitted: 404 },
  };
  for (const step of ['decision', 'plan', 'sessions', 'end'])
    fixtures[`POST /partner/referrals/:referralId/${step}`] = { url: () => `/partner/referrals/${ABSENT}/${step}`, permitted: 404 };
  for (const [method, page, permitted] of [
    ['GET', '/referrals/new', 200],
    ['POST', '/referrals/new', 400],
    ['GET', '/referrals/consents/new', 200],
    ['POST', '/referrals/consents/new', 400],
  ] as const)
    fixtures[`${method} /people/:id${page}`] = {
      url: ({ person }) => `/people/${person}${page}`,
      outOfScope: ({ farPerson }) => `/people/${farPerson}${page}`,
      permitted,
    };
  for (const [method, page] of [
    ['GET', '/referrals/consents/:consentId/withdraw'],
    ['POST', '/referrals/consents/:consentId/withdraw'],
    ['GET', '/referrals/:referralId'],
    ['POST', '/referrals/:referralId/plan'],
    ['POST', '/referrals/:referralId/withdraw'],
  ] as const)
    fixtures[`${method} /people/:id${page}`] = { url: () => `/people/${ABSENT}${page.replace(/:\w+/, ABSENT)}`, permitted: 404 };
  return fixtures;
}

function releaseFixtures(): Record<string, Fixture> {
  const fixtures: Record<string, Fixture> = {
    'GET /release/handovers/outgoing': { url: () => '/release/handovers/outgoing', permitted: 200 },
    'GET /release/handovers/incoming': { url: () => '/release/handovers/incoming', permitted: 200 },
    'GET /release/handovers/:handoverId': { url: () => `/release/handovers/${ABSENT}`, permitted: 404 },
    'POST /release/handovers/:handoverId/acknowledge': { url: () => `/release/handovers/${ABSENT}/acknowledge`, permitted: 404 },
  };
  for (const [method, page, permitted] of [
    ['GET', '/release', 200],
    ['GET', '/release/handover', 200],
    ['POST', '/release/open', 400],
    ['POST', '/release/route', 400],
    ['POST', '/release/handover', 400],
  ] as const) {
    fixtures[`${method} /people/:id${page}`] = {
      url: ({ person }) => `/people/${person}${page}`,
      outOfScope: ({ farPerson }) => `/people/${farPerson}${page}`,
      permitted,
    };
  }
  for (const page of ['/release/pathways/:pathway', '/release/pathways/:pathway/actions', '/release/actions/:actionId']) {
    fixtures[`POST /people/:id${page}`] = { url: () => `/people/${ABSENT}${page.replace(/:\w+/, ABSENT)}`, permitted: 404 };
  }
  return fixtures;
}

/**
 * The probation pages: the new-order form of a person in scope (200; sent empty 400; another facility's
 * person 404), order, violation and breach pages of an absent person (404), the caseload, allocation and types
 * pages (200), and allocation and capacity forms sent empty (400).
 */
function probationFixtures(): Record<string, Fixture> {
  const fixtures: Record<string, Fixture> = {
    'GET /probation/caseload': { url: () => '/probation/caseload', permitted: 200 },
    'GET /probation/allocation': { url: () => '/probation/allocation', permitted: 200 },
    'GET /probation/reports': { url: () => '/probation/reports', permitted: 200 },
    'GET /probation/reports.csv': { url: () => '/probation/reports.csv', permitted: 200 },
    'POST /probation/orders/:orderId/allocate': { url: () => `/probation/orders/${ABSENT}/allocate`, permitted: 400 },
    'POST /probation/officers/:userId/capacity': { url: () => `/probation/officers/${ABSENT}/capacity`, permitted: 400 },
    'GET /probation/types': { url: () => '/probation/types', permitted: 200 },
    'GET /probation/types/:code': { url: () => '/probation/types/executive', permitted: 200 },
    'POST /probation/types/:code': { url: () => '/probation/types/executive', permitted: 400 },
    'POST /probation/settings': { url: () => '/probation/settings', permitted: 400 },
  };
  for (const [method, permitted] of [
    ['GET', 200],
    ['POST', 400],
  ] as const) {
    fixtures[`${method} /people/:id/probation/orders/new`] = {
      url: ({ person }) => `/people/${person}/probation/orders/new`,
      outOfScope: ({ farPerson }) => `/people/${farPerson}/probation/orders/new`,
      permitted,
    };
  }
  const absent: [string, string][] = [
    ['GET', '/probation/orders/:orderId'],
    ['POST', '/probation/orders/:orderId/conditions'],
    ['POST', '/probation/orders/:orderId/hours'],
    ['POST', '/probation/orders/:orderId/contacts'],
    ['POST', '/probation/orders/:orderId/close'],
    ['GET', '/probation/orders/:orderId/violations/new'],
    ['POST', '/probation/orders/:orderId/violations/new'],
    ['POST', '/probation/breaches/:breachId/approve'],
    ['POST', '/probation/breaches/:breachId/outcome'],
    ['GET', '/probation/breaches/:breachId/report.pdf'],
  ];
  for (const [method, page] of absent) {
    fixtures[`${method} /people/:id${page}`] = { url: () => `/people/${ABSENT}${page.replace(/:\w+/g, ABSENT)}`, permitted: 404 };
  }
  return fixtures;
}

const keyOf = (route: CatalogedRoute) => `${route.method} ${route.url}`;

let test: TestApp;
let protectedRoutes: CatalogedRoute[];
const sessions = new Map<Role, { cookies: string; csrf: string; context: Context }>();

beforeAll(async () => {
  // Some seven hundred requests from one address in seconds: above the per-address limit real clients meet.
  test = await createTestApp({ rateLimitPerMinute: 100_000 });
  protectedRoutes = test.app.routeCatalogue.filter((route) => route.permission !== null);
  const far = {
    ...(await createTestUser(test, 'matrix.far', [{ role: 'prison_officer', unitCode: 'PRISON_16' }])),
    username: 'matrix.far',
  };
  const personAt: Record<string, string> = {};
  for (const unitCode of ['PRISON_47', 'PROBATION_OSH', 'PRISON_16']) personAt[unitCode] = await insertPerson(unitCode);
  for (const role of ROLES) {
    const username = `matrix.${role}`;
    const user = await createTestUser(test, username, [{ role, unitCode: ROLE_UNITS[role] }]);
    const session = await formSession(test.app, await signIn(test.app, username), '/account/password');
    const person = personAt[ROLE_UNITS[role]] ?? personAt.PRISON_47!;
    sessions.set(role, {
      cookies: session.cookies,
      csrf: session.csrf,
      context: { self: { id: user.id, username }, far, person, farPerson: personAt.PRISON_16! },
    });
  }
}, 120_000);
afterAll(() => test.close());

/** A person registered at a unit, straight into the table: the matrix is about access, not registration. */
async function insertPerson(unitCode: string): Promise<string> {
  const [unit] = await test.database.db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.code, unitCode));
  const [row] = await test.database.db
    .insert(people)
    .values({
      familyName: 'Матрицалык',
      givenName: unitCode,
      dateOfBirth: '1990-01-01',
      sex: 'male',
      noPinReason: 'unknown',
      unitId: unit!.id,
      legalStatus: 'convicted',
      searchText: searchTextOf(['Матрицалык']),
    })
    .returning({ id: people.id });
  return row!.id;
}

async function send(role: Role, route: CatalogedRoute, url: string): Promise<LightMyRequestResponse> {
  const session = sessions.get(role)!;
  const fixture = FIXTURES[keyOf(route)]!;
  const api = url.startsWith('/api/');
  return test.app.inject({
    method: route.method as 'GET',
    url,
    headers: {
      cookie: session.cookies,
      'x-csrf-token': session.csrf,
      accept: api ? 'application/json' : 'text/html',
      ...(route.method === 'GET' ? {} : { 'content-type': api ? 'application/json' : 'application/x-www-form-urlencoded' }),
      ...fixture.headers,
    },
    ...(route.method === 'GET' ? {} : { payload: api ? JSON.stringify(fixture.body ?? {}) : '' }),
  });
}

async function expectAuditedRefusal(response: LightMyRequestResponse, reason: string) {
  const requestId = String(response.headers['x-request-id']);
  const events = await test.database.db.select().from(auditEvents).where(eq(auditEvents.requestId, requestId));
  expect(events.map((event) => [event.outcome, event.reason])).toEqual([['denied', reason]]);
}

describe('the authorisation matrix', () => {
  it('has an entry for every route that needs a permission, and none for routes that are gone', () => {
    const keys = protectedRoutes.map(keyOf);
    expect(keys.filter((key) => !(key in FIXTURES))).toEqual([]);
    expect(Object.keys(FIXTURES).filter((key) => !keys.includes(key))).toEqual([]);
  });

  it('sends an anonymous visitor of every non-public route to sign in (pages) or answers 401 (API)', async () => {
    for (const route of test.app.routeCatalogue.filter((entry) => !entry.public)) {
      const url = route.url.replace(/:(\w+)/g, ABSENT);
      const response = await test.app.inject({ method: route.method as 'GET', url });
      const expected = route.method === 'GET' ? (url.startsWith('/api/') ? 401 : 303) : 403; // unsafe methods meet CSRF first
      expect([route.method, route.url, response.statusCode]).toEqual([route.method, route.url, expected]);
    }
  });

  for (const role of ROLES) {
    it(`answers every protected route as the role ${role} may`, async () => {
      for (const route of protectedRoutes) {
        const fixture = FIXTURES[keyOf(route)]!;
        const { context } = sessions.get(role)!;
        const response = await send(role, route, fixture.url(context));
        const allowed = rolePermits(role, route.permission!);
        const label = `${role} ${keyOf(route)}`;
        expect([label, response.statusCode]).toEqual([label, allowed ? fixture.permitted : 403]);
        if (!allowed) await expectAuditedRefusal(response, 'missing_permission');
        if (allowed && fixture.outOfScope && !GLOBAL_SCOPE_ROLES.has(role)) {
          const outside = await send(role, route, fixture.outOfScope(context));
          expect([`${label} (out of scope)`, outside.statusCode]).toEqual([`${label} (out of scope)`, 404]);
          await expectAuditedRefusal(outside, 'out_of_scope');
        }
      }
    });
  }
});

/**
 * Concerns: the report form (sent empty: 400), the leads' list, a concern of the person in the role's unit that
 * does not exist and a step sent at it (404 for every permitted role; another facility's person 404, audited).
 */
function concernFixtures(): Record<string, Fixture> {
  return {
    'GET /concerns/new': { url: () => '/concerns/new', permitted: 200 },
    'POST /concerns/new': { url: () => '/concerns/new', permitted: 400 },
    'GET /concerns': { url: () => '/concerns', permitted: 200 },
    'GET /people/:id/concerns/:concernId': {
      url: ({ person }) => `/people/${person}/concerns/${ABSENT}`,
      outOfScope: ({ farPerson }) => `/people/${farPerson}/concerns/${ABSENT}`,
      permitted: 404,
    },
    'POST /people/:id/concerns/:concernId/:step': {
      url: ({ person }) => `/people/${person}/concerns/${ABSENT}/triage`,
      outOfScope: ({ farPerson }) => `/people/${farPerson}/concerns/${ABSENT}/triage`,
      permitted: 404,
    },
  };
}

/**
 * The staff manual library, asked about the manual Kadam installs: an acknowledgement sent empty names no
 * current version (409) and a new version sent empty is refused (400), so the matrix changes nothing.
 */
function manualFixtures(): Record<string, Fixture> {
  const manual = '/manual/recruitment_prevention';
  return {
    'GET /manual': { url: () => '/manual', permitted: 200 },
    'GET /manual/:code': { url: () => manual, permitted: 200 },
    'POST /manual/:code/acknowledge': { url: () => `${manual}/acknowledge`, permitted: 409 },
    'GET /manual/:code/publish': { url: () => `${manual}/publish`, permitted: 200 },
    'POST /manual/:code/publish': { url: () => `${manual}/publish`, permitted: 400 },
    'GET /manual/:code/report': { url: () => `${manual}/report`, permitted: 200 },
  };
}

/**
 * Placement: the facility pages of PRISON_47 (another facility 404, audited), forms sent empty (400, with the
 * facility or person opened for the re-shown form), and a cell or an extension that does not exist (404).
 */
function placementFixtures(): Record<string, Fixture> {
  const facility = (page: string, permitted: number): Fixture => ({
    url: () => `/facilities/PRISON_47${page}`,
    outOfScope: () => `/facilities/PRISON_16${page}`,
    permitted,
  });
  const person = (page: string, permitted: number): Fixture => ({
    url: ({ person: id }) => `/people/${id}${page}`,
    outOfScope: ({ farPerson }) => `/people/${farPerson}${page}`,
    permitted,
  });
  return {
    'GET /facilities': { url: () => '/facilities', permitted: 200 },
    'GET /separations': { url: () => '/separations', permitted: 200 },
    'GET /facilities/:code/occupancy': facility('/occupancy', 200),
    'GET /facilities/:code/overrides': facility('/overrides', 200),
    'GET /facilities/:code/structure': facility('/structure', 200),
    'POST /facilities/:code/units': facility('/units', 400),
    'POST /facilities/:code/cells': facility('/cells', 400),
    'GET /facilities/:code/cells/:cellId': facility(`/cells/${ABSENT}`, 404),
    'POST /facilities/:code/cells/:cellId': facility(`/cells/${ABSENT}`, 404),
    'GET /people/:id/cell': person('/cell', 200),
    'POST /people/:id/cell': person('/cell', 400),
    'POST /people/:id/separation': person('/separation', 400),
    'POST /people/:id/separation/extensions': person('/separation/extensions', 400),
    'POST /people/:id/separation/extensions/:extensionId': person(`/separation/extensions/${ABSENT}`, 404),
  };
}

/**
 * Links between people: the record form of the person in the role's unit (the search page 200, the form sent
 * empty 400; another facility's person 404, audited), and a link that does not exist (404).
 */
function associationFixtures(): Record<string, Fixture> {
  const person = (page: string, permitted: number): Fixture => ({
    url: ({ person: id }) => `/people/${id}${page}`,
    outOfScope: ({ farPerson }) => `/people/${farPerson}${page}`,
    permitted,
  });
  return {
    'GET /people/:id/associations/new': person('/associations/new', 200),
    'POST /people/:id/associations': person('/associations', 400),
    'GET /people/:id/associations/:linkId/end': person(`/associations/${ABSENT}/end`, 404),
    'POST /people/:id/associations/:linkId/end': person(`/associations/${ABSENT}/end`, 404),
  };
}
