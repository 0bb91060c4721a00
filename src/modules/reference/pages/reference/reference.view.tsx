import type { LocalisedName } from '../../../../platform/org/org.tables.ts';
import { Tag } from '../../../../platform/views/components.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { OrgUnitRow } from '../../reference.repository.ts';

type TerritoryItem = { code: string; kind: string; parentCode: string | null; name: LocalisedName; projectLocation: boolean };

export function ReferenceView(props: {
  context: PageContext;
  territories: TerritoryItem[];
  units: OrgUnitRow[];
  canEdit: boolean;
  saved: boolean;
}): JSX.Element {
  const { context, territories, units, canEdit } = props;
  const { t, locale } = context.i18n;
  const nameOf = new Map(territories.map((territory) => [territory.code, territory.name[locale]]));
  const unitNames = new Map(units.map((unit) => [unit.code, unit.name[locale]]));
  const topLevel = territories.filter((territory) => territory.parentCode === null);
  const parentNameOf = (unit: OrgUnitRow): string => (unit.parentCode ? (unitNames.get(unit.parentCode) ?? '') : '');
  const territoryNameOf = (unit: OrgUnitRow): string => (unit.territoryName ? unit.territoryName[locale] : '');
  return (
    <Layout context={context} title={t('reference.title')}>
      {props.saved ? (
        <div class="govuk-notification-banner govuk-notification-banner--success" role="alert" data-module="govuk-notification-banner">
          <div class="govuk-notification-banner__content">
            <p class="govuk-notification-banner__heading" safe>
              {t('reference.saved')}
            </p>
          </div>
        </div>
      ) : (
        ''
      )}
      <h1 class="govuk-heading-l" safe>
        {t('reference.title')}
      </h1>
      <div class="govuk-inset-text">
        <p class="govuk-body">
          <Tag text={t('reference.editableTag')} colour="orange" />
        </p>
        <p class="govuk-body" safe>
          {t('reference.editableNotice')}
        </p>
      </div>

      <h2 class="govuk-heading-m" safe>
        {t('reference.projectLocations')}
      </h2>
      <ul class="govuk-list govuk-list--bullet">
        {territories
          .filter((territory) => territory.projectLocation)
          .map((territory) => (
            <li safe>{`${territory.name[locale]}${territory.parentCode ? ` (${nameOf.get(territory.parentCode) ?? ''})` : ''}`}</li>
          ))}
      </ul>

      <h2 class="govuk-heading-m" safe>
        {t('reference.orgUnits')}
      </h2>
      <p class="govuk-body" safe>
        {t('reference.count', { count: units.length })}
      </p>
      <table class="govuk-table">
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header" safe>
              {t('reference.column.name')}
            </th>
            <th scope="col" class="govuk-table__header" safe>
              {t('reference.column.kind')}
            </th>
            <th scope="col" class="govuk-table__header" safe>
              {t('reference.column.parent')}
            </th>
            <th scope="col" class="govuk-table__header" safe>
              {t('reference.column.territory')}
            </th>
            {canEdit ? (
              <th scope="col" class="govuk-table__header" safe>
                {t('reference.column.actions')}
              </th>
            ) : (
              ''
            )}
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {units.map((unit) => (
            <tr class="govuk-table__row" id={`unit-${unit.code}`}>
              <td class="govuk-table__cell">
                <span safe>{unit.name[locale]}</span>
                {unit.veUnit ? (
                  <>
                    {' '}
                    <Tag text={t('reference.veUnit')} colour="purple" />
                  </>
                ) : (
                  ''
                )}
                {unit.active ? (
                  ''
                ) : (
                  <>
                    {' '}
                    <Tag text={t('reference.inactive')} colour="grey" />
                  </>
                )}
              </td>
              <td class="govuk-table__cell">
                <span safe>{t(`unitKind.${unit.kind}`)}</span>
                {unit.regime && unit.kind !== 'colony_settlement' ? (
                  <span class="govuk-hint kadam-cell-hint" safe>
                    {t(`regime.${unit.regime}`)}
                  </span>
                ) : (
                  ''
                )}
              </td>
              <td class="govuk-table__cell" safe>
                {parentNameOf(unit)}
              </td>
              <td class="govuk-table__cell" safe>
                {territoryNameOf(unit)}
              </td>
              {canEdit ? (
                <td class="govuk-table__cell">
                  <a class="govuk-link" href={`/reference/org-units/${encodeURIComponent(unit.code)}/edit`}>
                    <span safe>{t('reference.edit')}</span>
                    <span class="govuk-visually-hidden" safe>{` ${unit.name[locale]}`}</span>
                  </a>
                </td>
              ) : (
                ''
              )}
            </tr>
          ))}
        </tbody>
      </table>

      <h2 class="govuk-heading-m" safe>
        {t('reference.territories')}
      </h2>
      {topLevel.map((parent) => {
        const children = territories.filter((territory) => territory.parentCode === parent.code);
        return (
          <details class="govuk-details">
            <summary class="govuk-details__summary">
              <span class="govuk-details__summary-text" safe>
                {`${parent.name[locale]} — ${t(`territoryKind.${parent.kind as 'oblast'}`)}`}
              </span>
            </summary>
            <div class="govuk-details__text">
              <ul class="govuk-list">
                {children.map((child) => (
                  <li>
                    <span safe>{`${child.name[locale]} — ${t(`territoryKind.${child.kind as 'district'}`)}`}</span>
                    {child.projectLocation ? (
                      <>
                        {' '}
                        <Tag text={t('reference.projectLocation')} colour="blue" />
                      </>
                    ) : (
                      ''
                    )}
                  </li>
                ))}
              </ul>
            </div>
          </details>
        );
      })}
    </Layout>
  );
}
