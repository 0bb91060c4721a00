import type { FastifyInstance } from 'fastify';
import { auditActorOf } from '../../../../platform/audit/audit.service.ts';
import type { Database } from '../../../../platform/db/pool.ts';
import type { PageContextFactory } from '../../../../platform/http/page-context.ts';
import type { Locale } from '../../../../platform/i18n/locales.ts';
import { listTerritories } from '../../../reference/reference.service.ts';
import { searchableUnits, searchPeople } from '../../people.search.ts';
import { transferNotice } from '../history/history.handler.tsx';
import { isEmptySearch, readSearchForm, validateSearchForm } from './search.form.ts';
import { type Option, PeopleSearchView } from './search.view.tsx';

/** Every territory, named in the reader's language with the one it lies in, alphabetically. */
async function districtOptions(db: Database, locale: Locale): Promise<Option[]> {
  const territories = await listTerritories(db);
  const nameOf = new Map(territories.map((territory) => [territory.code, territory.name[locale]]));
  return territories
    .map((territory) => {
      const parent = territory.parentCode ? nameOf.get(territory.parentCode) : undefined;
      return { value: territory.code, label: parent ? `${territory.name[locale]} (${parent})` : territory.name[locale] };
    })
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}

/**
 * `/people`: find a person in the user's units. An empty form is just the form; a search with a problem shows
 * the form again with what was typed; a search is run (and audited with its criteria) only when it is valid.
 */
export async function peopleSearchRoutes(app: FastifyInstance, deps: { db: Database; pageContext: PageContextFactory }) {
  app.get<{ Querystring: Record<string, unknown> }>('/people', { config: { permission: 'people:read' } }, async (request, reply) => {
    const { locale } = request.i18n;
    const user = request.user!;
    const [unitRows, districts] = await Promise.all([searchableUnits(deps.db, user), districtOptions(deps.db, locale)]);
    const units = unitRows.map((unit) => ({ value: unit.code, label: unit.name[locale] }));
    const form = readSearchForm(request.query);
    const notice = await transferNotice(deps, request);
    const render = (
      status: number,
      errors: Parameters<typeof PeopleSearchView>[0]['errors'],
      results: Parameters<typeof PeopleSearchView>[0]['results'],
    ) =>
      reply.html(
        <PeopleSearchView
          context={deps.pageContext(request, reply)}
          form={form}
          errors={errors}
          units={units}
          districts={districts}
          results={results}
          notice={notice}
        />,
        status,
      );

    if (isEmptySearch(form)) return render(200, [], null);
    const allowed = { units: units.map((unit) => unit.value), districts: districts.map((district) => district.value) };
    const { criteria, errors } = validateSearchForm(form, allowed, request.i18n);
    if (errors.length > 0) return render(400, errors, null);
    const results = await searchPeople(deps.db, { user, audit: auditActorOf(request) }, criteria);
    return render(200, [], results);
  });
}
