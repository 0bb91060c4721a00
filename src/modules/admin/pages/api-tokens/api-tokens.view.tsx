import { CsrfField, ErrorSummary, type FieldError, Tag, TextInput } from '../../../../platform/views/components.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { listApiTokens } from '../../admin.repository.ts';
import { errorFor, type Option, Select, SuccessBanner } from '../admin.components.tsx';

type TokenRow = Awaited<ReturnType<typeof listApiTokens>>[number];
export type TokenFormValues = { name: string; userId: string; expiresOn: string };

/** The tokens (never their secrets), the form to create one, and, once, the secret of the one just created. */
export function ApiTokensView(props: {
  context: PageContext;
  tokens: TokenRow[];
  accounts: Option[];
  form: TokenFormValues;
  errors: FieldError[];
  newToken?: string | undefined;
  notice?: string | undefined;
}): JSX.Element {
  const { context, form, errors, tokens } = props;
  const { t, formatDate, formatDateTime } = context.i18n;
  const now = new Date();
  const stateOf = (token: TokenRow): JSX.Element =>
    token.revokedAt ? (
      <Tag text={t('admin.tokens.revoked')} colour="grey" />
    ) : token.expiresAt <= now ? (
      <Tag text={t('admin.tokens.expired')} colour="orange" />
    ) : (
      <Tag text={t('admin.tokens.active')} colour="green" />
    );
  const headers = ['name', 'account', 'prefix', 'created', 'expires', 'lastUsed', 'state'] as const;
  return (
    <Layout context={context} title={t('admin.tokens.title')}>
      <SuccessBanner text={props.notice} />
      <ErrorSummary title={t('error.summaryTitle')} errors={errors} />
      <h1 class="govuk-heading-l" safe>
        {t('admin.tokens.title')}
      </h1>
      <p class="govuk-body" safe>
        {t('admin.tokens.intro')}
      </p>
      {props.newToken ? (
        <div class="govuk-panel govuk-panel--confirmation">
          <div class="govuk-panel__body">
            <p safe>{t('admin.tokens.shownOnce')}</p>
            <code class="kadam-token" id="new-token" safe>
              {props.newToken}
            </code>
          </div>
        </div>
      ) : (
        ''
      )}
      {tokens.length === 0 ? (
        <p class="govuk-body" safe>
          {t('admin.tokens.none')}
        </p>
      ) : (
        <table class="govuk-table">
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              {headers.map((header) => (
                <th scope="col" class="govuk-table__header" safe>
                  {t(`admin.tokens.${header}`)}
                </th>
              ))}
              <th scope="col" class="govuk-table__header" safe>
                {t('admin.column.actions')}
              </th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {tokens.map((token) => (
              <tr class="govuk-table__row">
                <td class="govuk-table__cell" safe>
                  {token.name}
                </td>
                <td class="govuk-table__cell" safe>
                  {token.username}
                </td>
                <td class="govuk-table__cell">
                  <code safe>{`${token.prefix}…`}</code>
                </td>
                <td class="govuk-table__cell" safe>
                  {formatDate(token.createdAt)}
                </td>
                <td class="govuk-table__cell" safe>
                  {formatDate(token.expiresAt)}
                </td>
                <td class="govuk-table__cell" safe>
                  {token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t('admin.tokens.never')}
                </td>
                <td class="govuk-table__cell">{stateOf(token)}</td>
                <td class="govuk-table__cell">
                  {token.revokedAt ? (
                    ''
                  ) : (
                    <form method="post" action={`/admin/api-tokens/${token.id}/revoke`} novalidate>
                      <CsrfField token={context.csrfToken} />
                      <button
                        type="submit"
                        class="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
                        data-module="govuk-button"
                        safe
                      >
                        {t('admin.tokens.revoke')}
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 class="govuk-heading-m" safe>
        {t('admin.tokens.create')}
      </h2>
      {props.accounts.length === 0 ? (
        <p class="govuk-body" safe>
          {t('admin.tokens.noServiceAccounts')}
        </p>
      ) : (
        <form method="post" action="/admin/api-tokens" novalidate>
          <CsrfField token={context.csrfToken} />
          <TextInput
            name="name"
            label={t('admin.tokens.name')}
            hint={t('admin.tokens.nameHint')}
            value={form.name}
            error={errorFor(errors, 'name')}
          />
          <Select
            name="userId"
            label={t('admin.tokens.account')}
            value={form.userId}
            error={errorFor(errors, 'userId')}
            options={props.accounts}
          />
          <div class={`govuk-form-group${errorFor(errors, 'expiresOn') ? ' govuk-form-group--error' : ''}`}>
            <label class="govuk-label" for="expiresOn" safe>
              {t('admin.tokens.expires')}
            </label>
            <div id="expiresOn-hint" class="govuk-hint" safe>
              {t('admin.tokens.expiresHint')}
            </div>
            {errorFor(errors, 'expiresOn') ? (
              <p id="expiresOn-error" class="govuk-error-message" safe>
                {errorFor(errors, 'expiresOn')}
              </p>
            ) : (
              ''
            )}
            <input
              class="govuk-input govuk-input--width-10"
              id="expiresOn"
              name="expiresOn"
              type="date"
              value={form.expiresOn}
              aria-describedby="expiresOn-hint"
            />
          </div>
          <button type="submit" class="govuk-button" data-module="govuk-button" safe>
            {t('admin.tokens.create')}
          </button>
        </form>
      )}
    </Layout>
  );
}
