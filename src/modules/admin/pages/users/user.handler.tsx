import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { auditActorOf } from '../../../../platform/audit/audit.service.ts';
import { addRole, removeRole, resetTwoFactor } from '../../../../platform/auth/user-access.service.ts';
import { disableUser, enableUser, resetPassword, UserAdminError, type UserChangeOptions } from '../../../../platform/auth/users.service.ts';
import type { Database } from '../../../../platform/db/pool.ts';
import { formErrors } from '../../../../platform/http/forms.ts';
import type { PageContextFactory } from '../../../../platform/http/page-context.ts';
import type { FieldError } from '../../../../platform/views/components.tsx';
import { adminErrors } from '../../admin.errors.ts';
import type { AdminUser } from '../../admin.repository.ts';
import { idParams, roleAddForm, roleRemoveForm, userActionForm } from '../../admin.schemas.ts';
import { findUserById, viewUser } from '../../admin.service.ts';
import { passwordError, unitOptions } from './users.handler.tsx';
import { type RoleFormValues, UserView } from './user.view.tsx';

type Body = Record<string, string | undefined>;
type Request = FastifyRequest<{ Params: { id: string }; Body: Body }>;
const config = { permission: 'users:manage' } as const;
const DONE = ['role_add', 'role_remove', 'disable', 'enable', 'reset_password', 'reset_two_factor'] as const;
type Done = (typeof DONE)[number];

/** `/admin/users/:id`: one account, and the actions on it (each ends the user's sessions where it must). */
export async function userPageRoutes(app: FastifyInstance, deps: { db: Database; pageContext: PageContextFactory }) {
  const load = async (id: string): Promise<AdminUser> => {
    const user = idParams.safeParse({ id }).success ? await findUserById(deps.db, id) : undefined;
    if (!user) throw adminErrors.userNotFound();
    return user;
  };
  const render = async (
    request: FastifyRequest,
    reply: FastifyReply,
    user: AdminUser,
    state: { version?: string; roleForm?: RoleFormValues; errors?: FieldError[]; conflict?: boolean; notice?: string; status?: number },
  ) =>
    reply.html(
      <UserView
        context={deps.pageContext(request, reply)}
        user={user}
        version={state.version ?? String(user.version)}
        units={await unitOptions(deps.db, request.i18n.locale)}
        roleForm={state.roleForm ?? { role: '', unitCode: '' }}
        errors={state.errors ?? []}
        conflict={state.conflict ?? false}
        notice={state.notice}
      />,
      state.status ?? 200,
    );

  app.get<{ Params: { id: string }; Querystring: { done?: string } }>('/admin/users/:id', { config }, async (request, reply) => {
    const valid = idParams.safeParse({ id: request.params.id }).success;
    const user = valid ? await viewUser(deps.db, auditActorOf(request), request.params.id) : undefined;
    if (!user) throw adminErrors.userNotFound();
    const done = DONE.find((entry) => entry === request.query.done);
    return render(request, reply, user, { notice: done ? request.i18n.t(`admin.user.done.${done}`) : undefined });
  });

  /**
   * Runs one action as of the version on the page. A stale version shows the page again with the conflict
   * message (and the hidden version still stale), and what was typed in the role form kept.
   */
  const action = (
    path: string,
    done: Done,
    run: (request: Request, user: AdminUser, options: UserChangeOptions) => Promise<FieldError[] | void>,
  ) =>
    app.post<{ Params: { id: string }; Body: Body }>(`/admin/users/:id/${path}`, { config }, async (request, reply) => {
      const user = await load(request.params.id);
      const body = request.body ?? {};
      const roleForm = { role: String(body.role ?? ''), unitCode: String(body.unitCode ?? '') };
      const version = userActionForm.safeParse(body);
      if (!version.success) throw adminErrors.staleVersion();
      try {
        const errors = await run(request, user, { actor: auditActorOf(request), expectedVersion: Number(version.data.version) });
        if (errors && errors.length > 0)
          return render(request, reply, user, { version: version.data.version, roleForm, errors, status: 400 });
      } catch (error) {
        if (error instanceof UserAdminError && error.code === 'users.stale_version')
          return render(request, reply, user, { version: version.data.version, roleForm, conflict: true, status: 409 });
        throw error;
      }
      return reply.redirect(`/admin/users/${user.id}?done=${done}`, 303);
    });

  action('roles', 'role_add', async (request, user, options) => {
    const { t } = request.i18n;
    const parsed = roleAddForm.safeParse(request.body ?? {});
    if (!parsed.success) return formErrors(parsed.error.issues, { role: t('admin.users.role'), unitCode: t('admin.users.unit') }, t);
    try {
      await addRole(deps.db, user.username, parsed.data, options);
    } catch (error) {
      if (error instanceof UserAdminError && error.code === 'users.unknown_unit')
        return [{ field: 'unitCode', message: t('validation.invalid', { field: t('admin.users.unit') }) }];
      throw error;
    }
  });
  action('roles/remove', 'role_remove', async (request, user, options) => {
    const parsed = roleRemoveForm.safeParse(request.body ?? {});
    if (!parsed.success) throw adminErrors.userNotFound();
    await removeRole(deps.db, user.username, parsed.data.roleId, options).catch((error: unknown) => {
      // The role is not (or no longer) this user's: answer as for any record that is not there.
      if (error instanceof UserAdminError && error.code === 'users.unknown_role') throw adminErrors.userNotFound();
      throw error;
    });
  });
  action('disable', 'disable', (_request, user, options) => disableUser(deps.db, user.username, options));
  action('enable', 'enable', (_request, user, options) => enableUser(deps.db, user.username, options));
  action('reset-password', 'reset_password', async (request, user, options) => {
    const password = String(request.body?.password ?? '');
    const errors = passwordError(request.i18n.t, password, user);
    if (errors.length > 0) return errors;
    await resetPassword(deps.db, user.username, password, options);
  });
  action('reset-two-factor', 'reset_two_factor', (_request, user, options) => resetTwoFactor(deps.db, user.username, options));
}
