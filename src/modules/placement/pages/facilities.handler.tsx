import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authorise } from '../../../platform/access/authorise.ts';
import { auditActorOf } from '../../../platform/audit/audit.service.ts';
import type { Permission } from '../../../platform/auth/permissions.ts';
import { peopleActorOf, todayInBishkek } from '../../people/people.service.ts';
import { PlacementRefused, placementRefusalKey } from '../placement.errors.ts';
import { type Facility, facilitiesInScope, openFacility } from '../placement.facilities.ts';
import { namesOf, occupancyOf, overridesOf } from '../placement.queries.ts';
import { addCell, addUnit, structureOf, updateCell } from '../placement.structure.ts';
import { currentSeparations } from '../separation.report.ts';
import { cellFormValues, textOf, validateCellForm } from './cell.form.ts';
import { FacilitiesView, OccupancyView } from './occupancy.view.tsx';
import type { PlacementPageDeps } from './placement.pages.ts';
import { OverridesView, SeparationsView } from './reports.view.tsx';
import { CellEditView, type StructureState, StructureView } from './structure.view.tsx';

type Code = { Params: { code: string } };

/**
 * The facility pages: the list of the user's facilities, the occupancy view (placement:read), the structure
 * and its edits (facilities:manage), the overrides (placement:override), and the separations report
 * (separation:report). Each view opens the facility through `openFacility`: scope checked, one audit event.
 */
