import { Select } from '../../../../platform/views/components.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { LocalisedName } from '../../../../platform/org/org.tables.ts';
import type { PartnerSummary } from '../../partners.directory.ts';
import { PARTNER_SERVICES } from '../../partners.tables.ts';

/** `/partners`: the partner organisations with the services they offer and the districts they cover. */
export function DirectoryView(props: {
  context: PageContext;
  partners: PartnerSummary[];
  districts: { id: string; name: LocalisedName }[];
  filters: { service: string; district: string };
}) {
  const { t, locale } = props.context.i18n;
  const serviceOptions = PARTNER_SERVICES.map((code) => ({ value: code, label: t(`partners.service.${code}`) }));
  return (
    <Layout context={props.context} title={t('partners.page.directory.title')}>
      <h1 class="govuk-heading-l" safe>
        {t('partners.page.directory.title')}
      </h1>
      <form method="get" action="/partners" class="kadam-filters">
        <Select
          name="service"
          label={t('partners.page.service')}
          options={serviceOptions}
          value={props.filters.service}
          blank={t('partners.page.any')}
        />
        <Select
          name="district"
          label={t('partners.page.district')}
          options={props.districts.map((district) => ({ value: district.id, label: district.name[locale] }))}
          value={props.filters.district}
          blank={t('partners.page.any')}
        />
        <button class="govuk-button govuk-button--secondary" type="submit" safe>
          {t('partners.page.filter')}
        </button>
      </form>
      {props.partners.length === 0 ? (
        <p class="govuk-body" safe>
          {t('partners.page.directory.none')}
        </p>
      ) : (
        <table class="govuk-table">
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              {(['partners.page.name', 'partners.page.kind', 'partners.page.services', 'partners.page.districts'] as const).map((key) => (
                <th scope="col" class="govuk-table__header" safe>
                  {t(key)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {props.partners.map((partner) => (
              <tr class="govuk-table__row">
                <td class="govuk-table__cell">
                  <a class="govuk-link" href={`/partners/${encodeURIComponent(partner.code)}`} safe>
                    {partner.name[locale]}
                  </a>
                </td>
                <td class="govuk-table__cell" safe>
                  {partner.kind ? t(`partners.kind.${partner.kind}`) : t('partners.page.noEntry')}
                </td>
                <td class="govuk-table__cell" safe>
                  {partner.services.map((code) => t(`partners.service.${code}` as 'partners.service.housing')).join(', ')}
                </td>
                <td class="govuk-table__cell" safe>
                  {partner.districts.map((district) => district.name[locale]).join(', ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="govuk-body govuk-hint" safe>
        {t('partners.page.directory.howToAdd')}
      </p>
    </Layout>
  );
}
