import { CsrfField, Tag } from '../../../views/components.tsx';
import { Layout } from '../../../views/layout.tsx';
import type { PageContext } from '../../../views/page-context.ts';

export type GrantRow = {
  id: string;
  username: string;
  displayName: string;
  resourceType: string;
  resourceId: string;
  reason: string;
  grantedAt: Date;
  expiresAt: Date;
  reviewedAt: Date | null;
  reviewNote: string | null;
};

/** The privacy officer's review of emergency access: who opened what outside their units, and why. */
export function BreakGlassReviewView(props: { context: PageContext; grants: GrantRow[]; reviewed: boolean }): JSX.Element {
  const { t, formatDateTime } = props.context.i18n;
  return (
    <Layout context={props.context} title={t('access.review.title')}>
      {props.reviewed ? (
        <div class="govuk-notification-banner govuk-notification-banner--success" role="alert" data-module="govuk-notification-banner">
          <div class="govuk-notification-banner__content">
            <p class="govuk-notification-banner__heading" safe>
              {t('access.review.done')}
            </p>
          </div>
        </div>
      ) : (
        ''
      )}
      <h1 class="govuk-heading-l" safe>
        {t('access.review.title')}
      </h1>
      <p class="govuk-body" safe>
        {t('access.review.intro')}
      </p>
      {props.grants.length === 0 ? (
        <p class="govuk-body" safe>
          {t('access.review.empty')}
        </p>
      ) : (
        <table class="govuk-table">
          <caption class="govuk-table__caption govuk-visually-hidden" safe>
            {t('access.review.title')}
          </caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              {(['user', 'record', 'reason', 'granted', 'status'] as const).map((column) => (
                <th scope="col" class="govuk-table__header" safe>
                  {t(`access.review.column.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {props.grants.map((grant) => (
              <tr class="govuk-table__row">
                <td class="govuk-table__cell" safe>
                  {`${grant.displayName} (${grant.username})`}
                </td>
                <td class="govuk-table__cell" safe>
                  {`${grant.resourceType} ${grant.resourceId}`}
                </td>
                <td class="govuk-table__cell" safe>
                  {grant.reason}
                </td>
                <td class="govuk-table__cell" safe>
                  {`${formatDateTime(grant.grantedAt)} – ${formatDateTime(grant.expiresAt)}`}
                </td>
                <td class="govuk-table__cell">
                  {grant.reviewedAt ? (
                    <ReviewedCell context={props.context} grant={grant} />
                  ) : (
                    <ReviewForm context={props.context} grant={grant} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

function ReviewedCell({ context, grant }: { context: PageContext; grant: GrantRow }): JSX.Element {
  return (
    <>
      <Tag text={context.i18n.t('access.review.reviewed')} colour="green" />
      <p class="govuk-body-s" safe>
        {grant.reviewNote ?? ''}
      </p>
    </>
  );
}

function ReviewForm({ context, grant }: { context: PageContext; grant: GrantRow }): JSX.Element {
  const { t } = context.i18n;
  const id = `note-${grant.id}`;
  return (
    <form method="post" action={`/access/break-glass/review/${grant.id}`} novalidate>
      <CsrfField token={context.csrfToken} />
      <Tag text={t('access.review.open')} colour="orange" />
      <div class="govuk-form-group">
        <label class="govuk-label govuk-label--s" for={id} safe>
          {t('access.review.note')}
        </label>
        <input class="govuk-input" id={id} name="note" type="text" />
      </div>
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button" safe>
        {t('access.review.submit')}
      </button>
    </form>
  );
}