export async function facilityPageRoutes(app: FastifyInstance, deps: PlacementPageDeps) {
  const open = (request: FastifyRequest<Code>, permission: Permission, action: string, work: (facility: Facility) => Promise<unknown>) =>
    deps.db.transaction(async (tx) => {
      const facility = await openFacility(tx, peopleActorOf(request), { code: request.params.code, permission, action });
      return { facility, data: await work(facility) };
    });

  app.get('/facilities', { config: { permission: 'placement:read' } }, async (request, reply) => {
    const user = request.user!;
    await deps.db.transaction((tx) =>
      authorise(tx, { actor: user, audit: auditActorOf(request), permission: 'placement:read', action: 'facility.list' }),
    );
    const may = {
      structure: user.permissions.has('facilities:manage'),
      overrides: user.permissions.has('placement:override'),
      report: user.permissions.has('separation:report'),
    };
    return reply.html(
      <FacilitiesView
        context={deps.pageContext(request, reply)}
        facilities={await facilitiesInScope(deps.db, user, 'placement:read')}
        may={may}
      />,
    );
  });

  app.get<Code>('/facilities/:code/occupancy', { config: { permission: 'placement:read' } }, async (request, reply) => {
    const { facility } = await open(request, 'placement:read', 'placement.occupancy.view', async () => undefined);
    return reply.html(
      <OccupancyView context={deps.pageContext(request, reply)} facility={facility} occupancy={await occupancyOf(deps.db, facility.id)} />,
    );
  });

  app.get<Code>('/facilities/:code/overrides', { config: { permission: 'placement:override' } }, async (request, reply) => {
    const { facility } = await open(request, 'placement:override', 'placement.overrides.view', async () => undefined);
    const moves = await overridesOf(deps.db, facility.id);
    const names = await namesOf(deps.db, [...new Set(moves.flatMap((move) => move.conflicts.flatMap((found) => found.withPersonIds)))]);
    return reply.html(<OverridesView context={deps.pageContext(request, reply)} facility={facility} moves={moves} names={names} />);
  });

  app.get('/separations', { config: { permission: 'separation:report' } }, async (request, reply) => {
    const user = request.user!;
    await deps.db.transaction((tx) =>
      authorise(tx, { actor: user, audit: auditActorOf(request), permission: 'separation:report', action: 'separation.report' }),
    );
    const rows = await currentSeparations(deps.db, user, 'separation:report', todayInBishkek());
    return reply.html(<SeparationsView context={deps.pageContext(request, reply)} rows={rows} />);
  });

  const config = { permission: 'facilities:manage' } as const;
  const renderStructure = async (request: FastifyRequest<Code>, reply: FastifyReply, state: StructureState, status = 200) => {
    const { facility, data } = await open(request, 'facilities:manage', 'placement.structure.view', (found) =>
      structureOf(deps.db, found.id),
    );
    return reply.html(
      <StructureView
        context={deps.pageContext(request, reply)}
        facility={facility}
        units={data as Awaited<ReturnType<typeof structureOf>>}
        state={state}
      />,
      status,
    );
  };
  const refusal = (request: FastifyRequest, error: unknown, field: string) => {
    if (!(error instanceof PlacementRefused) || error.refusal === 'not_found') throw error;
    return [{ field, message: request.i18n.t(placementRefusalKey(error.refusal)) }];
  };

  app.get<Code & { Querystring: { saved?: string } }>('/facilities/:code/structure', { config }, (request, reply) =>
    renderStructure(request, reply, { errors: [], notice: request.query.saved ? request.i18n.t('placement.page.saved') : undefined }),
  );

  app.post<Code & { Body: Record<string, unknown> }>('/facilities/:code/units', { config }, async (request, reply) => {
    const unitForm = { code: textOf(request.body?.unitCode), name: textOf(request.body?.unitName) };
    const required = request.i18n.t('placement.error.required');
    const errors = [
      ...(unitForm.code ? [] : [{ field: 'unitCode', message: required }]),
      ...(unitForm.name ? [] : [{ field: 'unitName', message: required }]),
    ];
    if (errors.length > 0) return renderStructure(request, reply, { errors, unitForm }, 400);
    try {
      await addUnit(deps.db, peopleActorOf(request), { facilityCode: request.params.code, ...unitForm });
    } catch (error) {
      return renderStructure(request, reply, { errors: refusal(request, error, 'unitCode'), unitForm }, 409);
    }
    return reply.redirect(`/facilities/${request.params.code}/structure?saved=1`, 303);
  });

  app.post<Code & { Body: Record<string, unknown> }>('/facilities/:code/cells', { config }, async (request, reply) => {
    const cellForm = cellFormValues(request.body ?? {});
    const { input, errors } = validateCellForm(cellForm, request.i18n.t);
    if (!input) return renderStructure(request, reply, { errors, cellForm }, 400);
    try {
      await addCell(deps.db, peopleActorOf(request), request.params.code, input);
    } catch (error) {
      return renderStructure(request, reply, { errors: refusal(request, error, 'code'), cellForm }, 409);
    }
    return reply.redirect(`/facilities/${request.params.code}/structure?saved=1`, 303);
  });

  type CellParams = { Params: { code: string; cellId: string } };
  const renderCell = async (
    request: FastifyRequest<CellParams>,
    reply: FastifyReply,
    form: ReturnType<typeof cellFormValues> | null,
    errors: { field: string; message: string }[],
    status = 200,
  ) => {
    const { facility, data } = await open(request, 'facilities:manage', 'placement.cell.view', (found) => structureOf(deps.db, found.id));
    const units = data as Awaited<ReturnType<typeof structureOf>>;
    const cell = units.flatMap((unit) => unit.cells).find((entry) => entry.id === request.params.cellId);
    if (!cell) throw new PlacementRefused('not_found', 404);
    const shown = form ?? {
      ...cell,
      capacity: String(cell.capacity),
      regime: cell.regime ?? '',
      version: String(cell.version),
    };
    return reply.html(
      <CellEditView
        context={deps.pageContext(request, reply)}
        facility={facility}
        units={units}
        form={shown}
        cellId={cell.id}
        errors={errors}
      />,
      status,
    );
  };

  app.get<CellParams>('/facilities/:code/cells/:cellId', { config }, (request, reply) => renderCell(request, reply, null, []));

  app.post<CellParams & { Body: Record<string, unknown> }>('/facilities/:code/cells/:cellId', { config }, async (request, reply) => {
    const form = cellFormValues(request.body ?? {});
    const { input, errors } = validateCellForm(form, request.i18n.t);
    if (!input) return renderCell(request, reply, form, errors, 400);
    try {
      await updateCell(deps.db, peopleActorOf(request), request.params.code, request.params.cellId, Number(form.version), input);
    } catch (error) {
      const refused = refusal(request, error, 'capacity');
      return renderCell(request, reply, form, refused, (error as PlacementRefused).status);
    }
    return reply.redirect(`/facilities/${request.params.code}/structure?saved=1`, 303);
  });
}
