import type { FastifyInstance } from 'fastify';
import { loadTimeline } from '../../people.timeline.ts';
import { type PersonPageDeps, type PersonRequest, showPersonPage } from '../person/person.page.ts';
import { TimelineView } from './timeline.view.tsx';

/** `/people/:id/timeline`: built from the people tables; who looked at the record is the auditor's view, not this. */
export async function personTimelineRoutes(app: FastifyInstance, deps: PersonPageDeps) {
  app.get('/people/:id/timeline', { config: { permission: 'people:read', redirectsMergedPerson: true } }, (request, reply) =>
    showPersonPage(deps, request as PersonRequest, reply, {
      tab: 'timeline',
      load: (tx, person) => loadTimeline(tx, person, { user: request.user!, i18n: request.i18n }),
      render: (context, header, entries) => <TimelineView context={context} header={header} entries={entries} />,
    }),
  );
}
