import { SuccessNotice, Tag } from '../../../../platform/views/components.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { ProgrammeRow } from '../../programmes.catalogue.ts';

/** `/programmes`: the catalogue, active programmes first, each with its sessions, capacity and languages. */
export function CatalogueView({ context, programmes }: { context: PageContext; programmes: ProgrammeRow[] }): JSX.Element {
  const { t, locale } = context.i18n;
  return (
    <Layout context={context} title={t('programmes.page.catalogue.title')}>
      <h1 class="govuk-heading-l" safe>
        {t('programmes.page.catalogue.title')}
      </h1>
      <p class="govuk-body" safe>
        {t('programmes.page.catalogue.intro')}
      </p>
      <table class="govuk-table">
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header" safe>
              {t('programmes.page.column.programme')}
            </th>
            <th scope="col" class="govuk-table__header govuk-table__header--numeric" safe>
              {t('programmes.page.field.sessionCount')}
            </th>
            <th scope="col" class="govuk-table__header govuk-table__header--numeric" safe>
              {t('programmes.page.field.defaultCapacity')}
            </th>
            <th scope="col" class="govuk-table__header" safe>
              {t('programmes.page.field.deliveryLanguages')}
            </th>
            <th scope="col" class="govuk-table__header" safe>
              {t('programmes.page.field.status')}
            </th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {programmes.map((programme) => (
            <tr class="govuk-table__row">
              <td class="govuk-table__cell">
                <a class="govuk-link" href={`/programmes/${programme.code}`} safe>
                  {programme.title[locale]}
                </a>
                {programme.source === 'pbf_training_modules' ? (
                  <p class="govuk-body-s govuk-!-margin-bottom-0" safe>
                    {t('programmes.source.pbf_training_modules')}
                  </p>
                ) : (
                  ''
                )}
              </td>
              <td class="govuk-table__cell govuk-table__cell--numeric">{programme.sessionCount}</td>
              <td class="govuk-table__cell govuk-table__cell--numeric">{programme.defaultCapacity}</td>
              <td class="govuk-table__cell" safe>
                {programme.deliveryLanguages
                  .map((language) => t(`people.record.language.${language}` as 'people.record.language.ky'))
                  .join(', ')}
              </td>
              <td class="govuk-table__cell">
                <Tag text={t(`programmes.status.${programme.status}`)} colour={programme.status === 'active' ? 'green' : 'grey'} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}

/** `/programmes/:code`: what the programme is, what it targets and who may take part. */
export function ProgrammeView(props: { context: PageContext; programme: ProgrammeRow; mayEdit: boolean; notice?: string | undefined }) {
  const { context, programme } = props;
  const { t, locale } = context.i18n;
  const any = t('programmes.page.any');
  const list = (values: readonly string[], key: (value: string) => string) => (values.length === 0 ? any : values.map(key).join(', '));
  const age =
    programme.ageMin === null && programme.ageMax === null
      ? any
      : t('programmes.page.ageRange', { min: programme.ageMin ?? '—', max: programme.ageMax ?? '—' });
  const rows: [string, string][] = [
    [t('programmes.page.field.source'), t(`programmes.source.${programme.source}`)],
    [t('programmes.page.field.targetNeeds'), programme.targetNeeds.join(', ') || any],
    [t('programmes.page.field.sexes'), list(programme.sexes, (sex) => t(`people.sex.${sex}` as 'people.sex.male'))],
    [t('programmes.page.field.age'), age],
    [t('programmes.page.field.riskLevels'), list(programme.riskLevels, (level) => t(`programmes.risk.${level}` as 'programmes.risk.low'))],
    [
      t('programmes.page.field.legalStatuses'),
      list(programme.legalStatuses, (status) => t(`people.status.${status}` as 'people.status.other')),
    ],
    [
      t('programmes.page.field.deliveryLanguages'),
      list(programme.deliveryLanguages, (language) => t(`people.record.language.${language}` as 'people.record.language.ky')),
    ],
    [t('programmes.page.field.sessionCount'), String(programme.sessionCount)],
    [t('programmes.page.field.defaultCapacity'), String(programme.defaultCapacity)],
    [t('programmes.page.field.status'), t(`programmes.status.${programme.status}`)],
  ];
  return (
    <Layout context={context} title={programme.title[locale]}>
      <a href="/programmes" class="govuk-back-link" safe>
        {t('programmes.page.catalogue.title')}
      </a>
      <SuccessNotice text={props.notice} />
      <span class="govuk-caption-l" safe>
        {programme.code}
      </span>
      <h1 class="govuk-heading-l" safe>
        {programme.title[locale]}
      </h1>
      <p class="govuk-body" safe>
        {programme.description[locale]}
      </p>
      <dl class="govuk-summary-list">
        {rows.map(([key, value]) => (
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key" safe>
              {key}
            </dt>
            <dd class="govuk-summary-list__value" safe>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      {props.mayEdit ? (
        <a class="govuk-button" href={`/programmes/${programme.code}/edit`} safe>
          {t('programmes.page.edit')}
        </a>
      ) : (
        ''
      )}
    </Layout>
  );
}
