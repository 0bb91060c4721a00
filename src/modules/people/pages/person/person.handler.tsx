import type { FastifyInstance } from 'fastify';
import { loadOverview } from './person.data.ts';
import { type PersonPageDeps, type PersonRequest, showPersonPage } from './person.page.ts';
import { PersonOverviewView } from './person.view.tsx';

/** `/people/:id`: the person's overview, audited as `person.view`. */
export async function personOverviewRoutes(app: FastifyInstance, deps: PersonPageDeps) {
  app.get('/people/:id', { config: { permission: 'people:read', redirectsMergedPerson: true } }, (request, reply) =>
    showPersonPage(deps, request as PersonRequest, reply, {
      tab: 'overview',
      load: (tx, person) => loadOverview(tx, request.user!, person),
      render: (context, header, overview) => <PersonOverviewView context={context} header={header} overview={overview} />,
    }),
  );
}
