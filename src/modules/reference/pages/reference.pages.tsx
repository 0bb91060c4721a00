import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { auditActorOf } from '../../../platform/audit/audit.service.ts';
import type { Database } from '../../../platform/db/pool.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { formErrors } from '../../../platform/http/forms.ts';
import type { PageContextFactory } from '../../../platform/http/page-context.ts';
import { referenceErrors } from '../reference.errors.ts';
import { findOrgUnitByCode, listOrgUnits, listTerritories, updateOrgUnit } from '../reference.service.ts';
import { type OrgUnitForm, OrgUnitEditView } from './org-unit-edit/org-unit-edit.view.tsx';
import { ReferenceView } from './reference/reference.view.tsx';

const editForm = z.object({
  nameKy: z.string().trim().min(1).max(300),
  nameRu: z.string().trim().min(1).max(300),
  nameEn: z.string().trim().min(1).max(300),
  capacity: z.union([
    z.literal(''),
    z
      .string()
      .trim()
      .regex(/^\d{1,6}$/),
  ]),
  active: z.literal('yes').optional(),
  version: z.string().regex(/^\d+$/),
});

/** Pages for reading and (administrators) editing reference data. */
export async function referencePageRoutes(app: FastifyInstance, deps: { db: Database; pageContext: PageContextFactory }) {
  app.get<{ Querystring: { saved?: string } }>('/reference', { config: { permission: 'reference:read' } }, async (request, reply) => {
    const [territories, units] = await Promise.all([listTerritories(deps.db), listOrgUnits(deps.db)]);
    const canEdit = request.user?.permissions.has('reference:edit') ?? false;
    return reply.html(
      <ReferenceView
        context={deps.pageContext(request, reply)}
        territories={territories}
        units={units}
        canEdit={canEdit}
        saved={request.query.saved === '1'}
      />,
    );
  });

  app.get<{ Params: { code: string } }>(
    '/reference/org-units/:code/edit',
    { config: { permission: 'reference:edit' } },
    async (request, reply) => {
      const unit = await findOrgUnitByCode(deps.db, request.params.code);
      if (!unit) throw referenceErrors.unitNotFound();
      const form: OrgUnitForm = {
        nameKy: unit.name.ky,
        nameRu: unit.name.ru,
        nameEn: unit.name.en,
        capacity: unit.capacity === null ? '' : String(unit.capacity),
        active: unit.active,
        version: String(unit.version),
      };
      const title = unit.name[request.i18n.locale];
      return reply.html(
        <OrgUnitEditView
          context={deps.pageContext(request, reply)}
          code={unit.code}
          title={title}
          form={form}
          errors={[]}
          conflict={false}
        />,
      );
    },
  );

  app.post<{ Params: { code: string }; Body: Record<string, string> }>(
    '/reference/org-units/:code/edit',
    { config: { permission: 'reference:edit' } },
    async (request, reply) => {
      const unit = await findOrgUnitByCode(deps.db, request.params.code);
      if (!unit) throw referenceErrors.unitNotFound();
      const { t } = request.i18n;
      const body = request.body ?? {};
      const typed: OrgUnitForm = {
        nameKy: String(body.nameKy ?? ''),
        nameRu: String(body.nameRu ?? ''),
        nameEn: String(body.nameEn ?? ''),
        capacity: String(body.capacity ?? ''),
        active: body.active === 'yes',
        version: String(body.version ?? ''),
      };
      const render = (status: number, errors: ReturnType<typeof formErrors>, conflict = false) =>
        reply.html(
          <OrgUnitEditView
            context={deps.pageContext(request, reply)}
            code={unit.code}
            title={unit.name[request.i18n.locale]}
            form={typed}
            errors={errors}
            conflict={conflict}
          />,
          status,
        );

      const parsed = editForm.safeParse(body);
      if (!parsed.success) {
        const labels = {
          nameKy: t('reference.nameKy'),
          nameRu: t('reference.nameRu'),
          nameEn: t('reference.nameEn'),
          capacity: t('reference.column.capacity'),
        };
        return render(400, formErrors(parsed.error.issues, labels, t));
      }
      const values = parsed.data;
      try {
        await updateOrgUnit(
          deps.db,
          unit.code,
          Number(values.version),
          {
            name: { ky: values.nameKy, ru: values.nameRu, en: values.nameEn },
            capacity: values.capacity === '' ? null : Number(values.capacity),
            active: values.active === 'yes',
          },
          auditActorOf(request),
        );
      } catch (error) {
        // Keep what was typed and say why nothing was saved; the hidden version stays the stale one, so a
        // second submit without reloading is refused again.
        if (error instanceof AppError && error.code === 'reference.stale_version') return render(409, [], true);
        throw error;
      }
      return reply.redirect(`/reference?saved=1#unit-${encodeURIComponent(unit.code)}`, 303);
    },
  );
}
