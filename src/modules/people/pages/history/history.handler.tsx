import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Executor } from '../../../../platform/db/pool.ts';
import { AppError } from '../../../../platform/http/errors.ts';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { type PersonRow, withPerson } from '../../people.access.ts';
import { historyOf, HistoryRefused, orgUnitByCode, unitById } from '../../people.history.ts';
import { loadPersonHeader, type PersonHeaderModel } from '../person-header.ts';
import { personTabHref } from '../person-layout.tsx';
import { type PersonPageDeps, peopleActorOf, showPersonPage } from '../person/person.page.ts';
import { caseRoutes } from './case.handler.tsx';
import { custodyRoutes } from './custody.handler.tsx';
import type { FormState } from './history-form.view.tsx';
import { problemsToErrors } from './history.forms.ts';
import { HistoryView } from './history.view.tsx';
import { probationRoutes } from './probation.handler.tsx';

/** `/people/:id/history` and its forms: reading needs `people:read`, every form `people:edit`. */
export async function personHistoryRoutes(app: FastifyInstance, deps: PersonPageDeps) {
  app.get<{ Params: { id: string }; Querystring: { saved?: string } }>(
    '/people/:id/history',
    { config: { permission: 'people:read' } },
    (request, reply) =>
      showPersonPage(deps, request, reply, {
        tab: 'history',
        load: (tx, person) => historyOf(tx, person.id),
        render: (context, header, history) => (
          <HistoryView
            context={context}
            person={header}
            history={history}
            canEdit={request.user?.permissions.has('people:edit') ?? false}
            saved={request.query.saved === '1'}
          />
        ),
      }),
  );
  await caseRoutes(app, deps);
  await custodyRoutes(app, deps);
  await probationRoutes(app, deps);
}

export type FormRequest = FastifyRequest<{ Params: { id: string } }>;

/**
 * A history form for one person, shown to users who may change the record: read through `withPerson` with
 * `people:edit` (so a reader without it gets 403 and someone out of scope 404), audited as a view of the tab.
 */
export async function showHistoryForm<T>(
  deps: PersonPageDeps,
  request: FormRequest,
  reply: FastifyReply,
  page: {
    form: string;
    load: (tx: Executor, person: PersonRow) => Promise<T>;
    render: (context: PageContext, header: PersonHeaderModel, data: T) => JSX.Element;
    status?: number;
  },
) {
  const result = await withPerson(
    deps.db,
    peopleActorOf(request),
    { personId: request.params.id, permission: 'people:edit', action: 'person.view', details: { tab: 'history', form: page.form } },
    async (tx, person) => {
      if (person.mergedIntoId) return { merged: true as const, survivorId: person.mergedIntoId };
      return { merged: false as const, header: await loadPersonHeader(tx, person), data: await page.load(tx, person) };
    },
  );
  if (result.merged) return reply.redirect(personTabHref(result.survivorId, 'history'), 303);
  return reply.html(page.render(deps.pageContext(request, reply), result.header, result.data), page.status ?? 200);
}

/**
 * Runs a change and answers: back to the tab, or — when the change took the person out of the user's units —
 * to `/people` with a notice naming where they went. A broken rule or a stale version shows the form again.
 */
export async function submitHistoryChange(
  deps: PersonPageDeps,
  request: FormRequest,
  reply: FastifyReply,
  change: () => Promise<{ unitId: string; visible: boolean }>,
  showAgain: (state: Omit<FormState, 'values'>, status: number) => Promise<FastifyReply>,
) {
  try {
    const result = await change();
    if (result.visible) return reply.redirect(`/people/${request.params.id}/history?saved=1`, 303);
    const unit = await unitById(deps.db, result.unitId);
    return reply.redirect(`/people?transferredTo=${encodeURIComponent(unit?.code ?? '')}`, 303);
  } catch (error) {
    if (error instanceof HistoryRefused) return showAgain({ errors: problemsToErrors(error.problems, request.i18n.t) }, 400);
    if (error instanceof AppError && error.status === 409) return showAgain({ errors: [], conflict: true }, 409);
    throw error;
  }
}

/** The notice `/people` shows after a transfer took a person out of the user's units. */
export async function transferNotice(deps: PersonPageDeps, request: FastifyRequest<{ Querystring: { transferredTo?: string } }>) {
  const code = request.query.transferredTo;
  if (!code) return undefined;
  const unit = await orgUnitByCode(deps.db, code);
  return unit ? request.i18n.t('history.transferredAway', { unit: unit.name[request.i18n.locale] }) : undefined;
}
