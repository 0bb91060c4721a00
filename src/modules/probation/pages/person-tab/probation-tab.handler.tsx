import type { FastifyInstance } from 'fastify';
import type { MessageKey } from '../../../../platform/i18n/catalog.ts';
import { type PersonPageDeps, type PersonRequest, showPersonPage } from '../../../people/people.service.ts';
import { loadPersonProbation } from '../probation.data.ts';
import { ProbationTabView } from './probation-tab.view.tsx';

/** The confirmations a redirect back to the tab or the order page may name (`?done=`). */
export const DONE_NOTICES: Record<string, MessageKey> = {
  created: 'probation.done.created',
  condition: 'probation.done.condition',
  hours: 'probation.done.hours',
  contact: 'probation.done.contact',
  violation: 'probation.done.violation',
  breach: 'probation.done.breach',
  closed: 'probation.done.closed',
  approved: 'probation.done.approved',
  outcome: 'probation.done.outcome',
};

/**
 * `/people/:id/probation`: whoever may read the person (`people:read`) sees their orders: an order is part of
 * the person's legal situation, as their probation episodes on the history tab are, and the person's record is
 * already limited to the user's units. Changing anything needs `probation:supervise` (the order pages).
 */
export async function probationTabRoutes(app: FastifyInstance, deps: PersonPageDeps) {
  app.get<{ Params: { id: string }; Querystring: { done?: string } }>(
    '/people/:id/probation',
    { config: { permission: 'people:read', redirectsMergedPerson: true } },
    (request, reply) => {
      const done = request.query.done ? DONE_NOTICES[request.query.done] : undefined;
      return showPersonPage(deps, request as PersonRequest, reply, {
        tab: 'probation',
        load: (tx, person) => loadPersonProbation(tx, person.id),
        render: (context, header, data) => (
          <ProbationTabView context={context} header={header} data={data} notice={done ? context.i18n.t(done) : undefined} />
        ),
      });
    },
  );
}
