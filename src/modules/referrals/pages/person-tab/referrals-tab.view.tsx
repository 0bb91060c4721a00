import { Tag } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { PersonLayout, type PersonHeaderModel } from '../../../people/people.service.ts';
import type { ConsentListItem } from '../../referrals.consents.ts';
import type { ReferralListItem } from '../../referrals.queries.ts';
import { Notice, serviceLabel, StatusTag } from '../referral.components.tsx';

type Data = { referrals: ReferralListItem[]; consents: ConsentListItem[]; mayMake: boolean };

/** The person's referrals tab: referrals, then consents with their state and history. */
export function ReferralsTabView(props: { context: PageContext; header: PersonHeaderModel; data: Data; notice?: string | undefined }) {
  const { context, header, data } = props;
  const { t, locale, formatDate } = context.i18n;
  const base = `/people/${header.id}/referrals`;
  return (
    <PersonLayout context={context} person={header} tab="referrals" title={t('people.tab.referrals')}>
      <Notice text={props.notice} />
      <h1 class="govuk-heading-l" safe>
        {t('people.tab.referrals')}
      </h1>
      {data.mayMake ? (
        <div class="govuk-button-group">
          <a class="govuk-button" href={`${base}/new`} safe>
            {t('referrals.page.make')}
          </a>
          <a class="govuk-button govuk-button--secondary" href={`${base}/consents/new`} safe>
            {t('referrals.page.recordConsent')}
          </a>
        </div>
      ) : (
        ''
      )}
      {data.referrals.length === 0 ? (
        <p class="govuk-body" safe>
          {t('referrals.page.noReferrals')}
        </p>
      ) : (
        <table class="govuk-table">
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              {(
                [
                  'referrals.page.partner',
                  'referrals.page.service',
                  'referrals.page.sentOn',
                  'referrals.page.status',
                  'referrals.page.sessions',
                ] as const
              ).map((key) => (
                <th scope="col" class="govuk-table__header" safe>
                  {t(key)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {data.referrals.map((referral) => (
              <tr class="govuk-table__row">
                <td class="govuk-table__cell">
                  {data.mayMake ? (
                    <a class="govuk-link" href={`${base}/${referral.id}`} safe>
                      {referral.partnerName[locale]}
                    </a>
                  ) : (
                    <span safe>{referral.partnerName[locale]}</span>
                  )}
                </td>
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
      <h2 class="govuk-heading-m" safe>
        {t('referrals.consent.title')}
      </h2>
      {data.consents.length === 0 ? (
        <p class="govuk-body" safe>
          {t('referrals.consent.none')}
        </p>
      ) : (
        data.consents.map((consent) => (
          <div class="govuk-summary-card">
            <div class="govuk-summary-card__title-wrapper">
              <h3 class="govuk-summary-card__title" safe>
                {consent.partnerName[locale]}
              </h3>
              <Tag text={t(`referrals.consentState.${consent.state}`)} colour={consent.state === 'valid' ? 'green' : 'grey'} />
            </div>
            <div class="govuk-summary-card__content">
              <p class="govuk-body" safe>
                {t('referrals.consent.summary', {
                  groups: consent.scope.map((group) => t(`referrals.group.${group}` as 'referrals.group.identity')).join(', '),
                  givenOn: formatDate(consent.givenOn),
                  validUntil: formatDate(consent.validUntil),
                  form: consent.formReference,
                  by: consent.recordedByName,
                })}
              </p>
              {consent.withdrawnOn ? (
                <p class="govuk-body" safe>
                  {t('referrals.consent.withdrawnSummary', { on: formatDate(consent.withdrawnOn), reason: consent.withdrawalReason ?? '' })}
                </p>
              ) : (
                ''
              )}
              {data.mayMake && consent.state === 'valid' ? (
                <a class="govuk-link" href={`${base}/consents/${consent.id}/withdraw`} safe>
                  {t('referrals.consent.withdraw')}
                </a>
              ) : (
                ''
              )}
            </div>
          </div>
        ))
      )}
    </PersonLayout>
  );
}
