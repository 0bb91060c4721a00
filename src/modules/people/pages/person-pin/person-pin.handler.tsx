import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { auditActorOf } from '../../../../platform/audit/audit.service.ts';
import type { Database } from '../../../../platform/db/pool.ts';
import { AppError } from '../../../../platform/http/errors.ts';
import type { PageContextFactory } from '../../../../platform/http/page-context.ts';
import type { FieldError } from '../../../../platform/views/components.tsx';
import { type PeopleActor, withPerson } from '../../people.access.ts';
import { parseUserDate, userDateOf } from '../../people.dates.ts';
import { todayInBishkek } from '../../people.models.ts';
import { validatePinChoice } from '../../people.record.validation.ts';
import { changePin, pinHistoryOf } from '../../people.service.ts';
import { loadPersonHeader } from '../person-header.ts';
import { type PinForm, PersonPinView } from './person-pin.view.tsx';

type Deps = { db: Database; pageContext: PageContextFactory };
type Params = { Params: { id: string }; Body: Record<string, unknown> };

const actorOf = (request: FastifyRequest): PeopleActor => ({ user: request.user!, audit: auditActorOf(request) });

function pinFormOf(body: Record<string, unknown> | undefined | null): PinForm {
  const source = body ?? {};
  const text = (key: string) => (typeof source[key] === 'string' ? source[key].slice(0, 2000) : '');
  return {
    pinChoice: text('pinChoice'),
    pin: text('pin'),
    noPinReason: text('noPinReason'),
    pinConfirmed: source.pinConfirmed === 'yes',
    version: text('version'),
    reason: text('reason'),
    changedOn: text('changedOn'),
  };
}

/** /people/:id/pin: a new PIN (or none, with why), the date and reason of the change, and the history. */
export async function personPinRoutes(app: FastifyInstance, deps: Deps) {
  const load = (request: FastifyRequest<Params>) =>
    withPerson(
      deps.db,
      actorOf(request),
      { personId: request.params.id, permission: 'people:edit', action: 'person.view', details: { page: 'pin' } },
      async (tx, person) => ({ person, header: await loadPersonHeader(tx, person), history: (await pinHistoryOf(tx, person.id)).rows }),
    );

  const render = (
    request: FastifyRequest<Params>,
    reply: FastifyReply,
    page: Awaited<ReturnType<typeof load>>,
    status: number,
    view: { form: PinForm; errors?: FieldError[]; warnings?: string[]; conflict?: boolean },
  ) =>
    reply.html(
      <PersonPinView
        context={deps.pageContext(request, reply)}
        header={page.header}
        history={page.history}
        form={view.form}
        errors={view.errors ?? []}
        warnings={view.warnings ?? []}
        conflict={view.conflict ?? false}
      />,
      status,
    );

  app.get<Params>('/people/:id/pin', { config: { permission: 'people:edit' } }, async (request, reply) => {
    const page = await load(request);
    const form: PinForm = {
      ...pinFormOf({}),
      pinChoice: 'pin',
      version: String(page.person.version),
      changedOn: userDateOf(todayInBishkek()),
    };
    return render(request, reply, page, 200, { form });
  });

  app.post<Params>('/people/:id/pin', { config: { permission: 'people:edit' } }, async (request, reply) => {
    const { t } = request.i18n;
    const form = pinFormOf(request.body);
    const page = await load(request);
    const checked = validatePinChoice(form, { dateOfBirth: page.person.dateOfBirth, sex: page.person.sex }, request.i18n);
    const errors = [...checked.errors];
    const changedOn = parseUserDate(form.changedOn);
    if (!changedOn)
      errors.push({ field: 'changedOn', message: t('people.record.error.date', { field: t('people.record.field.changedOn') }) });
    else if (changedOn > todayInBishkek()) errors.push({ field: 'changedOn', message: t('people.record.error.changedOnFuture') });
    if (!form.reason.trim()) errors.push({ field: 'reason', message: t('people.record.error.reasonRequired') });
    if (errors.length > 0 || !checked.pin || !changedOn)
      return render(request, reply, page, 400, { form, errors, warnings: checked.warnings });
    try {
      await changePin(deps.db, actorOf(request), {
        personId: page.person.id,
        version: /^\d{1,9}$/.test(form.version) ? Number(form.version) : -1,
        pin: checked.pin,
        changedOn,
        reason: form.reason.trim(),
      });
    } catch (error) {
      if (error instanceof AppError && error.code === 'people.stale_version')
        return render(request, reply, page, 409, { form, conflict: true });
      if (error instanceof AppError && error.code === 'people.pin_taken')
        return render(request, reply, page, 409, { form, errors: [{ field: 'pin', message: t('people.record.error.pinTaken') }] });
      throw error;
    }
    return reply.redirect(`/people/${page.person.id}/pin`, 303);
  });
}
