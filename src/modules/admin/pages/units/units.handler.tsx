import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { auditActorOf } from '../../../../platform/audit/audit.service.ts';
import type { Database } from '../../../../platform/db/pool.ts';
import { AppError } from '../../../../platform/http/errors.ts';
import { formErrors } from '../../../../platform/http/forms.ts';
import type { PageContextFactory } from '../../../../platform/http/page-context.ts';
import type { FieldError } from '../../../../platform/views/components.tsx';
import { ADMIN_ERROR_FIELDS, adminErrors } from '../../admin.errors.ts';
import { unitCreateForm, unitEditForm } from '../../admin.schemas.ts';
import { createUnit, findUnitByCode, listTerritoryChoices, listUnits, updateUnit } from '../../admin.service.ts';
import { type UnitForm, UnitFormView } from './unit-form.view.tsx';
import { UnitsView } from './units.view.tsx';

type Body = Record<string, string | undefined>;
const config = { permission: 'org_units:manage' } as const;

const typedForm = (body: Body): UnitForm => ({
  code: String(body.code ?? ''),
  kind: String(body.kind ?? ''),
  parentCode: String(body.parentCode ?? ''),
  territoryCode: String(body.territoryCode ?? ''),
  nameKy: String(body.nameKy ?? ''),
  nameRu: String(body.nameRu ?? ''),
  nameEn: String(body.nameEn ?? ''),
  regime: String(body.regime ?? ''),
  capacity: String(body.capacity ?? ''),
  active: body.active === 'yes',
  version: String(body.version ?? ''),
});

