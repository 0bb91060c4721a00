import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { PartnerDetails } from '../../partners.directory.ts';

/** `/partners/:code`: one partner's entry, its contact people, and an edit button for `partners:manage`. */
export function PartnerView(props: { context: PageContext; partner: PartnerDetails; mayEdit: boolean; saved: boolean }) {
  const { t, locale } = props.context.i18n;
  const { partner } = props;
  const rows: [string, string][] = [
    [t('partners.page.kind'), partner.kind ? t(`partners.kind.${partner.kind}`) : t('partners.page.noEntry')],
    [t('partners.page.description'), partner.description ?? '—'],
    [
      t('partners.page.services'),
      partner.services.map((code) => t(`partners.service.${code}` as 'partners.service.housing')).join(', ') || '—',
    ],
    [t('partners.page.districts'), partner.districts.map((district) => district.name[locale]).join(', ') || '—'],
    [t('partners.page.status'), t(partner.active ? 'partners.page.active' : 'partners.page.inactive')],
  ];
  return (
    <Layout context={props.context} title={partner.name[locale]}>
      {props.saved ? (
        <div class="govuk-notification-banner govuk-notification-banner--success" role="alert">
          <div class="govuk-notification-banner__content">
            <p class="govuk-notification-banner__heading" safe>
              {t('partners.page.saved')}
            </p>
          </div>
        </div>
      ) : (
        ''
      )}
      <h1 class="govuk-heading-l" safe>
        {partner.name[locale]}
      </h1>
      <dl class="govuk-summary-list">
        {rows.map(([label, value]) => (
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key" safe>
              {label}
            </dt>
            <dd class="govuk-summary-list__value" safe>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <h2 class="govuk-heading-m" safe>
        {t('partners.page.contacts')}
      </h2>
      {partner.contacts.length === 0 ? (
        <p class="govuk-body" safe>
          {t('partners.page.noContacts')}
        </p>
      ) : (
        <ul class="govuk-list">
          {partner.contacts.map((contact) => (
            <li safe>{[contact.name, contact.phone, contact.email].filter(Boolean).join(' · ')}</li>
          ))}
        </ul>
      )}
      {props.mayEdit ? (
        <a class="govuk-button" href={`/partners/${encodeURIComponent(partner.code)}/edit`} safe>
          {t('partners.page.edit')}
        </a>
      ) : (
        ''
      )}
    </Layout>
  );
}
