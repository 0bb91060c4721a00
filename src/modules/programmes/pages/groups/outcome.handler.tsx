import type { FastifyInstance } from 'fastify';
import { peopleActorOf, todayInBishkek } from '../../../people/people.service.ts';
import { recordOutcome } from '../../programmes.delivery.ts';
import { ProgrammeRefused, programmeRefusalKey } from '../../programmes.errors.ts';
import { NON_COMPLETION_REASONS } from '../../programmes.tables.ts';
import type { ProgrammePageDeps } from '../programmes.pages.ts';
import { textOf } from '../form-values.ts';
import { loadGroupPage } from './group.data.ts';
import { GroupView } from './group.view.tsx';

const MAX_NOTE = 2000;

/**
 * `POST /programmes/groups/:groupId/outcome`: the facilitator ends a place — completed, or not completed with a
 * reason. The outcome event reaches the plan in the same transaction; a freed place moves the first waiting
 * person up. A refused form comes back on the group page, open, with what was typed.
 */
export async function outcomeRoutes(app: FastifyInstance, deps: ProgrammePageDeps) {
  app.post<{ Params: { groupId: string }; Body: Record<string, unknown> }>(
    '/programmes/groups/:groupId/outcome',
    { config: { permission: 'programmes:deliver' } },
    async (request, reply) => {
      const { t } = request.i18n;
      const body = request.body ?? {};
      const values = {
        enrolmentId: textOf(body.enrolmentId),
        outcome: textOf(body.outcome),
        reason: textOf(body.reason),
        note: textOf(body.note, MAX_NOTE + 1),
      };
      const field = (name: string) => `${name}-${values.enrolmentId}`;
      const again = async (errors: { field: string; message: string }[], status: number) => {
        const page = await loadGroupPage(deps.db, request, {
          groupId: request.params.groupId,
          permission: 'programmes:read',
          action: 'programme.group.view',
        });
        return reply.html(<GroupView context={deps.pageContext(request, reply)} page={{ ...page, outcome: values, errors }} />, status);
      };
      const outcome = values.outcome === 'completed' || values.outcome === 'not_completed' ? values.outcome : null;
      const reason = NON_COMPLETION_REASONS.find((candidate) => candidate === values.reason) ?? null;
      const note = values.note.trim() || null;
      const errors = [];
      if (!outcome)
        errors.push({ field: field('outcome'), message: t('validation.required', { field: t('programmes.page.outcome.legend') }) });
      if (outcome === 'not_completed' && !reason)
        errors.push({ field: field('reason'), message: t(programmeRefusalKey('reason_required')) });
      if (note && note.length > MAX_NOTE)
        errors.push({
          field: field('reason'),
          message: t('validation.tooLong', { field: t('programmes.page.outcome.note'), max: MAX_NOTE }),
        });
      if (!outcome || errors.length > 0) return again(errors, 400);
      try {
        await recordOutcome(deps.db, peopleActorOf(request), {
          groupId: request.params.groupId,
          enrolmentId: values.enrolmentId,
          version: Number(body.version),
          outcome,
          reason: outcome === 'completed' ? null : reason,
          note,
          today: todayInBishkek(),
        });
      } catch (error) {
        if (error instanceof ProgrammeRefused && error.status !== 404)
          return again([{ field: field('outcome'), message: t(error.messageKey) }], error.status);
        throw error;
      }
      return reply.redirect(`/programmes/groups/${request.params.groupId}?done=outcome`, 303);
    },
  );
}
