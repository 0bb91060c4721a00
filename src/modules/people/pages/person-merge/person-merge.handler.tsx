import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { auditActorOf } from '../../../../platform/audit/audit.service.ts';
import type { Database } from '../../../../platform/db/pool.ts';
import { AppError } from '../../../../platform/http/errors.ts';
import type { PageContextFactory } from '../../../../platform/http/page-context.ts';
import type { FieldError } from '../../../../platform/views/components.tsx';
import { type PeopleActor, withPerson } from '../../people.access.ts';
import { decideMerge, findMergeCandidate, pendingMerges, proposeMerge } from '../../people.merge.ts';
import { loadPersonHeader } from '../person-header.ts';
import { MergeProposalsView } from './merge-proposals.view.tsx';
import { type MergeForm, PersonMergeView } from './person-merge.view.tsx';

type Deps = { db: Database; pageContext: PageContextFactory };
type Params = { Params: { id: string }; Body: Record<string, unknown>; Querystring: { proposed?: string } };

const actorOf = (request: FastifyRequest): PeopleActor => ({ user: request.user!, audit: auditActorOf(request) });
const text = (body: Record<string, unknown> | undefined | null, key: string) => {
  const value = body?.[key];
  return typeof value === 'string' ? value.slice(0, 2000) : '';
};

/** Proposing a merge on a person's page, and the managers' list of proposals to approve or reject. */
export async function personMergeRoutes(app: FastifyInstance, deps: Deps) {
  const render = async (request: FastifyRequest<Params>, reply: FastifyReply, status: number, form: MergeForm, errors: FieldError[]) => {
    const header = await withPerson(
      deps.db,
      actorOf(request),
      { personId: request.params.id, permission: 'people:merge', action: 'person.view', details: { page: 'merge' } },
      (tx, person) => loadPersonHeader(tx, person),
    );
    const proposed = request.query.proposed === '1' && errors.length === 0;
    return reply.html(
      <PersonMergeView context={deps.pageContext(request, reply)} header={header} form={form} errors={errors} proposed={proposed} />,
      status,
    );
  };

  app.get<Params>('/people/:id/merge', { config: { permission: 'people:merge' } }, (request, reply) =>
    render(request, reply, 200, { other: '', reason: '' }, []),
  );

  app.post<Params>('/people/:id/merge', { config: { permission: 'people:merge' } }, async (request, reply) => {
    const { t } = request.i18n;
    const form: MergeForm = { other: text(request.body, 'other').trim(), reason: text(request.body, 'reason') };
    const errors: FieldError[] = [];
    const other = form.other ? await findMergeCandidate(deps.db, actorOf(request), form.other) : null;
    if (!form.other) errors.push({ field: 'other', message: t('validation.required', { field: t('people.record.merge.other') }) });
    else if (!other) errors.push({ field: 'other', message: t('people.record.merge.error.otherNotFound') });
    else if (other.id === request.params.id) errors.push({ field: 'other', message: t('people.record.merge.error.same') });
    if (!form.reason.trim()) errors.push({ field: 'reason', message: t('people.record.error.reasonRequired') });
    if (errors.length > 0 || !other) return render(request, reply, 400, form, errors);
    try {
      await proposeMerge(deps.db, actorOf(request), { survivorId: request.params.id, mergedId: other.id, reason: form.reason.trim() });
    } catch (error) {
      if (error instanceof AppError && error.code === 'people.merge_pending')
        return render(request, reply, 409, form, [{ field: 'other', message: t('people.record.merge.error.pending') }]);
      throw error;
    }
    return reply.redirect(`/people/${request.params.id}/merge?proposed=1`, 303);
  });

  const renderList = async (
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    errors: FieldError[],
    decided: 'approved' | 'rejected' | null,
  ) => {
    const proposals = await pendingMerges(deps.db, actorOf(request));
    return reply.html(
      <MergeProposalsView context={deps.pageContext(request, reply)} proposals={proposals} errors={errors} decided={decided} />,
      status,
    );
  };

  app.get<{ Querystring: { decided?: string } }>('/people/merges', { config: { permission: 'people:merge_approve' } }, (request, reply) => {
    const decided = request.query.decided === 'approved' || request.query.decided === 'rejected' ? request.query.decided : null;
    return renderList(request, reply, 200, [], decided);
  });

  app.post<{ Params: { mergeId: string }; Body: Record<string, unknown> }>(
    '/people/merges/:mergeId/decision',
    { config: { permission: 'people:merge_approve' } },
    async (request, reply) => {
      const { t } = request.i18n;
      const decision = text(request.body, 'decision');
      const field = `decision-${request.params.mergeId}`;
      if (decision !== 'approve' && decision !== 'reject')
        return renderList(request, reply, 400, [{ field, message: t('people.record.merge.error.decision') }], null);
      try {
        const note = text(request.body, 'note').trim() || null;
        await decideMerge(deps.db, actorOf(request), { mergeId: request.params.mergeId, approve: decision === 'approve', note });
      } catch (error) {
        if (error instanceof AppError && error.code === 'people.merge_same_user')
          return renderList(request, reply, 403, [{ field, message: t('people.record.merge.error.sameUser') }], null);
        if (error instanceof AppError && (error.code === 'people.merge_decided' || error.code === 'people.merged'))
          return renderList(request, reply, 409, [{ field, message: t('people.record.merge.error.decided') }], null);
        throw error;
      }
      return reply.redirect(`/people/merges?decided=${decision === 'approve' ? 'approved' : 'rejected'}`, 303);
    },
  );
}
