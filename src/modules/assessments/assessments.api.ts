import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../platform/db/pool.ts';
import { peopleActorOf, withPerson } from '../people/people.service.ts';
import * as schemas from './assessments.api.schemas.ts';
import { submitAssessment, reviewAssessment } from './assessments.decisions.ts';
import { AssessmentRefused } from './assessments.errors.ts';
import { assessmentsOfPerson, type AssessmentWithInstrument } from './assessments.repository.ts';
import { loadAssessment, saveDraft, startAssessment } from './assessments.workspace.ts';
import { type ClassificationRow, classificationsOf, decideClassification, requestProposal } from './classification.decisions.ts';
import { instrumentByCode, instrumentSummaries, versionsOf } from './instruments/instruments.repository.ts';

const tags = ['assessments'];
const read = { permission: 'assessments:read' } as const;
const conduct = { permission: 'assessments:conduct' } as const;

/**
 * `If-Match: "3"` (or `W/"3"`) → 3. A missing one is passed on as NaN, which no row version equals: the service
 * checks permission and scope first (so another unit's record still answers 404), then refuses the version,
 * and `preconditioned` turns that refusal into 428 (missing) or 412 (stale).
 */
function versionFrom(request: FastifyRequest): number {
  const header = request.headers['if-match'];
  const match = typeof header === 'string' ? /^(?:W\/)?"(\d+)"$/.exec(header.trim()) : null;
  return match ? Number(match[1]) : Number.NaN;
}

/** On the API a stale version is "precondition failed" (412), a missing one "precondition required" (428). */
const preconditioned = <T>(request: FastifyRequest, work: Promise<T>) =>
  work.catch((error: unknown) => {
    if (error instanceof AssessmentRefused && error.refusal === 'stale')
      throw Number.isNaN(versionFrom(request)) ? new AssessmentRefused('version_required', 428) : new AssessmentRefused('stale', 412);
    throw error;
  });

const assessmentDto = (row: AssessmentWithInstrument): z.infer<typeof schemas.assessmentDto> => ({
  id: row.id,
  personId: row.personId,
  instrument: { code: row.instrument.code, version: row.version.version, contentHash: row.version.contentHash },
  status: row.status,
  reason: row.reason,
  answers: row.answers,
  reviewOutcome: row.reviewOutcome,
  overrideJudgements: row.overrideJudgements,
  overrideReason: row.overrideReason,
  nextReviewDate: row.nextReviewDate,
  correctsId: row.correctsId,
  supersededById: row.supersededById,
  version: row.rowVersion,
});

const classificationDto = (row: ClassificationRow): z.infer<typeof schemas.classificationDto> => ({
  id: row.id,
  personId: row.personId,
  status: row.status,
  proposal: row.proposal,
  decision: row.decision,
  decisionReason: row.decisionReason,
  returnComment: row.returnComment,
  basisAssessmentIds: row.basisAssessmentIds,
  proposedAt: row.proposedAt.toISOString(),
  decidedAt: row.decidedAt?.toISOString() ?? null,
  nextReviewDate: row.nextReviewDate,
  version: row.rowVersion,
});

