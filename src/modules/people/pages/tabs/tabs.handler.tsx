import type { FastifyInstance } from 'fastify';
import { NotYetSection, PersonLayout, type PersonTab } from '../person-layout.tsx';
import { type PersonPageDeps, type PersonRequest, showPersonPage } from '../person/person.page.ts';

/** The sections later modules fill. Until then each says so, under the header band, and the view is audited. */
export const NOT_YET_TABS = ['documents'] as const satisfies readonly PersonTab[];

/**
 * One route per empty section. A module that arrives registers its own route for its tab and drops the tab
 * from this list, so the two never answer the same URL.
 */
export async function personTabRoutes(app: FastifyInstance, deps: PersonPageDeps) {
  for (const tab of NOT_YET_TABS) {
    app.get(`/people/:id/${tab}`, { config: { permission: 'people:read', redirectsMergedPerson: true } }, (request, reply) =>
      showPersonPage(deps, request as PersonRequest, reply, {
        tab,
        load: () => Promise.resolve(null),
        render: (context, header) => (
          <PersonLayout context={context} person={header} tab={tab} title={context.i18n.t(`people.tab.${tab}`)}>
            <h1 class="govuk-heading-l" safe>
              {context.i18n.t(`people.tab.${tab}`)}
            </h1>
            <NotYetSection context={context} />
          </PersonLayout>
        ),
      }),
    );
  }
}
