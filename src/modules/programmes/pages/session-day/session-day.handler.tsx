import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authorise } from '../../../../platform/access/authorise.ts';
import { auditActorOf } from '../../../../platform/audit/audit.service.ts';
import type { FieldError } from '../../../../platform/views/components.tsx';
import { peopleActorOf, todayInBishkek } from '../../../people/people.service.ts';
import { groupRecord, recordSession } from '../../programmes.delivery.ts';
import { ProgrammeRefused } from '../../programmes.errors.ts';
import { sessionById, type SessionSheet, sessionSheet, sessionsOfFacilitator } from '../../programmes.sessions.ts';
import type { ProgrammePageDeps } from '../programmes.pages.ts';
import { type AttendanceForm, attendanceFormOf, attendanceFormValues, validateAttendance } from './attendance.form.ts';
import { SessionDayView } from './session-day.view.tsx';

const config = { permission: 'programmes:deliver' } as const;

/**
 * The facilitator's session day. `/programmes/sessions/today` lists the user's own sessions of the day, each
 * with its attendance sheet; `/programmes/sessions/:sessionId` shows one (any day, for a late record), and
 * takes the sheet. A sheet with a gap, or for a future session, is refused with nothing saved.
 */
export async function sessionDayRoutes(app: FastifyInstance, deps: ProgrammePageDeps) {
  app.get<{ Querystring: { done?: string } }>('/programmes/sessions/today', { config }, async (request, reply) => {
    const today = todayInBishkek();
    const sheets = await deps.db.transaction(async (tx) => {
      await authorise(tx, {
        actor: request.user!,
        audit: auditActorOf(request),
        permission: 'programmes:deliver',
        action: 'programme.session.day',
      });
      const sessions = await sessionsOfFacilitator(tx, request.user!.id, today);
      return (await Promise.all(sessions.map((session) => sessionSheet(tx, session)))).filter((sheet): sheet is SessionSheet => !!sheet);
    });
    const notice = request.query.done ? request.i18n.t('programmes.page.attendance.saved') : undefined;
    return reply.html(
      <SessionDayView
        context={deps.pageContext(request, reply)}
        page={{
          sheets: sheets.map((sheet) => ({ sheet, form: attendanceFormOf(sheet.members, sheet.session.notes) })),
          today,
          errors: [],
          notice,
          single: false,
        }}
      />,
    );
  });

  /** One session's sheet, authorised against the group's unit and allocated to its facilitator. */
  const loadSheet = (request: FastifyRequest, sessionId: string) =>
    deps.db.transaction(async (tx) => {
      const session = await sessionById(tx, sessionId);
      const sheet = session && (await sessionSheet(tx, session));
      if (!sheet) throw new ProgrammeRefused('not_found', 404);
      await authorise(tx, {
        actor: request.user!,
        audit: auditActorOf(request),
        permission: 'programmes:deliver',
        action: 'programme.session.view',
        record: { ...groupRecord(sheet.group, 'programme_session'), resourceId: sheet.session.id },
      });
      return sheet;
    });

  const render = (
    request: FastifyRequest,
    reply: FastifyReply,
    sheet: SessionSheet,
    form: AttendanceForm | null,
    errors: FieldError[],
    status = 200,
  ) =>
    reply.html(
      <SessionDayView
        context={deps.pageContext(request, reply)}
        page={{
          sheets: [{ sheet, form: form ?? attendanceFormOf(sheet.members, sheet.session.notes) }],
          today: todayInBishkek(),
          errors,
          notice: (request.query as { done?: string }).done ? request.i18n.t('programmes.page.attendance.saved') : undefined,
          single: true,
        }}
      />,
      status,
    );

  app.get<{ Params: { sessionId: string } }>('/programmes/sessions/:sessionId', { config }, async (request, reply) =>
    render(request, reply, await loadSheet(request, request.params.sessionId), null, []),
  );

  app.post<{ Params: { sessionId: string }; Body: Record<string, unknown> }>(
    '/programmes/sessions/:sessionId',
    { config },
    async (request, reply) => {
      const { t } = request.i18n;
      const body = request.body ?? {};
      // Read unaudited only to know whose marks to expect: the sheet is shown again (and the view audited) only
      // through `loadSheet`, and a save is authorised and audited by `recordSession` — one event either way.
      const session = await sessionById(deps.db, request.params.sessionId);
      const unread = session && (await sessionSheet(deps.db, session));
      if (!unread) throw new ProgrammeRefused('not_found', 404);
      const form = attendanceFormValues(body, unread.members);
      const { marks, notes, errors } = validateAttendance(form, unread.members, t);
      const field = `notes-${unread.session.id}`;
      const again = async (found: FieldError[], status: number) =>
        render(request, reply, await loadSheet(request, request.params.sessionId), form, found, status);
      if (!marks)
        return again(
          errors.map((error) => (error.field === 'notes' ? { ...error, field } : error)),
          400,
        );
      try {
        await recordSession(deps.db, peopleActorOf(request), { sessionId: unread.session.id, today: todayInBishkek(), notes, marks });
      } catch (error) {
        if (error instanceof ProgrammeRefused && error.status !== 404)
          return again([{ field, message: t(error.messageKey) }], error.status);
        throw error;
      }
      const back = body.returnTo === 'today' ? '/programmes/sessions/today?done=1' : `/programmes/sessions/${unread.session.id}?done=1`;
      return reply.redirect(back, 303);
    },
  );
}