/** The JSON API for instruments, assessments and classifications, under /api/v1. Every change needs If-Match. */
export async function assessmentsApiRoutes(base: FastifyInstance, deps: { db: Database }) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;
  const answerAssessment = async (request: FastifyRequest, reply: FastifyReply, personId: string, id: string) => {
    const { assessment } = await loadAssessment(db, peopleActorOf(request), personId, id);
    reply.header('ETag', `"${assessment.rowVersion}"`);
    return assessmentDto(assessment);
  };

  app.get(
    '/instruments',
    {
      config: read,
      schema: {
        tags,
        summary: 'Instruments and their current published version',
        response: { 200: z.object({ items: z.array(schemas.instrumentDto) }) },
      },
    },
    async () => ({
      items: (await instrumentSummaries(db)).map((row) => ({
        code: row.code,
        kind: row.kind,
        name: row.name,
        currentVersion: row.published_version,
      })),
    }),
  );

  app.get(
    '/instruments/:code/versions/:version',
    {
      config: read,
      schema: {
        tags,
        summary: 'One instrument version: its definition and content hash',
        params: z.object({ code: z.string().max(64), version: z.string().max(64) }),
        response: { 200: schemas.instrumentVersionDto },
      },
    },
    async (request) => {
      const instrument = await instrumentByCode(db, request.params.code);
      const version = instrument
        ? (await versionsOf(db, instrument.id)).find((entry) => String(entry.version) === request.params.version)
        : undefined;
      if (!instrument || !version || version.status === 'draft') throw new AssessmentRefused('not_found', 404);
      return {
        code: instrument.code,
        version: version.version,
        status: version.status,
        contentHash: version.contentHash,
        publishedAt: version.publishedAt?.toISOString() ?? null,
        definition: version.definition,
      };
    },
  );

  app.get(
    '/people/:personId/assessments',
    { config: read, schema: { tags, summary: "A person's assessments, newest first", params: schemas.personParams } },
    async (request) => {
      const rows = await withPerson(
        db,
        peopleActorOf(request),
        { personId: request.params.personId, permission: 'assessments:read', action: 'assessment.list' },
        (tx, person) => assessmentsOfPerson(tx, person.id),
      );
      return {
        items: rows.map((row) => ({
          id: row.id,
          instrument: row.instrumentCode,
          version: row.version,
          status: row.status,
          reason: row.reason,
          nextReviewDate: row.nextReviewDate,
        })),
      };
    },
  );

  app.post(
    '/people/:personId/assessments',
    {
      config: conduct,
      schema: {
        tags,
        summary: 'Start a draft assessment with the current version of an instrument',
        params: schemas.personParams,
        body: schemas.newAssessment,
        response: { 201: schemas.assessmentDto },
      },
    },
    async (request, reply) => {
      const id = await startAssessment(db, peopleActorOf(request), request.params.personId, request.body);
      const dto = await answerAssessment(request, reply, request.params.personId, id);
      return reply.code(201).send(dto);
    },
  );

  app.get(
    '/people/:personId/assessments/:assessmentId',
    {
      config: read,
      schema: {
        tags,
        summary: 'One assessment (ETag: its version)',
        params: schemas.assessmentParams,
        response: { 200: schemas.assessmentDto },
      },
    },
    (request, reply) => answerAssessment(request, reply, request.params.personId, request.params.assessmentId),
  );

  app.put(
    '/people/:personId/assessments/:assessmentId/answers',
    {
      config: conduct,
      schema: {
        tags,
        summary: 'Save the answers of a draft (If-Match required)',
        params: schemas.assessmentParams,
        headers: schemas.ifMatchHeaders,
        body: schemas.assessmentDto.shape.answers,
        response: { 200: schemas.assessmentDto },
      },
    },
    async (request, reply) => {
      const { personId, assessmentId } = request.params;
      await preconditioned(request, saveDraft(db, peopleActorOf(request), personId, assessmentId, request.body, versionFrom(request)));
      return answerAssessment(request, reply, personId, assessmentId);
    },
  );

  app.post(
    '/people/:personId/assessments/:assessmentId/submission',
    {
      config: conduct,
      schema: {
        tags,
        summary: 'Submit a complete draft for review (If-Match required)',
        params: schemas.assessmentParams,
        headers: schemas.ifMatchHeaders,
        response: { 200: schemas.assessmentDto },
      },
    },
    async (request, reply) => {
      const { personId, assessmentId } = request.params;
      await preconditioned(request, submitAssessment(db, peopleActorOf(request), personId, assessmentId, versionFrom(request)));
      return answerAssessment(request, reply, personId, assessmentId);
    },
  );

  app.post(
    '/people/:personId/assessments/:assessmentId/review',
    {
      config: { permission: 'assessments:review' },
      schema: {
        tags,
        summary: 'Approve, return or override a submitted assessment (If-Match required)',
        params: schemas.assessmentParams,
        headers: schemas.ifMatchHeaders,
        body: schemas.reviewBody,
        response: { 200: schemas.assessmentDto },
      },
    },
    async (request, reply) => {
      const { personId, assessmentId } = request.params;
      const body = request.body;
      const decision =
        body.action === 'override' ? body : body.action === 'return' ? body : { action: 'approve' as const, comment: body.comment };
      await preconditioned(request, reviewAssessment(db, peopleActorOf(request), personId, assessmentId, versionFrom(request), decision));
      return answerAssessment(request, reply, personId, assessmentId);
    },
  );

  app.get(
    '/people/:personId/classifications',
    {
      config: read,
      schema: {
        tags,
        summary: "A person's classifications, newest first",
        params: schemas.personParams,
        response: { 200: z.object({ items: z.array(schemas.classificationDto) }) },
      },
    },
    async (request) => {
      const rows = await withPerson(
        db,
        peopleActorOf(request),
        { personId: request.params.personId, permission: 'assessments:read', action: 'classification.list' },
        (tx, person) => classificationsOf(tx, person.id),
      );
      return { items: rows.map(classificationDto) };
    },
  );

  app.post(
    '/people/:personId/classifications',
    {
      config: conduct,
      schema: {
        tags,
        summary: "Ask Kadam to propose a classification from the person's approved assessments",
        params: schemas.personParams,
      },
    },
    async (request, reply) => {
      const proposal = await requestProposal(db, peopleActorOf(request), request.params.personId);
      return reply.code(201).send(proposal);
    },
  );

  app.post(
    '/people/:personId/classifications/:classificationId/decision',
    {
      config: { permission: 'classification:decide' },
      schema: {
        tags,
        summary: 'Confirm, override (reason required) or return a proposal (If-Match required)',
        params: schemas.classificationParams,
        headers: schemas.ifMatchHeaders,
        body: schemas.decisionBody,
        response: { 200: schemas.classificationDto },
      },
    },
    async (request, reply) => {
      const { personId, classificationId } = request.params;
      const alertReason = request.i18n.t('assessments.alertReason.classification', { date: new Date().toISOString().slice(0, 10) });
      const body = request.body;
      const decision = body.action === 'return' ? body : { ...body, alertReason };
      const row = await preconditioned(
        request,
        decideClassification(db, peopleActorOf(request), personId, classificationId, versionFrom(request), decision),
      );
      reply.header('ETag', `"${row.rowVersion}"`);
      return classificationDto(row);
    },
  );
}
