import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { auditActorOf } from '../../../../platform/audit/audit.service.ts';
import { findUserByUsername } from '../../../../platform/auth/auth.repository.ts';
import type { Database } from '../../../../platform/db/pool.ts';
import type { PageContextFactory } from '../../../../platform/http/page-context.ts';
import type { FieldError } from '../../../../platform/views/components.tsx';
import { todayInBishkek } from '../../../people/people.service.ts';
import { grantAccreditation, listAccreditations, revokeAccreditation } from '../../accreditations.ts';
import { AssessmentRefused } from '../../assessments.errors.ts';
import { instrumentByCode, instrumentSummaries } from '../../instruments/instruments.repository.ts';
import { AccreditationsView, type GrantForm } from './accreditations.view.tsx';

type Body = Partial<Record<keyof GrantForm | 'reason', string>>;
const config = { permission: 'accreditations:manage' } as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
const emptyForm = (): GrantForm => ({ username: '', instrumentCode: '', validFrom: todayInBishkek(), validUntil: '', note: '' });

/** `/admin/accreditations`: who may sign which instrument's assessments, granting and revoking (with a reason). */
export async function accreditationPageRoutes(app: FastifyInstance, deps: { db: Database; pageContext: PageContextFactory }) {
  const render = async (
    request: FastifyRequest,
    reply: FastifyReply,
    options: { form?: GrantForm; errors?: FieldError[]; revoking?: { id: string; reason: string }; notice?: string },
    status = 200,
  ) => {
    const [accreditations, instruments] = await Promise.all([listAccreditations(deps.db), instrumentSummaries(deps.db)]);
    return reply.html(
      <AccreditationsView
        context={deps.pageContext(request, reply)}
        accreditations={accreditations}
        instruments={instruments.map((entry) => ({ value: entry.code, label: `${entry.name[request.i18n.locale]} (${entry.code})` }))}
        today={todayInBishkek()}
        form={options.form ?? emptyForm()}
        errors={options.errors ?? []}
        revoking={options.revoking}
        notice={options.notice}
      />,
      status,
    );
  };

  app.get<{ Querystring: { granted?: string; revoked?: string } }>('/admin/accreditations', { config }, async (request, reply) => {
    const { t } = request.i18n;
    const notice = request.query.granted ? t('accreditations.granted') : request.query.revoked ? t('accreditations.revoked') : undefined;
    return render(request, reply, notice ? { notice } : {});
  });

  app.post<{ Body: Body }>('/admin/accreditations', { config }, async (request, reply) => {
    const { t } = request.i18n;
    const body = request.body ?? {};
    const form: GrantForm = {
      username: String(body.username ?? '').trim(),
      instrumentCode: String(body.instrumentCode ?? ''),
      validFrom: String(body.validFrom ?? '').trim(),
      validUntil: String(body.validUntil ?? '').trim(),
      note: String(body.note ?? ''),
    };
    const errors: FieldError[] = [];
    const user = form.username === '' ? undefined : await findUserByUsername(deps.db, form.username);
    if (form.username === '') errors.push({ field: 'username', message: t('accreditations.usernameRequired') });
    else if (!user) errors.push({ field: 'username', message: t('accreditations.unknownUser', { username: form.username }) });
    const instrument = form.instrumentCode === '' ? undefined : await instrumentByCode(deps.db, form.instrumentCode);
    if (!instrument) errors.push({ field: 'instrumentCode', message: t('accreditations.instrumentRequired') });
    if (!isDate(form.validFrom)) errors.push({ field: 'validFrom', message: t('accreditations.validFromRequired') });
    if (form.validUntil !== '' && !isDate(form.validUntil))
      errors.push({ field: 'validUntil', message: t('accreditations.validUntilInvalid') });
    else if (form.validUntil !== '' && isDate(form.validFrom) && form.validUntil < form.validFrom)
      errors.push({ field: 'validUntil', message: t('accreditations.untilBeforeFrom') });
    if (errors.length > 0 || !user || !instrument) return render(request, reply, { form, errors }, 400);
    await grantAccreditation(
      deps.db,
      { user: request.user!, audit: auditActorOf(request) },
      {
        userId: user.id,
        instrumentId: instrument.id,
        validFrom: form.validFrom,
        validUntil: form.validUntil === '' ? null : form.validUntil,
        note: form.note.trim() === '' ? null : form.note.trim(),
      },
    );
    return reply.redirect('/admin/accreditations?granted=1', 303);
  });

  app.post<{ Params: { id: string }; Body: Body }>('/admin/accreditations/:id/revoke', { config }, async (request, reply) => {
    const { id } = request.params;
    if (!UUID.test(id)) throw new AssessmentRefused('not_found', 404);
    const reason = String(request.body?.reason ?? '');
    if (reason.trim() === '') {
      const errors = [{ field: `reason-${id}`, message: request.i18n.t('accreditations.reasonRequired') }];
      return render(request, reply, { errors, revoking: { id, reason } }, 400);
    }
    await revokeAccreditation(deps.db, { user: request.user!, audit: auditActorOf(request) }, id, reason.trim());
    return reply.redirect('/admin/accreditations?revoked=1', 303);
  });
}
