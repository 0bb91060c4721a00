import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../../../../platform/http/errors.ts';
import { type PersonPageDeps, type PersonRequest, peopleActorOf, showPersonPage, todayInBishkek } from '../../../people/people.service.ts';
import { sendHandover } from '../../release.handover.ts';
import { addAction, savePathway, setActionStatus } from '../../release.pathways.ts';
import { openPlanByHand } from '../../release.plans.ts';
import { isUuid } from '../../release.repository.ts';
import { saveRoute } from '../../release.route.ts';
import { loadReleaseTab, type ReleaseTabState } from './release-tab.data.ts';
import {
  actionForm,
  isPathway,
  pathwayForm,
  refusalError,
  routeForm,
  validateAction,
  validateActionStatus,
  validatePathway,
  validateRoute,
} from './release-tab.forms.ts';
import { ReleaseTabView } from './release-tab.view.tsx';

type Body = Record<string, unknown>;
type Route = { Params: { id: string; pathway?: string; actionId?: string }; Body: Body };

/**
 * `/people/:id/release`: the person's release preparation. Reading needs `people:read` (the tab sits with the
 * rest of the record); every change needs `release:prepare` in the person's units, is audited in the
 * transaction that saves it, and a refused form comes back as typed with nothing saved.
 */
export async function releaseTabRoutes(app: FastifyInstance, deps: PersonPageDeps) {
  const render = (request: FastifyRequest, reply: FastifyReply, state: ReleaseTabState) => {
    const today = todayInBishkek();
    return showPersonPage(deps, request as PersonRequest, reply, {
      tab: 'release',
      status: state.status,
      load: (tx, person) => loadReleaseTab(tx, request.user!, person, today),
      render: (context, header, data) => <ReleaseTabView context={context} header={header} data={data} state={state} />,
    });
  };
  const done = (reply: FastifyReply, id: string) => reply.redirect(`/people/${id}/release?done=saved`, 303);

  app.get<{ Querystring: { done?: string } }>('/people/:id/release', { config: { permission: 'people:read' } }, (request, reply) =>
    render(request, reply, { notice: request.query.done === 'saved' ? request.i18n.t('release.tab.saved') : undefined }),
  );

  const config = { permission: 'release:prepare' } as const;

  app.post<{ Params: { id: string } }>('/people/:id/release/open', { config }, async (request, reply) => {
    try {
      await openPlanByHand(deps.db, peopleActorOf(request), request.params.id, todayInBishkek());
    } catch (error) {
      const errors = refusalError(error, request.i18n.t, 'start');
      if (errors) return render(request, reply, { errors, status: 400 });
      throw error;
    }
    return done(reply, request.params.id);
  });

  app.post<Route>('/people/:id/release/route', { config }, async (request, reply) => {
    const form = routeForm(request.body ?? {});
    const { input, errors } = validateRoute(form, request.i18n.t);
    if (!input) return render(request, reply, { errors, route: form, status: 400 });
    try {
      await saveRoute(deps.db, peopleActorOf(request), request.params.id, input, todayInBishkek());
    } catch (error) {
      const refused = refusalError(error, request.i18n.t, 'releaseOn');
      if (refused) return render(request, reply, { errors: refused, route: form, status: 400 });
      throw error;
    }
    return done(reply, request.params.id);
  });

  app.post<Route>('/people/:id/release/handover', { config }, async (request, reply) => {
    const version = Number(request.body?.version);
    try {
      if (!Number.isInteger(version) || version < 1)
        return render(request, reply, { errors: [{ field: 'send', message: request.i18n.t('release.refusal.stale') }], status: 400 });
      await sendHandover(deps.db, peopleActorOf(request), request.params.id, { version }, todayInBishkek());
    } catch (error) {
      const refused = refusalError(error, request.i18n.t, 'send');
      if (refused) return render(request, reply, { errors: refused, status: 400 });
      throw error;
    }
    return done(reply, request.params.id);
  });

  app.post<Route>('/people/:id/release/pathways/:pathway', { config }, async (request, reply) => {
    const pathway = request.params.pathway ?? '';
    if (!isPathway(pathway)) throw notFound('release.pathway_not_found');
    const form = pathwayForm(pathway, request.body ?? {});
    const { input, errors } = validatePathway(form, request.i18n.t);
    if (!input) return render(request, reply, { errors, pathway: form, status: 400 });
    await savePathway(deps.db, peopleActorOf(request), request.params.id, input);
    return done(reply, request.params.id);
  });

  app.post<Route>('/people/:id/release/pathways/:pathway/actions', { config }, async (request, reply) => {
    const pathway = request.params.pathway ?? '';
    if (!isPathway(pathway)) throw notFound('release.pathway_not_found');
    const form = actionForm(pathway, request.body ?? {});
    const { input, errors } = validateAction(form, request.i18n.t);
    if (!input) return render(request, reply, { errors, action: form, status: 400 });
    await addAction(deps.db, peopleActorOf(request), request.params.id, input);
    return done(reply, request.params.id);
  });

  app.post<Route>('/people/:id/release/actions/:actionId', { config }, async (request, reply) => {
    const actionId = request.params.actionId ?? '';
    if (!isUuid(actionId)) throw notFound('release.action_not_found');
    const input = validateActionStatus(request.body ?? {});
    if (!input) {
      const message = request.i18n.t('validation.required', { field: request.i18n.t('release.action.status') });
      return render(request, reply, { errors: [{ field: `actionStatus-${actionId}`, message }], status: 400 });
    }
    await setActionStatus(deps.db, peopleActorOf(request), request.params.id, { actionId, ...input });
    return done(reply, request.params.id);
  });
}