/** `/admin/units`: the organisation tree, and forms to add a unit (partners too) and to edit one. */
export async function unitPageRoutes(app: FastifyInstance, deps: { db: Database; pageContext: PageContextFactory }) {
  const render = async (
    request: FastifyRequest,
    reply: FastifyReply,
    mode: 'create' | 'edit',
    form: UnitForm,
    errors: FieldError[],
    status = 200,
    conflict = false,
  ) => {
    const { t, locale } = request.i18n;
    const [units, territories] = await Promise.all([listUnits(deps.db), listTerritoryChoices(deps.db)]);
    const title =
      mode === 'create'
        ? t('admin.units.createTitle')
        : t('admin.units.editTitle', { name: units.find((unit) => unit.code === form.code)?.name[locale] ?? form.code });
    return reply.html(
      <UnitFormView
        context={deps.pageContext(request, reply)}
        mode={mode}
        title={title}
        form={form}
        units={units
          .filter((unit) => unit.code !== form.code)
          .map((unit) => ({ value: unit.code, label: `${unit.name[locale]} (${unit.code})` }))}
        territories={territories.map((territory) => ({
          value: territory.code,
          label: `${territory.name[locale]} (${t(`territoryKind.${territory.kind}`)})`,
        }))}
        errors={errors}
        conflict={conflict}
      />,
      status,
    );
  };
  const labelsOf = (request: FastifyRequest): Record<string, string> => {
    const { t } = request.i18n;
    return {
      code: t('admin.units.code'),
      kind: t('admin.units.kind'),
      nameKy: t('admin.units.nameKy'),
      nameRu: t('admin.units.nameRu'),
      nameEn: t('admin.units.nameEn'),
      parentCode: t('admin.units.parent'),
      territoryCode: t('admin.units.district'),
      regime: t('admin.units.regime'),
      capacity: t('admin.units.capacity'),
    };
  };
  /** A rule the service refused becomes an error beside its field; anything else is not the form's business. */
  const fieldErrorOf = (request: FastifyRequest, error: unknown): FieldError[] | undefined => {
    if (!(error instanceof AppError) || !ADMIN_ERROR_FIELDS[error.code]) return undefined;
    const field = ADMIN_ERROR_FIELDS[error.code] ?? '';
    const message =
      error.messageKey === 'error.validation'
        ? request.i18n.t('validation.invalid', { field: labelsOf(request)[field] ?? field })
        : request.i18n.t(error.messageKey);
    return [{ field, message }];
  };

  app.get<{ Querystring: { created?: string; saved?: string } }>('/admin/units', { config }, async (request, reply) => {
    const { t } = request.i18n;
    const notice = request.query.created
      ? t('admin.units.created', { code: request.query.created })
      : request.query.saved
        ? t('admin.saved')
        : undefined;
    return reply.html(<UnitsView context={deps.pageContext(request, reply)} units={await listUnits(deps.db)} notice={notice} />);
  });

  app.get('/admin/units/new', { config }, async (request, reply) => render(request, reply, 'create', typedForm({ kind: 'colony' }), []));

  app.post<{ Body: Body }>('/admin/units/new', { config }, async (request, reply) => {
    const form = typedForm(request.body ?? {});
    const parsed = unitCreateForm.safeParse(request.body ?? {});
    if (!parsed.success)
      return render(request, reply, 'create', form, formErrors(parsed.error.issues, labelsOf(request), request.i18n.t), 400);
    const values = parsed.data;
    try {
      await createUnit(deps.db, auditActorOf(request), {
        code: values.code,
        kind: values.kind,
        parentCode: values.parentCode,
        territoryCode: values.territoryCode,
        name: { ky: values.nameKy, ru: values.nameRu, en: values.nameEn },
        regime: values.regime,
        capacity: values.capacity === '' ? null : Number(values.capacity),
      });
    } catch (error) {
      const errors = fieldErrorOf(request, error);
      if (errors) return render(request, reply, 'create', form, errors, 400);
      throw error;
    }
    return reply.redirect(`/admin/units?created=${encodeURIComponent(values.code)}#unit-${encodeURIComponent(values.code)}`, 303);
  });

  app.get<{ Params: { code: string } }>('/admin/units/:code/edit', { config }, async (request, reply) => {
    const unit = await findUnitByCode(deps.db, request.params.code);
    if (!unit) throw adminErrors.unitNotFound();
    const units = await listUnits(deps.db);
    const territories = await listTerritoryChoices(deps.db);
    const form: UnitForm = {
      ...typedForm({}),
      code: unit.code,
      parentCode: units.find((other) => other.id === unit.parentId)?.code ?? '',
      territoryCode: territories.find((territory) => territory.id === unit.territoryId)?.code ?? '',
      nameKy: unit.name.ky,
      nameRu: unit.name.ru,
      nameEn: unit.name.en,
      active: unit.active,
      version: String(unit.version),
    };
    return render(request, reply, 'edit', form, []);
  });

  app.post<{ Params: { code: string }; Body: Body }>('/admin/units/:code/edit', { config }, async (request, reply) => {
    const unit = await findUnitByCode(deps.db, request.params.code);
    if (!unit) throw adminErrors.unitNotFound();
    const form = { ...typedForm(request.body ?? {}), code: unit.code };
    const parsed = unitEditForm.safeParse(request.body ?? {});
    if (!parsed.success)
      return render(request, reply, 'edit', form, formErrors(parsed.error.issues, labelsOf(request), request.i18n.t), 400);
    const values = parsed.data;
    try {
      await updateUnit(deps.db, auditActorOf(request), unit.code, Number(values.version), {
        name: { ky: values.nameKy, ru: values.nameRu, en: values.nameEn },
        parentCode: values.parentCode,
        territoryCode: values.territoryCode,
        active: values.active === 'yes',
      });
    } catch (error) {
      // The hidden version stays the stale one, so submitting again without reloading is refused again.
      if (error instanceof AppError && error.code === 'admin.stale_version') return render(request, reply, 'edit', form, [], 409, true);
      const errors = fieldErrorOf(request, error);
      if (errors) return render(request, reply, 'edit', form, errors, 400);
      throw error;
    }
    return reply.redirect(`/admin/units?saved=1#unit-${encodeURIComponent(unit.code)}`, 303);
  });
}
