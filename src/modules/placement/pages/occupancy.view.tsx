import { Layout } from '../../../platform/views/layout.tsx';
import type { PageContext } from '../../../platform/views/page-context.ts';
import type { Facility } from '../placement.facilities.ts';
import type { Occupancy } from '../placement.queries.ts';
import { cellAttributes } from './cell-fields.tsx';

/** `/facilities`: the facilities in the user's units, each with the pages the user may open. */
export function FacilitiesView(props: {
  context: PageContext;
  facilities: Facility[];
  may: { structure: boolean; overrides: boolean; report: boolean };
}) {
  const { t, locale } = props.context.i18n;
  return (
    <Layout context={props.context} title={t('placement.page.facilities')}>
      <h1 class="govuk-heading-l" safe>
        {t('placement.page.facilities')}
      </h1>
      {props.may.report ? (
        <p class="govuk-body">
          <a class="govuk-link" href="/separations" safe>
            {t('placement.page.separations')}
          </a>
        </p>
      ) : (
        ''
      )}
      <ul class="govuk-list">
        {props.facilities.map((facility) => (
          <li>
            <strong safe>{facility.name[locale]}</strong>
            {' — '}
            <a class="govuk-link" href={`/facilities/${facility.code}/occupancy`} safe>
              {t('placement.page.linkOccupancy')}
            </a>
            {props.may.structure ? (
              <>
                {' · '}
                <a class="govuk-link" href={`/facilities/${facility.code}/structure`} safe>
                  {t('placement.page.linkStructure')}
                </a>
              </>
            ) : (
              ''
            )}
            {props.may.overrides ? (
              <>
                {' · '}
                <a class="govuk-link" href={`/facilities/${facility.code}/overrides`} safe>
                  {t('placement.page.linkOverrides')}
                </a>
              </>
            ) : (
              ''
            )}
          </li>
        ))}
      </ul>
    </Layout>
  );
}

/** `/facilities/:code/occupancy`: per unit, each cell's capacity, free places, attributes and occupants. */
export function OccupancyView(props: { context: PageContext; facility: Facility; occupancy: Occupancy }) {
  const { t, locale } = props.context.i18n;
  const title = t('placement.page.occupancy', { facility: props.facility.name[locale] });
  return (
    <Layout context={props.context} title={title}>
      <a href="/facilities" class="govuk-back-link" safe>
        {t('placement.page.facilities')}
      </a>
      <h1 class="govuk-heading-l" safe>
        {title}
      </h1>
      {props.occupancy.units.length === 0 ? (
        <p class="govuk-body" safe>
          {t('placement.page.noUnits')}
        </p>
      ) : (
        ''
      )}
      {props.occupancy.units.map((unit) => {
        const used = unit.cells.reduce((sum, cell) => sum + cell.occupants, 0);
        const capacity = unit.cells.reduce((sum, cell) => sum + cell.capacity, 0);
        return (
          <>
            <h2 class="govuk-heading-m" safe>{`${unit.code} — ${unit.name} (${used}/${capacity})`}</h2>
            <table class="govuk-table">
              <thead class="govuk-table__head">
                <tr class="govuk-table__row">
                  <th class="govuk-table__header" safe>
                    {t('placement.page.cell')}
                  </th>
                  <th class="govuk-table__header" safe>
                    {t('placement.page.capacity')}
                  </th>
                  <th class="govuk-table__header" safe>
                    {t('placement.page.free')}
                  </th>
                  <th class="govuk-table__header" safe>
                    {t('placement.page.attributes')}
                  </th>
                  <th class="govuk-table__header" safe>
                    {t('placement.page.occupants')}
                  </th>
                </tr>
              </thead>
              <tbody class="govuk-table__body">
                {unit.cells.map((cell) => (
                  <tr class="govuk-table__row" data-cell={cell.code}>
                    <td class="govuk-table__cell" safe>
                      {cell.code}
                    </td>
                    <td class="govuk-table__cell">{cell.capacity}</td>
                    <td class="govuk-table__cell">{Math.max(cell.capacity - cell.occupants, 0)}</td>
                    <td class="govuk-table__cell" safe>
                      {cellAttributes(t, cell)}
                    </td>
                    <td class="govuk-table__cell">
                      {props.occupancy.occupants
                        .filter((occupant) => occupant.cellId === cell.id)
                        .map((occupant) => (
                          <>
                            <a class="govuk-link" href={`/people/${occupant.personId}/cell`} safe>
                              {occupant.name}
                            </a>
                            <br />
                          </>
                        ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        );
      })}
    </Layout>
  );
}
