import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { auditActorOf } from '../../../../platform/audit/audit.service.ts';
import type { Database } from '../../../../platform/db/pool.ts';
import { AppError } from '../../../../platform/http/errors.ts';
import type { PageContextFactory } from '../../../../platform/http/page-context.ts';
import type { FieldError } from '../../../../platform/views/components.tsx';
import { type PeopleActor, withPerson } from '../../people.access.ts';
import { todayInBishkek } from '../../people.models.ts';
import { validatePersonForm } from '../../people.record.validation.ts';
import { personFormOf } from '../../people.schemas.ts';
import { addressTerritories } from '../../people.scope.ts';
import {
  addIdentityDocument,
  aliasesOf,
  contactSummary,
  identityDocumentsOf,
  removeIdentityDocument,
  updatePerson,
} from '../../people.service.ts';
import { loadPersonHeader } from '../person-header.ts';
import { documentFormOf, emptyDocumentForm, formOfPerson, validateDocumentForm } from './person-edit.form.ts';
import { type PersonEditProps, PersonEditView } from './person-edit.view.tsx';

type Deps = { db: Database; pageContext: PageContextFactory };
type Params = { Params: { id: string }; Body: Record<string, unknown> };
type Overrides = Partial<Pick<PersonEditProps, 'form' | 'errors' | 'conflict' | 'documentForm' | 'documentErrors'>>;

const actorOf = (request: FastifyRequest): PeopleActor => ({ user: request.user!, audit: auditActorOf(request) });

/** /people/:id/edit: correct the record (with a reason), and add or remove identity documents. */
export async function personEditRoutes(app: FastifyInstance, deps: Deps) {
  const render = async (request: FastifyRequest<Params>, reply: FastifyReply, status: number, overrides: Overrides = {}) => {
    const sensitive = request.user!.permissions.has('people:sensitive');
    const territories = await addressTerritories(deps.db);
    const loaded = await withPerson(
      deps.db,
      actorOf(request),
      { personId: request.params.id, permission: 'people:edit', action: 'person.view', details: { page: 'edit' } },
      async (tx, person) => {
        const [header, aliases, contacts, documents] = await Promise.all([
          loadPersonHeader(tx, person),
          aliasesOf(tx, person.id),
          contactSummary(tx, person.id),
          identityDocumentsOf(tx, person.id),
        ]);
        const editable = aliases.filter((alias) => alias.kind !== 'previous_name').map((alias) => alias.name);
        const previousNames = aliases.filter((alias) => alias.kind === 'previous_name').map((alias) => alias.name);
        return { header, documents, previousNames, form: formOfPerson(person, editable, contacts, sensitive) };
      },
    );
    return reply.html(
      <PersonEditView
        context={deps.pageContext(request, reply)}
        errors={[]}
        conflict={false}
        sensitive={sensitive}
        territories={territories}
        documentForm={emptyDocumentForm()}
        documentErrors={[]}
        {...loaded}
        {...overrides}
      />,
      status,
    );
  };

  app.get<Params>('/people/:id/edit', { config: { permission: 'people:edit' } }, (request, reply) => render(request, reply, 200));

  app.post<Params>('/people/:id/edit', { config: { permission: 'people:edit' } }, async (request, reply) => {
    const { t } = request.i18n;
    const sensitive = request.user!.permissions.has('people:sensitive');
    const form = personFormOf(request.body, { sensitive });
    const territories = await addressTerritories(deps.db);
    const checked = validatePersonForm(form, {
      i18n: request.i18n,
      today: todayInBishkek(),
      known: { territoryIds: new Set(territories.map((territory) => territory.id)) },
    });
    const errors: FieldError[] = [...checked.errors];
    if (!form.reason.trim()) errors.push({ field: 'reason', message: t('people.record.error.reasonRequired') });
    if (errors.length > 0) return render(request, reply, 400, { form, errors });
    // A form without the version it was loaded at cannot prove it is not overwriting someone else's change.
    if (!/^\d{1,9}$/.test(form.version)) return render(request, reply, 409, { form, conflict: true });
    try {
      await updatePerson(deps.db, actorOf(request), {
        personId: request.params.id,
        version: Number(form.version),
        input: checked.input,
        extras: checked.extras,
        reason: form.reason.trim(),
        sensitive,
      });
    } catch (error) {
      // What was typed stays, with the stale version: saving again without reloading is refused again.
      if (error instanceof AppError && error.code === 'people.stale_version') return render(request, reply, 409, { form, conflict: true });
      throw error;
    }
    return reply.redirect(`/people/${request.params.id}`, 303);
  });

  app.post<Params>('/people/:id/edit/documents', { config: { permission: 'people:edit' } }, async (request, reply) => {
    const documentForm = documentFormOf(request.body);
    const { document, errors } = validateDocumentForm(documentForm, request.i18n.t);
    if (!document) return render(request, reply, 400, { documentForm, documentErrors: errors });
    await addIdentityDocument(deps.db, actorOf(request), request.params.id, document);
    return reply.redirect(`/people/${request.params.id}/edit#documents`, 303);
  });

  app.post<{ Params: { id: string; documentId: string } }>(
    '/people/:id/edit/documents/:documentId/remove',
    { config: { permission: 'people:edit' } },
    async (request, reply) => {
      await removeIdentityDocument(deps.db, actorOf(request), request.params.id, request.params.documentId);
      return reply.redirect(`/people/${request.params.id}/edit#documents`, 303);
    },
  );
}
