import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { auditActorOf } from '../../../../platform/audit/audit.service.ts';
import { passwordProblems, type PasswordProblem } from '../../../../platform/auth/password-policy.ts';
import { createUser, UserAdminError } from '../../../../platform/auth/users.service.ts';
import type { Database } from '../../../../platform/db/pool.ts';
import { formErrors } from '../../../../platform/http/forms.ts';
import type { PageContextFactory } from '../../../../platform/http/page-context.ts';
import type { I18n } from '../../../../platform/i18n/translator.ts';
import type { FieldError } from '../../../../platform/views/components.tsx';
import { userCreateForm } from '../../admin.schemas.ts';
import { listUnits, searchUsers } from '../../admin.service.ts';
import type { Option } from '../admin.components.tsx';
import { type UserCreateFormValues, UserNewView } from './user-new.view.tsx';
import { UsersView } from './users.view.tsx';

type Body = Record<string, string | undefined>;
const config = { permission: 'users:manage' } as const;

const PASSWORD_MESSAGES = {
  too_short: 'auth.password.tooShort',
  common: 'auth.password.common',
  contains_name: 'auth.password.containsName',
} as const satisfies Record<PasswordProblem, string>;

/** The password rules' first complaint, in the reader's language, as a field error. */
export function passwordError(t: I18n['t'], password: string, person: { username: string; displayName: string }): FieldError[] {
  const [problem] = passwordProblems(password, person);
  return problem ? [{ field: 'password', message: t(PASSWORD_MESSAGES[problem]) }] : [];
}

/** Units a role can be held at, active ones only, labelled in the reader's language. */
export async function unitOptions(db: Database, locale: I18n['locale']): Promise<Option[]> {
  return (await listUnits(db))
    .filter((unit) => unit.active)
    .map((unit) => ({ value: unit.code, label: `${unit.name[locale]} (${unit.code})` }));
}

/** `/admin/users`: the list with its search box, and creating accounts and service accounts. */
export async function userListPageRoutes(app: FastifyInstance, deps: { db: Database; pageContext: PageContextFactory }) {
  const renderNew = async (request: FastifyRequest, reply: FastifyReply, form: UserCreateFormValues, errors: FieldError[], status = 200) =>
    reply.html(
      <UserNewView
        context={deps.pageContext(request, reply)}
        form={form}
        units={await unitOptions(deps.db, request.i18n.locale)}
        errors={errors}
      />,
      status,
    );

  app.get<{ Querystring: { q?: string; created?: string } }>('/admin/users', { config }, async (request, reply) => {
    const search = String(request.query.q ?? '')
      .trim()
      .slice(0, 100);
    const notice = request.query.created ? request.i18n.t('admin.users.created', { username: request.query.created }) : undefined;
    return reply.html(
      <UsersView
        context={deps.pageContext(request, reply)}
        users={await searchUsers(deps.db, auditActorOf(request), search)}
        search={search}
        notice={notice}
      />,
    );
  });

  app.get<{ Querystring: { service?: string } }>('/admin/users/new', { config }, async (request, reply) =>
    renderNew(
      request,
      reply,
      { username: '', displayName: '', locale: request.i18n.locale, role: '', unitCode: '', serviceAccount: request.query.service === '1' },
      [],
    ),
  );

  app.post<{ Body: Body }>('/admin/users/new', { config }, async (request, reply) => {
    const { t } = request.i18n;
    const body = request.body ?? {};
    const form: UserCreateFormValues = {
      username: String(body.username ?? ''),
      displayName: String(body.displayName ?? ''),
      locale: String(body.locale ?? ''),
      role: String(body.role ?? ''),
      unitCode: String(body.unitCode ?? ''),
      serviceAccount: body.serviceAccount === 'yes',
    };
    const labels = {
      username: t('admin.users.username'),
      displayName: t('admin.users.displayName'),
      locale: t('admin.users.language'),
      password: t('admin.users.password'),
      role: t('admin.users.role'),
      unitCode: t('admin.users.unit'),
    };
    const parsed = userCreateForm.safeParse(body);
    const errors = parsed.success ? [] : formErrors(parsed.error.issues, labels, t);
    if (!form.serviceAccount && !errors.some((error) => error.field === 'password'))
      errors.push(...passwordError(t, String(body.password ?? ''), { username: form.username, displayName: form.displayName }));
    if (!parsed.success || errors.length > 0) return renderNew(request, reply, form, errors, 400);
    const values = parsed.data;
    try {
      await createUser(
        deps.db,
        {
          username: values.username,
          displayName: values.displayName,
          password: values.password ?? '',
          locale: values.locale,
          roles: [{ role: values.role, unitCode: values.unitCode }],
          mustChangePassword: true,
          serviceAccount: form.serviceAccount,
        },
        auditActorOf(request),
      );
    } catch (error) {
      if (error instanceof UserAdminError && error.code === 'users.exists')
        return renderNew(request, reply, form, [{ field: 'username', message: t('admin.users.usernameTaken') }], 400);
      if (error instanceof UserAdminError && error.code === 'users.unknown_unit')
        return renderNew(request, reply, form, [{ field: 'unitCode', message: t('validation.invalid', { field: labels.unitCode }) }], 400);
      throw error;
    }
    return reply.redirect(`/admin/users?created=${encodeURIComponent(values.username)}`, 303);
  });
}
