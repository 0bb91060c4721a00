import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { ReferralListItem } from '../../referrals.queries.ts';
import { serviceLabel, StatusTag } from '../referral.components.tsx';

/**
 * A list of referrals: the officer's own (with the partner) or a partner's (without it; the person's name only
 * where the consent shares identity, otherwise "name not shared").
 */
export function ReferralListView(props: {
  context: PageContext;
  title: string;
  referrals: ReferralListItem[];
  hrefOf: (referral: ReferralListItem) => string;
  showPartner: boolean;
}) {
  const { context } = props;
  const { t, locale, formatDate } = context.i18n;
  const headers = [
    'referrals.page.person',
    ...(props.showPartner ? ['referrals.page.partner'] : []),
    'referrals.page.service',
    'referrals.page.sentOn',
    'referrals.page.status',
    'referrals.page.sessions',
  ] as 'referrals.page.person'[];
  return (
    <Layout context={context} title={props.title}>
      <h1 class="govuk-heading-l" safe>
        {props.title}
      </h1>
      {props.referrals.length === 0 ? (
        <p class="govuk-body" safe>
          {t('referrals.page.noReferrals')}
        </p>
      ) : (
        <table class="govuk-table">
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              {headers.map((key) => (
                <th scope="col" class="govuk-table__header" safe>
                  {t(key)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {props.referrals.map((referral) => (
              <tr class="govuk-table__row">
                <td class="govuk-table__cell">
                  <a class="govuk-link" href={props.hrefOf(referral)} safe>
                    {referral.personName ?? t('referrals.partner.nameNotShared')}
                  </a>
                </td>
                {props.showPartner ? (
                  <td class="govuk-table__cell" safe>
                    {referral.partnerName[locale]}
                  </td>
                ) : (
                  ''
                )}
                <td class="govuk-table__cell" safe>
                  {serviceLabel(context, referral.service)}
                </td>
                <td class="govuk-table__cell" safe>
                  {formatDate(referral.sentOn)}
                </td>
                <td class="govuk-table__cell">
                  <StatusTag context={context} status={referral.status} />
                </td>
                <td class="govuk-table__cell" safe>
                  {String(referral.sessions)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
