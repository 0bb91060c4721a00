import { Tag } from '../../../../platform/views/components.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { UnitRow } from '../../admin.repository.ts';
import { SuccessBanner } from '../admin.components.tsx';

/** The organisation tree: each unit under its parent, as nested lists (readable without styles or scripts). */
export function UnitsView(props: { context: PageContext; units: UnitRow[]; notice?: string | undefined }): JSX.Element {
  const { context, units } = props;
  const { t, locale } = context.i18n;
  const ids = new Set(units.map((unit) => unit.id));
  const childrenOf = new Map<string | null, UnitRow[]>();
  for (const unit of units) {
    // A unit whose parent is missing is shown at the top rather than hidden.
    const parent = unit.parentId && ids.has(unit.parentId) ? unit.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), unit]);
  }
  const branch = (parentId: string | null): JSX.Element => {
    const children = childrenOf.get(parentId) ?? [];
    if (children.length === 0) return '';
    return (
      <ul class="govuk-list govuk-list--bullet">
        {children.map((unit) => (
          <li id={`unit-${unit.code}`}>
            <a class="govuk-link" href={`/admin/units/${encodeURIComponent(unit.code)}/edit`} safe>
              {unit.name[locale]}
            </a>{' '}
            <span
              class="govuk-body-s"
              safe
            >{`${unit.code} · ${t(`unitKind.${unit.kind}`)}${unit.territoryName ? ` · ${unit.territoryName[locale]}` : ''}`}</span>
            {unit.active ? (
              ''
            ) : (
              <>
                {' '}
                <Tag text={t('reference.inactive')} colour="grey" />
              </>
            )}
            {branch(unit.id)}
          </li>
        ))}
      </ul>
    );
  };
  return (
    <Layout context={context} title={t('admin.units.title')}>
      <SuccessBanner text={props.notice} />
      <h1 class="govuk-heading-l" safe>
        {t('admin.units.title')}
      </h1>
      <p class="govuk-body" safe>
        {t('admin.units.intro')}
      </p>
      <a class="govuk-button" data-module="govuk-button" href="/admin/units/new" safe>
        {t('admin.units.add')}
      </a>
      {branch(null)}
    </Layout>
  );
}
