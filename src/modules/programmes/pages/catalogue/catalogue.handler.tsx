import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authorise } from '../../../../platform/access/authorise.ts';
import { auditActorOf } from '../../../../platform/audit/audit.service.ts';
import type { Permission } from '../../../../platform/auth/permissions.ts';
import type { FieldError } from '../../../../platform/views/components.tsx';
import { peopleActorOf } from '../../../people/people.service.ts';
import { updateProgramme } from '../../programmes.catalogue-edit.ts';
import { listProgrammes, programmeByCode } from '../../programmes.catalogue.ts';
import { ProgrammeRefused, programmeRefusalKey } from '../../programmes.errors.ts';
import type { ProgrammePageDeps } from '../programmes.pages.ts';
import { CatalogueView, ProgrammeView } from './catalogue.view.tsx';
import { ProgrammeEditView } from './programme-edit.view.tsx';
import { type ProgrammeForm, programmeFormOf, programmeFormValues, validateProgrammeForm } from './programme.form.ts';

/**
 * The catalogue: `/programmes` and `/programmes/:code` for everyone with `programmes:read` (each view audited),
 * `/programmes/:code/edit` for managers. A refused edit is shown again as typed; a stale one answers 409 with
 * the form and the conflict message.
 */
export async function cataloguePageRoutes(app: FastifyInstance, deps: ProgrammePageDeps) {
  const read = async (
    request: FastifyRequest,
    action: string,
    details: Record<string, unknown>,
    permission: Permission = 'programmes:read',
  ) =>
    deps.db.transaction(async (tx) => {
      await authorise(tx, { actor: request.user!, audit: auditActorOf(request), permission, action, details });
      return typeof details.code === 'string' ? programmeByCode(tx, details.code) : undefined;
    });

  app.get('/programmes', { config: { permission: 'programmes:read' } }, async (request, reply) => {
    await read(request, 'programme.list', {});
    return reply.html(<CatalogueView context={deps.pageContext(request, reply)} programmes={await listProgrammes(deps.db)} />);
  });

  app.get<{ Params: { code: string }; Querystring: { saved?: string } }>(
    '/programmes/:code',
    { config: { permission: 'programmes:read' } },
    async (request, reply) => {
      const programme = await read(request, 'programme.view', { code: request.params.code });
      if (!programme) throw new ProgrammeRefused('not_found', 404);
      const notice = request.query.saved ? request.i18n.t('programmes.page.saved') : undefined;
      const mayEdit = request.user!.permissions.has('programmes:manage');
      return reply.html(
        <ProgrammeView context={deps.pageContext(request, reply)} programme={programme} mayEdit={mayEdit} notice={notice} />,
      );
    },
  );

  const config = { permission: 'programmes:manage' } as const;
  const renderEdit = async (
    request: FastifyRequest,
    reply: FastifyReply,
    code: string,
    form: ProgrammeForm | null,
    errors: FieldError[],
    status = 200,
  ) => {
    const programme = await programmeByCode(deps.db, code);
    if (!programme) throw new ProgrammeRefused('not_found', 404);
    const title = programme.title[request.i18n.locale];
    const shown = form ?? programmeFormOf(programme);
    return reply.html(
      <ProgrammeEditView context={deps.pageContext(request, reply)} code={programme.code} title={title} form={shown} errors={errors} />,
      status,
    );
  };

  app.get<{ Params: { code: string } }>('/programmes/:code/edit', { config }, async (request, reply) => {
    const programme = await read(request, 'programme.view', { code: request.params.code, edit: true }, 'programmes:manage');
    if (!programme) throw new ProgrammeRefused('not_found', 404);
    return renderEdit(request, reply, programme.code, null, []);
  });

  app.post<{ Params: { code: string }; Body: Record<string, unknown> }>('/programmes/:code/edit', { config }, async (request, reply) => {
    const form = programmeFormValues(request.body ?? {});
    const { t } = request.i18n;
    if (!(await programmeByCode(deps.db, request.params.code))) throw new ProgrammeRefused('not_found', 404);
    const { input, version, errors } = validateProgrammeForm(form, t);
    if (!input || version === undefined) return renderEdit(request, reply, request.params.code, form, errors, 400);
    try {
      await updateProgramme(deps.db, peopleActorOf(request), { code: request.params.code, version, programme: input });
    } catch (error) {
      if (error instanceof ProgrammeRefused && error.refusal === 'stale')
        return renderEdit(request, reply, request.params.code, form, [{ field: 'titleKy', message: t(programmeRefusalKey('stale')) }], 409);
      throw error;
    }
    return reply.redirect(`/programmes/${request.params.code}?saved=1`, 303);
  });
}
