import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authorise } from '../../../../platform/access/authorise.ts';
import { auditActorOf } from '../../../../platform/audit/audit.service.ts';
import type { FieldError } from '../../../../platform/views/components.tsx';
import { districtOptions, partnerByCode } from '../../partners.directory.ts';
import { savePartner } from '../../partners.edit.ts';
import { PartnerRefused } from '../../partners.errors.ts';
import type { PartnerPageDeps } from '../partners.pages.ts';
import { CONTACT_SLOTS, type PartnerForm, partnerFormValues, validatePartnerForm } from './partner.form.ts';
import { PartnerEditView } from './partner-edit.view.tsx';

type Params = { code: string };
const manage = { permission: 'partners:manage' } as const;

/**
 * `/partners/:code/edit` (`partners:manage`): the directory entry's form. Bad input comes back with the error
 * summary and what was typed; a save over someone else's change is refused with 409 and the form as typed.
 */
export async function partnerEditRoutes(app: FastifyInstance, deps: PartnerPageDeps) {
  const render = async (
    request: FastifyRequest<{ Params: Params }>,
    reply: FastifyReply,
    form: PartnerForm | null,
    errors: FieldError[],
    status = 200,
  ) => {
    const partner = await deps.db.transaction(async (tx) => {
      const found = await partnerByCode(tx, request.params.code);
      if (!found) throw new PartnerRefused('not_found', 404);
      // A form shown again after a refused save is part of that request, whose refusal is its record.
      if (!form)
        await authorise(tx, {
          actor: request.user!,
          audit: auditActorOf(request),
          permission: 'partners:manage',
          action: 'partner.view',
          details: { code: found.code, form: true },
        });
      return found;
    });
    const shown: PartnerForm = form ?? {
      kind: partner.kind ?? '',
      description: partner.description ?? '',
      services: partner.services,
      districtIds: partner.districts.map((district) => district.id),
      contacts: Array.from({ length: CONTACT_SLOTS }, (_, index) => {
        const contact = partner.contacts[index];
        return { name: contact?.name ?? '', phone: contact?.phone ?? '', email: contact?.email ?? '' };
      }),
      version: String(partner.version),
    };
    const districts = await districtOptions(deps.db);
    return reply.html(
      <PartnerEditView context={deps.pageContext(request, reply)} partner={partner} districts={districts} form={shown} errors={errors} />,
      status,
    );
  };

  app.get<{ Params: Params }>('/partners/:code/edit', { config: manage }, (request, reply) => render(request, reply, null, []));

  app.post<{ Params: Params; Body: Record<string, unknown> }>('/partners/:code/edit', { config: manage }, async (request, reply) => {
    const { t } = request.i18n;
    const form = partnerFormValues(request.body ?? {});
    const districts = await districtOptions(deps.db);
    const { entry, errors } = validatePartnerForm(
      form,
      t,
      districts.map((district) => district.id),
    );
    if (!(await partnerByCode(deps.db, request.params.code))) throw new PartnerRefused('not_found', 404);
    if (!entry) return render(request, reply, form, errors, 400);
    try {
      await savePartner(
        deps.db,
        { user: request.user!, audit: auditActorOf(request) },
        {
          code: request.params.code,
          version: Number(form.version) || 0,
          entry,
        },
      );
    } catch (error) {
      if (error instanceof PartnerRefused && error.refusal === 'stale')
        return render(request, reply, form, [{ field: 'kind', message: t('partners.refusal.stale') }], 409);
      throw error;
    }
    return reply.redirect(`/partners/${encodeURIComponent(request.params.code)}?done=saved`, 303);
  });
}
