import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { auditActorOf } from '../../../../platform/audit/audit.service.ts';
import type { Database } from '../../../../platform/db/pool.ts';
import { AppError } from '../../../../platform/http/errors.ts';
import { formErrors } from '../../../../platform/http/forms.ts';
import type { PageContextFactory } from '../../../../platform/http/page-context.ts';
import type { FieldError } from '../../../../platform/views/components.tsx';
import { adminErrors } from '../../admin.errors.ts';
import { tokenExpiry } from '../../admin.models.ts';
import { idParams, tokenCreateForm } from '../../admin.schemas.ts';
import { createApiToken, listApiTokens, listServiceAccounts, revokeApiToken } from '../../admin.service.ts';
import { ApiTokensView, type TokenFormValues } from './api-tokens.view.tsx';

const config = { permission: 'api_tokens:manage' } as const;

/** `/admin/api-tokens`: create a token for a service account (its secret shown once), list and revoke tokens. */
export async function apiTokenPageRoutes(app: FastifyInstance, deps: { db: Database; pageContext: PageContextFactory }) {
  const render = async (
    request: FastifyRequest,
    reply: FastifyReply,
    state: { form?: TokenFormValues; errors?: FieldError[]; newToken?: string; notice?: string; status?: number },
  ) => {
    const [tokens, accounts] = await Promise.all([listApiTokens(deps.db), listServiceAccounts(deps.db)]);
    // The secret is on this one response only: never cached by a browser or proxy.
    if (state.newToken) reply.header('cache-control', 'no-store');
    return reply.html(
      <ApiTokensView
        context={deps.pageContext(request, reply)}
        tokens={tokens}
        accounts={accounts.map((account) => ({ value: account.id, label: `${account.displayName} (${account.username})` }))}
        form={state.form ?? { name: '', userId: '', expiresOn: '' }}
        errors={state.errors ?? []}
        newToken={state.newToken}
        notice={state.notice}
      />,
      state.status ?? 200,
    );
  };

  app.get<{ Querystring: { revoked?: string } }>('/admin/api-tokens', { config }, async (request, reply) =>
    render(request, reply, { notice: request.query.revoked ? request.i18n.t('admin.tokens.revokedNotice') : undefined }),
  );

  app.post<{ Body: Record<string, string | undefined> }>('/admin/api-tokens', { config }, async (request, reply) => {
    const { t } = request.i18n;
    const body = request.body ?? {};
    const form = { name: String(body.name ?? ''), userId: String(body.userId ?? ''), expiresOn: String(body.expiresOn ?? '') };
    const labels = { name: t('admin.tokens.name'), userId: t('admin.tokens.account'), expiresOn: t('admin.tokens.expires') };
    const parsed = tokenCreateForm.safeParse(body);
    const errors = parsed.success ? [] : formErrors(parsed.error.issues, labels, t);
    const expiry = tokenExpiry(form.expiresOn.trim(), new Date());
    if ('problem' in expiry && !errors.some((error) => error.field === 'expiresOn')) {
      const messages = {
        invalid: t('validation.invalid', { field: labels.expiresOn }),
        past: t('admin.tokens.expiryPast'),
        too_far: t('admin.tokens.expiryTooFar'),
      };
      errors.push({ field: 'expiresOn', message: messages[expiry.problem] });
    }
    if (!parsed.success || !('expiresAt' in expiry) || errors.length > 0) return render(request, reply, { form, errors, status: 400 });
    try {
      const { token } = await createApiToken(deps.db, auditActorOf(request), {
        userId: parsed.data.userId,
        name: parsed.data.name,
        expiresAt: expiry.expiresAt,
      });
      return await render(request, reply, { newToken: token });
    } catch (error) {
      if (error instanceof AppError && error.code === 'admin.not_service_account')
        return render(request, reply, {
          form,
          errors: [{ field: 'userId', message: t('validation.invalid', { field: labels.userId }) }],
          status: 400,
        });
      throw error;
    }
  });

  app.post<{ Params: { id: string } }>('/admin/api-tokens/:id/revoke', { config }, async (request, reply) => {
    if (!idParams.safeParse(request.params).success) throw adminErrors.tokenNotFound();
    await revokeApiToken(deps.db, auditActorOf(request), request.params.id);
    return reply.redirect('/admin/api-tokens?revoked=1', 303);
  });
}
