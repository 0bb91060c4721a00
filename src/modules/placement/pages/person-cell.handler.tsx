import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  type PersonRequest,
  parseUserDate,
  peopleActorOf,
  showPersonPage,
  todayInBishkek,
  unitInScope,
} from '../../people/people.service.ts';
import { PlacementRefused, placementRefusalKey } from '../placement.errors.ts';
import { movePerson } from '../placement.move.ts';
import { locationOf, movesOf, namesOf } from '../placement.queries.ts';
import { structureOf } from '../placement.structure.ts';
import { approveExtension, endSeparation, requestExtension, separationOf, startSeparation } from '../separation.records.ts';
import { textOf } from './cell.form.ts';
import { PersonCellView, type PersonCellState } from './person-cell.view.tsx';
import type { PlacementPageDeps } from './placement.pages.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
type Post = { Params: { id: string }; Body: Record<string, unknown> };

/**
 * The person's cell page `/people/:id/cell` (placement:read), the move (placement:move; conflicts explained,
 * absolute ones refuse it, overridable ones need a reason and placement:override) and separation: start and
 * end (placement:move), extensions asked for (placement:move) and approved by a second person (separation:approve).
 */
export async function personCellRoutes(app: FastifyInstance, deps: PlacementPageDeps) {
  const render = (request: FastifyRequest, reply: FastifyReply, state: PersonCellState, status = 200) =>
    showPersonPage(deps, request as PersonRequest, reply, {
      tab: 'placement',
      permission: 'placement:read',
      details: { page: 'cell' },
      status,
      load: async (tx, person) => {
        const user = request.user!;
        const mayMove = user.permissions.has('placement:move') && (await unitInScope(tx, user, 'placement:move', person.unitId));
        const moves = await movesOf(tx, person.id);
        const named = [...moves.flatMap((move) => move.conflicts), ...(state.conflicts ?? [])].flatMap((found) => found.withPersonIds);
        return {
          location: await locationOf(tx, person.id),
          moves,
          units: mayMove ? await structureOf(tx, person.unitId) : null,
          separation: await separationOf(tx, person.id, todayInBishkek()),
          names: await namesOf(tx, [...new Set(named)]),
          may: { move: mayMove, approve: user.permissions.has('separation:approve') },
          userId: user.id,
        };
      },
      render: (context, header, data) => <PersonCellView context={context} header={header} data={data} state={state} />,
    });
  const refusedState = (request: FastifyRequest, error: unknown, field: string): { state: PersonCellState; status: number } => {
    if (!(error instanceof PlacementRefused) || error.refusal === 'not_found') throw error;
    const conflicts = (error.details as PersonCellState['conflicts'] | { conflicts?: PersonCellState['conflicts'] } | undefined) ?? {};
    return {
      state: {
        errors: [{ field, message: request.i18n.t(placementRefusalKey(error.refusal)) }],
        conflicts: 'conflicts' in conflicts ? conflicts.conflicts : undefined,
      },
      status: error.status,
    };
  };
  const done = (reply: FastifyReply, id: string, what: string) => reply.redirect(`/people/${id}/cell?done=${what}`, 303);

  app.get<{ Params: { id: string }; Querystring: { done?: string } }>(
    '/people/:id/cell',
    { config: { permission: 'placement:read' } },
    (request, reply) => {
      const { done: what } = request.query;
      const notice =
        what === 'moved'
          ? request.i18n.t('placement.page.moved')
          : what === 'separation'
            ? request.i18n.t('placement.page.separationSaved')
            : undefined;
      return render(request, reply, { errors: [], notice });
    },
  );

  app.post<Post>('/people/:id/cell', { config: { permission: 'placement:move' } }, async (request, reply) => {
    const form = {
      cellId: textOf(request.body?.cellId),
      reason: textOf(request.body?.reason),
      overrideReason: textOf(request.body?.overrideReason),
    };
    const required = request.i18n.t('placement.error.required');
    const errors = [
      ...(UUID.test(form.cellId) ? [] : [{ field: 'cellId', message: required }]),
      ...(form.reason ? [] : [{ field: 'reason', message: required }]),
    ];
    if (errors.length > 0) return render(request, reply, { errors, form }, 400);
    try {
      const version = Number(textOf(request.body?.version) || '0');
      await movePerson(deps.db, peopleActorOf(request), {
        personId: request.params.id,
        ...form,
        overrideReason: form.overrideReason || null,
        version,
      });
    } catch (error) {
      const { state, status } = refusedState(request, error, 'overrideReason');
      return render(request, reply, { ...state, form }, status);
    }
    return done(reply, request.params.id, 'moved');
  });

  app.post<Post>('/people/:id/separation', { config: { permission: 'placement:move' } }, async (request, reply) => {
    const t = request.i18n.t;
    const date = parseUserDate(textOf(request.body?.date));
    const reason = textOf(request.body?.separationReason);
    const starting = textOf(request.body?.action) !== 'end';
    const errors = [
      ...(date ? [] : [{ field: 'date', message: t('placement.error.date') }]),
      ...(starting && !reason ? [{ field: 'separationReason', message: t('placement.error.required') }] : []),
    ];
    if (!date || errors.length > 0) return render(request, reply, { errors }, 400);
    try {
      const actor = peopleActorOf(request);
      if (starting) await startSeparation(deps.db, actor, { personId: request.params.id, startedOn: date, reason });
      else
        await endSeparation(deps.db, actor, { personId: request.params.id, endedOn: date, version: Number(textOf(request.body?.version)) });
    } catch (error) {
      const { state, status } = refusedState(request, error, 'date');
      return render(request, reply, state, status);
    }
    return done(reply, request.params.id, 'separation');
  });

  app.post<Post>('/people/:id/separation/extensions', { config: { permission: 'placement:move' } }, async (request, reply) => {
    const t = request.i18n.t;
    const until = parseUserDate(textOf(request.body?.until));
    const reason = textOf(request.body?.extensionReason);
    const errors = [
      ...(until ? [] : [{ field: 'until', message: t('placement.error.date') }]),
      ...(reason ? [] : [{ field: 'extensionReason', message: t('placement.error.required') }]),
    ];
    if (!until || errors.length > 0) return render(request, reply, { errors }, 400);
    try {
      await requestExtension(deps.db, peopleActorOf(request), { personId: request.params.id, until, reason });
    } catch (error) {
      const { state, status } = refusedState(request, error, 'until');
      return render(request, reply, state, status);
    }
    return done(reply, request.params.id, 'separation');
  });

  app.post<{ Params: { id: string; extensionId: string } }>(
    '/people/:id/separation/extensions/:extensionId',
    { config: { permission: 'separation:approve' } },
    async (request, reply) => {
      if (!UUID.test(request.params.extensionId)) throw new PlacementRefused('not_found', 404);
      try {
        await approveExtension(deps.db, peopleActorOf(request), { personId: request.params.id, extensionId: request.params.extensionId });
      } catch (error) {
        const { state, status } = refusedState(request, error, 'until');
        return render(request, reply, state, status);
      }
      return done(reply, request.params.id, 'separation');
    },
  );
}
