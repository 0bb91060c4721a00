import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditActorOf } from '../../platform/audit/audit.service.ts';
import type { Database } from '../../platform/db/pool.ts';
import { AppError } from '../../platform/http/errors.ts';
import { referenceErrors } from './reference.errors.ts';
import { orgUnitDto, orgUnitPatch, territoryDto } from './reference.schemas.ts';
import { findOrgUnitByCode, listOrgUnits, listTerritories, updateOrgUnit } from './reference.service.ts';
import type { OrgUnitRow } from './reference.repository.ts';

const tags = ['reference'];
const toDto = (row: OrgUnitRow): z.infer<typeof orgUnitDto> => ({
  code: row.code,
  kind: row.kind,
  parentCode: row.parentCode,
  territoryCode: row.territoryCode,
  name: row.name,
  regime: row.regime,
  veUnit: row.veUnit,
  capacity: row.capacity,
  active: row.active,
  version: row.version,
});

/** `If-Match: "3"` (or `W/"3"`) → 3; anything else is not a version we issued. */
export function parseIfMatch(header: string | undefined): number | undefined {
  const match = header ? /^(?:W\/)?"(\d+)"$/.exec(header.trim()) : null;
  return match ? Number(match[1]) : undefined;
}

/** The JSON API for reference data, under /api/v1. */
export async function referenceApiRoutes(base: FastifyInstance, deps: { db: Database }) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const read = { permission: 'reference:read' } as const;

  app.get(
    '/reference/territories',
    {
      config: read,
      schema: { tags, summary: 'Oblasts, cities and districts', response: { 200: z.object({ items: z.array(territoryDto) }) } },
    },
    async () => ({
      items: await listTerritories(deps.db),
    }),
  );

  app.get(
    '/reference/org-units',
    {
      config: read,
      schema: {
        tags,
        summary: 'Agencies, facilities, offices and laboratories',
        response: { 200: z.object({ items: z.array(orgUnitDto) }) },
      },
    },
    async () => ({
      items: (await listOrgUnits(deps.db)).map(toDto),
    }),
  );

  app.get(
    '/reference/org-units/:code',
    {
      config: read,
      schema: { tags, summary: 'One organisation unit', params: z.object({ code: z.string().max(64) }), response: { 200: orgUnitDto } },
    },
    async (request, reply) => {
      const unit = await findOrgUnitByCode(deps.db, request.params.code);
      if (!unit) throw referenceErrors.unitNotFound();
      reply.header('ETag', `"${unit.version}"`);
      return toDto(unit);
    },
  );

  app.patch(
    '/reference/org-units/:code',
    {
      config: { permission: 'reference:edit' },
      schema: {
        tags,
        summary: 'Edit a unit (If-Match with the version you read is required)',
        params: z.object({ code: z.string().max(64) }),
        headers: z.object({ 'if-match': z.string().optional() }),
        body: orgUnitPatch,
        response: { 200: orgUnitDto },
      },
    },
    async (request, reply) => {
      const expected = parseIfMatch(request.headers['if-match']);
      if (expected === undefined) throw referenceErrors.versionRequired();
      const unit = await updateOrgUnit(deps.db, request.params.code, expected, request.body, auditActorOf(request)).catch(
        (error: unknown) => {
          // On the API a stale If-Match is "precondition failed"; pages answer the same conflict with 409.
          if (error instanceof AppError && error.code === 'reference.stale_version')
            throw new AppError(error.code, 412, error.messageKey, error.details);
          throw error;
        },
      );
      reply.header('ETag', `"${unit.version}"`);
      return toDto(unit);
    },
  );
}
