import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { auditActorOf } from '../../../../platform/audit/audit.service.ts';
import type { Database } from '../../../../platform/db/pool.ts';
import type { PageContextFactory } from '../../../../platform/http/page-context.ts';
import type { FieldError } from '../../../../platform/views/components.tsx';
import { findDuplicates, noDuplicates } from '../../people.duplicates.ts';
import { todayInBishkek } from '../../people.models.ts';
import { validatePersonForm, validatePinChoice } from '../../people.record.validation.ts';
import { emptyPersonForm, type PersonForm, personFormOf } from '../../people.schemas.ts';
import { addressTerritories, registeringUnits } from '../../people.scope.ts';
import { createPerson, searchTextFor } from '../../people.service.ts';
import { type PersonNewProps, PersonNewView } from './person-new.view.tsx';

type Deps = { db: Database; pageContext: PageContextFactory };

/** GET and POST /people/new: register a person, after the duplicate guard has had its say. */
export async function personNewRoutes(app: FastifyInstance, deps: Deps) {
  const render = async (
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    view: Omit<PersonNewProps, 'context' | 'units' | 'territories' | 'sensitive'>,
  ) => {
    const [units, territories] = await Promise.all([registeringUnits(deps.db, request.user!), addressTerritories(deps.db)]);
    return reply.html(
      <PersonNewView
        context={deps.pageContext(request, reply)}
        units={units}
        territories={territories}
        sensitive={request.user!.permissions.has('people:sensitive')}
        {...view}
      />,
      status,
    );
  };

  app.get('/people/new', { config: { permission: 'people:create' } }, async (request, reply) => {
    const form: PersonForm = { ...emptyPersonForm(), citizenship: 'KGZ', pinChoice: 'pin' };
    return render(request, reply, 200, { form, errors: [], duplicates: null, pinWarnings: [] });
  });

  app.post<{ Body: Record<string, unknown> }>('/people/new', { config: { permission: 'people:create' } }, async (request, reply) => {
    const user = request.user!;
    const { t } = request.i18n;
    const form = personFormOf(request.body, { sensitive: user.permissions.has('people:sensitive') });
    const [units, territories] = await Promise.all([registeringUnits(deps.db, user), addressTerritories(deps.db)]);
    const checked = validatePersonForm(form, {
      i18n: request.i18n,
      today: todayInBishkek(),
      known: { territoryIds: new Set(territories.map((territory) => territory.id)), unitIds: new Set(units.map((unit) => unit.id)) },
    });
    const pinCheck = validatePinChoice(form, { dateOfBirth: checked.input.dateOfBirth || null, sex: form.sex }, request.i18n);
    const errors: FieldError[] = [...checked.errors, ...pinCheck.errors];
    const base = { form, pinWarnings: pinCheck.warnings };
    if (errors.length > 0 || !pinCheck.pin) return render(request, reply, 400, { ...base, errors, duplicates: null });

    const duplicates = await findDuplicates(deps.db, user, {
      pin: pinCheck.pin.pin,
      searchText: searchTextFor(checked.input, []),
      dateOfBirth: checked.input.dateOfBirth,
    });
    if (duplicates.pinTaken)
      return render(request, reply, 409, { ...base, errors: [{ field: 'pin', message: t('people.record.error.pinTaken') }], duplicates });
    if (!noDuplicates(duplicates) && !form.notDuplicate)
      return render(request, reply, 409, {
        ...base,
        errors: [{ field: 'notDuplicate', message: t('people.record.dup.confirmRequired') }],
        duplicates,
      });

    const id = await createPerson(
      deps.db,
      { user, audit: auditActorOf(request) },
      {
        unitId: form.unitId,
        input: checked.input,
        extras: checked.extras,
        pin: pinCheck.pin,
      },
    );
    return reply.redirect(`/people/${id}`, 303);
  });
}
