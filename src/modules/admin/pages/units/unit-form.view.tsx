import { ORG_UNIT_KINDS, REGIMES } from '../../../../platform/org/org.tables.ts';
import { CsrfField, ErrorSummary, type FieldError, TextInput } from '../../../../platform/views/components.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { Checkbox, ConflictSummary, errorFor, type Option, Select } from '../admin.components.tsx';

/** The form as typed (strings), so a refused save shows exactly what the administrator entered. */
export type UnitForm = {
  code: string;
  kind: string;
  parentCode: string;
  territoryCode: string;
  nameKy: string;
  nameRu: string;
  nameEn: string;
  regime: string;
  capacity: string;
  active: boolean;
  version: string;
};

/** One view for both forms: creating shows code, type, regime and capacity; editing shows the active flag. */
export function UnitFormView(props: {
  context: PageContext;
  mode: 'create' | 'edit';
  title: string;
  form: UnitForm;
  units: Option[];
  territories: Option[];
  errors: FieldError[];
  conflict: boolean;
}): JSX.Element {
  const { context, form, errors, mode } = props;
  const { t } = context.i18n;
  const action = mode === 'create' ? '/admin/units/new' : `/admin/units/${encodeURIComponent(form.code)}/edit`;
  const none = (label: string): Option => ({ value: '', label });
  return (
    <Layout context={context} title={props.title}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          {props.conflict ? (
            <ConflictSummary title={t('error.conflict.title')} body={t('error.conflict.body')} />
          ) : (
            <ErrorSummary title={t('error.summaryTitle')} errors={errors} />
          )}
          <h1 class="govuk-heading-l" safe>
            {props.title}
          </h1>
          <form method="post" action={action} novalidate>
            <CsrfField token={context.csrfToken} />
            {mode === 'edit' ? <input type="hidden" name="version" value={form.version} /> : ''}
            {mode === 'create' ? (
              <>
                <TextInput
                  name="code"
                  label={t('admin.units.code')}
                  hint={t('admin.units.codeHint')}
                  value={form.code}
                  error={errorFor(errors, 'code')}
                  width={20}
                  spellcheck={false}
                />
                <Select
                  name="kind"
                  label={t('admin.units.kind')}
                  value={form.kind}
                  error={errorFor(errors, 'kind')}
                  options={ORG_UNIT_KINDS.map((kind) => ({ value: kind, label: t(`unitKind.${kind}`) }))}
                />
              </>
            ) : (
              ''
            )}
            <TextInput name="nameKy" label={t('admin.units.nameKy')} value={form.nameKy} error={errorFor(errors, 'nameKy')} />
            <TextInput name="nameRu" label={t('admin.units.nameRu')} value={form.nameRu} error={errorFor(errors, 'nameRu')} />
            <TextInput name="nameEn" label={t('admin.units.nameEn')} value={form.nameEn} error={errorFor(errors, 'nameEn')} />
            <Select
              name="parentCode"
              label={t('admin.units.parent')}
              value={form.parentCode}
              error={errorFor(errors, 'parentCode')}
              options={[none(t('admin.units.parentNone')), ...props.units]}
            />
            <Select
              name="territoryCode"
              label={t('admin.units.district')}
              value={form.territoryCode}
              error={errorFor(errors, 'territoryCode')}
              options={[none(t('admin.notSet')), ...props.territories]}
            />
            {mode === 'create' ? (
              <>
                <Select
                  name="regime"
                  label={t('admin.units.regime')}
                  hint={t('admin.units.regimeHint')}
                  value={form.regime}
                  error={errorFor(errors, 'regime')}
                  options={[none(t('admin.notSet')), ...REGIMES.map((regime) => ({ value: regime, label: t(`regime.${regime}`) }))]}
                />
                <TextInput
                  name="capacity"
                  label={t('admin.units.capacity')}
                  hint={t('admin.units.capacityHint')}
                  value={form.capacity}
                  error={errorFor(errors, 'capacity')}
                  width={10}
                />
              </>
            ) : (
              <Checkbox name="active" label={t('admin.units.active')} checked={form.active} />
            )}
            <div class="govuk-button-group">
              <button type="submit" class="govuk-button" data-module="govuk-button" safe>
                {mode === 'create' ? t('admin.units.create') : t('admin.save')}
              </button>
              <a class="govuk-link" href="/admin/units" safe>
                {t('admin.cancel')}
              </a>
            </div>
          </form>
        </div>
      </div>
    </Layout>
  );
}
