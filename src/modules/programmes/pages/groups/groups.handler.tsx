import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authorise } from '../../../../platform/access/authorise.ts';
import { auditActorOf } from '../../../../platform/audit/audit.service.ts';
import type { FieldError } from '../../../../platform/views/components.tsx';
import { peopleActorOf, todayInBishkek } from '../../../people/people.service.ts';
import { listProgrammes } from '../../programmes.catalogue.ts';
import { ProgrammeRefused, programmeRefusalKey } from '../../programmes.errors.ts';
import { createGroup, updateGroup } from '../../programmes.groups.ts';
import { groupsInScope } from '../../programmes.groups.list.ts';
import { loadGroup } from '../../programmes.groups.queries.ts';
import { facilitatorsFor, groupUnitsOf } from '../../programmes.scope.ts';
import type { ProgrammePageDeps } from '../programmes.pages.ts';
import { type GroupForm, emptyGroupForm, groupFormValues, sessionLines, validateGroupForm } from './group.form.ts';
import { GroupFormView, type GroupFormPage } from './group-form.view.tsx';
import { loadGroupPage } from './group.data.ts';
import { GroupsListView } from './groups-list.view.tsx';
import { GroupView } from './group.view.tsx';

type Body = Record<string, unknown>;
const manage = { permission: 'programmes:manage' } as const;

/**
 * Groups: the list of the user's units (`programmes:read`), a group's page, and for managers the new and edit
 * forms. The unit must be one the manager runs (checked again by `authorise` when saving); the capacity may
 * not exceed the room's places; a stale edit is refused with the form as typed.
 */
export async function groupPageRoutes(app: FastifyInstance, deps: ProgrammePageDeps) {
  app.get('/programmes/groups', { config: { permission: 'programmes:read' } }, async (request, reply) => {
    const groups = await deps.db.transaction(async (tx) => {
      await authorise(tx, {
        actor: request.user!,
        audit: auditActorOf(request),
        permission: 'programmes:read',
        action: 'programme.group.list',
      });
      return groupsInScope(tx, request.user!, todayInBishkek());
    });
    return reply.html(
      <GroupsListView
        context={deps.pageContext(request, reply)}
        groups={groups}
        mayCreate={request.user!.permissions.has('programmes:manage')}
      />,
    );
  });

  const options = async (request: FastifyRequest) => ({
    programmes: (await listProgrammes(deps.db)).filter((programme) => programme.status === 'active'),
    units: await groupUnitsOf(deps.db, request.user!),
    facilitators: await facilitatorsFor(deps.db, request.user!),
  });
  const renderForm = async (
    request: FastifyRequest,
    reply: FastifyReply,
    page: Omit<GroupFormPage, keyof Awaited<ReturnType<typeof options>>>,
    status = 200,
  ) => reply.html(<GroupFormView context={deps.pageContext(request, reply)} page={{ ...(await options(request)), ...page }} />, status);

  app.get('/programmes/groups/new', { config: manage }, async (request, reply) =>
    renderForm(request, reply, { form: emptyGroupForm(), errors: [] }),
  );

  app.post<{ Body: Body }>('/programmes/groups/new', { config: manage }, async (request, reply) => {
    const { t } = request.i18n;
    const form = groupFormValues(request.body ?? {});
    const { programmes, units, facilitators } = await options(request);
    const programme = programmes.find((candidate) => candidate.code === form.programmeCode);
    const checked = validateGroupForm(form, { t, programme, facilitatorIds: facilitators.map((user) => user.id), sessionsRequired: true });
    const required = (field: 'programmeCode' | 'unitId') => ({
      field,
      message: t('validation.required', { field: t(`programmes.page.group.${field}`) }),
    });
    // In the order the form asks: programme and unit first, then the rest.
    const errors = [
      ...(programme ? [] : [required('programmeCode')]),
      ...(units.some((unit) => unit.id === form.unitId) ? [] : [required('unitId')]),
      ...checked.errors,
    ];
    const group = checked.group;
    if (!group || !programme || errors.length > 0) return renderForm(request, reply, { form, errors }, 400);
    const id = await createGroup(deps.db, peopleActorOf(request), { ...group, programmeId: programme.id, unitId: form.unitId });
    return reply.redirect(`/programmes/groups/${id}?done=created`, 303);
  });

  app.get<{ Params: { groupId: string }; Querystring: { done?: string } }>(
    '/programmes/groups/:groupId',
    { config: { permission: 'programmes:read' } },
    async (request, reply) => {
      const page = await loadGroupPage(deps.db, request, {
        groupId: request.params.groupId,
        permission: 'programmes:read',
        action: 'programme.group.view',
      });
      const done = request.query.done;
      const notice =
        done === 'created' || done === 'saved' || done === 'outcome' ? request.i18n.t(`programmes.page.done.${done}`) : undefined;
      return reply.html(<GroupView context={deps.pageContext(request, reply)} page={{ ...page, errors: [], notice }} />);
    },
  );

  const renderEdit = async (
    request: FastifyRequest,
    reply: FastifyReply,
    groupId: string,
    form: GroupForm | null,
    errors: FieldError[],
    status = 200,
  ) => {
    const { group, sessions } = await loadGroupPage(deps.db, request, {
      groupId,
      permission: 'programmes:manage',
      action: 'programme.group.view',
    });
    const locale = request.i18n.locale;
    const existing = {
      id: group.id,
      title: group.programme.title[locale],
      unitName: group.unitName[locale],
      kept: sessions.filter((s) => s.status !== 'planned'),
    };
    const shown = form ?? {
      ...emptyGroupForm(),
      facilitatorId: group.facilitatorId,
      room: group.room,
      roomPlaces: String(group.roomPlaces),
      capacity: String(group.capacity),
      language: group.language,
      sessions: sessionLines(sessions),
      version: String(group.version),
    };
    return renderForm(request, reply, { existing, form: shown, errors }, status);
  };

  app.get<{ Params: { groupId: string } }>('/programmes/groups/:groupId/edit', { config: manage }, (request, reply) =>
    renderEdit(request, reply, request.params.groupId, null, []),
  );

  app.post<{ Params: { groupId: string }; Body: Body }>('/programmes/groups/:groupId/edit', { config: manage }, async (request, reply) => {
    const { t } = request.i18n;
    const form = groupFormValues(request.body ?? {});
    // Unaudited read of the programme the form is checked against; `renderEdit` (view) or `updateGroup` (save)
    // authorises and audits, so the request writes one event either way.
    const current = await loadGroup(deps.db, request.params.groupId);
    if (!current) throw new ProgrammeRefused('not_found', 404);
    const facilitators = await facilitatorsFor(deps.db, request.user!);
    const programme = current.programme;
    const { group, errors } = validateGroupForm(form, {
      t,
      programme,
      facilitatorIds: facilitators.map((user) => user.id),
      sessionsRequired: false,
    });
    if (!group) return renderEdit(request, reply, current.id, form, errors, 400);
    try {
      await updateGroup(deps.db, peopleActorOf(request), {
        groupId: current.id,
        version: Number(form.version),
        today: todayInBishkek(),
        group,
      });
    } catch (error) {
      if (error instanceof ProgrammeRefused && (error.refusal === 'stale' || error.refusal === 'capacity_below_enrolled')) {
        const field = error.refusal === 'stale' ? 'facilitatorId' : 'capacity';
        return renderEdit(request, reply, current.id, form, [{ field, message: t(programmeRefusalKey(error.refusal)) }], 409);
      }
      throw error;
    }
    return reply.redirect(`/programmes/groups/${current.id}?done=saved`, 303);
  });
}
