import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Executor } from '../../../platform/db/pool.ts';
import type { FieldError } from '../../../platform/views/components.tsx';
import {
  fullName,
  type PersonPageDeps,
  type PersonRequest,
  type PersonRow,
  peopleActorOf,
  searchPeople,
  showPersonPage,
  todayInBishkek,
  unitInScope,
} from '../../people/people.service.ts';
import { AssociationInputError, linkNotFound } from '../associations.errors.ts';
import { layoutGraph } from '../associations.graph.ts';
import { linksAmong, linksOf, personIdsOf, personWithPin } from '../associations.repository.ts';
import { endAssociation, recordAssociation } from '../associations.writes.ts';
import {
  emptyLinkForm,
  endFormValues,
  type EndFormValues,
  type LinkFormValues,
  linkFormValues,
  validateEnd,
  validateLink,
} from './association-form.ts';
import { LinksView } from './associations.view.tsx';
import { EndLinkView } from './end-link.view.tsx';
import { type Candidate, NewLinkView } from './new-link.view.tsx';

type Body = Record<string, unknown>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PIN = /^\d{14}$/;
const DONE = { recorded: 'associations.done.recorded', ended: 'associations.done.ended' } as const;
const readConfig = { config: { permission: 'associations:read' as const, redirectsMergedPerson: true } };
const writeConfig = { config: { permission: 'associations:write' as const } };

/** The graph's short label: family name and initials, so twelve people fit around one. */
const shortName = (person: { familyName: string; givenName: string; patronymic: string | null }) =>
  [person.familyName, `${person.givenName.slice(0, 1)}.`, person.patronymic ? `${person.patronymic.slice(0, 1)}.` : '']
    .filter(Boolean)
    .join(' ');

/** The tab's data: every link, and the graph of those in force (with the links among the linked people). */
async function linksTab(tx: Executor, person: PersonRow) {
  const personIds = await personIdsOf(tx, person.id);
  const links = await linksOf(tx, personIds);
  const inForce = links.filter((row) => !row.link.endedAt);
  const linked = inForce.map((row) => ({ id: row.other.id, label: shortName(row.other) }));
  // Links recorded on a record merged into this person are drawn from the person.
  const asPerson = (id: string) => (personIds.includes(id) ? person.id : id);
  const among = (await linksAmong(tx, [...personIds, ...linked.map((node) => node.id)])).map((link) => ({
    personId: asPerson(link.personId),
    otherPersonId: asPerson(link.otherPersonId),
    kind: link.kind,
  }));
  return { links, graph: layoutGraph({ id: person.id, label: shortName(person) }, linked, among) };
}

/**
 * The person's links (`associations:read` over the person to see them, `associations:write` to record and end
 * them). Every view and write is audited in its transaction by the person page and `withPerson`; a refused form
 * comes back as typed, with nothing saved.
 */
export async function associationRoutes(app: FastifyInstance, deps: PersonPageDeps) {
  const showTab = (request: FastifyRequest<{ Params: { id: string }; Querystring: { done?: string } }>, reply: FastifyReply) =>
    showPersonPage(deps, request as PersonRequest, reply, {
      tab: 'associations',
      permission: 'associations:read',
      load: async (tx, person) => ({
        ...(await linksTab(tx, person)),
        mayWrite: await unitInScope(tx, request.user!, 'associations:write', person.unitId),
      }),
      render: (context, header, data) => {
        const done = request.query.done;
        const notice = done === 'recorded' || done === 'ended' ? context.i18n.t(DONE[done]) : undefined;
        return <LinksView context={context} header={header} page={{ ...data, notice }} />;
      },
    });

  /** The record form, with the people the search found: by name within the user's units, or by exact PIN anywhere. */
  const showNew = async (request: FastifyRequest, reply: FastifyReply, form: LinkFormValues, errors: FieldError[] = [], status = 200) => {
    const query = form.query.trim();
    const inScope =
      query === '' ? [] : (await searchPeople(deps.db, peopleActorOf(request), PIN.test(query) ? { pin: query } : { name: query })).people;
    return showPersonPage(deps, request as PersonRequest, reply, {
      tab: 'associations',
      permission: 'associations:write',
      details: { page: 'associations.new' },
      status,
      load: async (tx, person) => {
        if (query === '') return { candidates: null };
        const personIds = await personIdsOf(tx, person.id);
        const candidates: Candidate[] = inScope
          .filter((found) => !personIds.includes(found.id))
          .map((found) => ({ id: found.id, name: fullName(found), pin: found.pin, dateOfBirth: found.dateOfBirth, place: found.location }));
        if (candidates.length === 0 && PIN.test(query)) {
          const elsewhere = await personWithPin(tx, query);
          // Someone outside the user's units: enough to tell them from a namesake, not where they are held.
          if (elsewhere && !personIds.includes(elsewhere.id)) candidates.push({ ...elsewhere, name: fullName(elsewhere), place: null });
        }
        return { candidates };
      },
      render: (context, header, data) => <NewLinkView context={context} header={header} page={{ form, errors, ...data }} />,
    });
  };

  const showEnd = (
    request: FastifyRequest,
    reply: FastifyReply,
    linkId: string,
    form: EndFormValues | null,
    errors: FieldError[] = [],
    status = 200,
  ) => {
    if (!UUID.test(linkId)) throw linkNotFound();
    return showPersonPage(deps, request as PersonRequest, reply, {
      tab: 'associations',
      permission: 'associations:write',
      details: { page: 'associations.end', associationId: linkId },
      status,
      load: async (tx, person) => {
        const row = (await linksOf(tx, await personIdsOf(tx, person.id))).find((entry) => entry.link.id === linkId);
        if (!row || row.link.endedAt) throw linkNotFound();
        return { row };
      },
      render: (context, header, { row }) => (
        <EndLinkView
          context={context}
          header={header}
          page={{ row, errors, form: form ?? { reason: '', version: String(row.link.version) } }}
        />
      ),
    });
  };

  app.get<{ Params: { id: string }; Querystring: { done?: string } }>('/people/:id/associations', readConfig, (request, reply) =>
    showTab(request, reply),
  );

  app.get<{ Params: { id: string }; Querystring: { q?: string } }>('/people/:id/associations/new', writeConfig, (request, reply) =>
    showNew(request, reply, emptyLinkForm(typeof request.query.q === 'string' ? request.query.q.slice(0, 200) : '', todayInBishkek())),
  );

  app.post<{ Params: { id: string }; Body: Body }>('/people/:id/associations', writeConfig, async (request, reply) => {
    const form = linkFormValues(request.body ?? {});
    const { input, errors } = validateLink(form, request.i18n.t, todayInBishkek());
    if (!input) return showNew(request, reply, form, errors, 400);
    try {
      const typed = form.query.trim();
      await recordAssociation(deps.db, peopleActorOf(request), request.params.id, input, PIN.test(typed) ? typed : null);
    } catch (error) {
      if (error instanceof AssociationInputError)
        return showNew(request, reply, form, [{ field: error.field, message: request.i18n.t(error.problem) }], 400);
      throw error;
    }
    return reply.redirect(`/people/${request.params.id}/associations?done=recorded`, 303);
  });

  app.get<{ Params: { id: string; linkId: string } }>('/people/:id/associations/:linkId/end', writeConfig, (request, reply) =>
    showEnd(request, reply, request.params.linkId, null),
  );

  app.post<{ Params: { id: string; linkId: string }; Body: Body }>(
    '/people/:id/associations/:linkId/end',
    writeConfig,
    async (request, reply) => {
      const { id, linkId } = request.params;
      if (!UUID.test(linkId)) throw linkNotFound();
      const form = endFormValues(request.body ?? {});
      const { input, errors } = validateEnd(form, request.i18n.t);
      if (!input) return showEnd(request, reply, linkId, form, errors, 400);
      await endAssociation(deps.db, peopleActorOf(request), { personId: id, linkId, ...input });
      return reply.redirect(`/people/${id}/associations?done=ended`, 303);
    },
  );
}
