import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authorise } from '../../../../platform/access/authorise.ts';
import { auditActorOf } from '../../../../platform/audit/audit.service.ts';
import type { Database } from '../../../../platform/db/pool.ts';
import type { PageContextFactory } from '../../../../platform/http/page-context.ts';
import type { FieldError } from '../../../../platform/views/components.tsx';
import { ManualRefused } from '../../manual.errors.ts';
import { libraryFor } from '../../manual.repository.ts';
import { acknowledgeManual } from '../../manual.writes.ts';
import { LibraryView } from './library.view.tsx';
import { loadManual } from './reader.data.ts';
import { ReaderView } from './reader.view.tsx';

export type ManualPageDeps = { db: Database; pageContext: PageContextFactory };
type Params = { code: string };
type Query = { version?: string; q?: string; done?: string };

const text = (value: unknown, max: number) => (typeof value === 'string' ? value.slice(0, max) : '');

/**
 * The library (`/manual`) and a manual (`/manual/:code`, with `?version=` and `?q=`), both `manual:read`; the
 * "read and understood" button (`POST /manual/:code/acknowledge`). Every view and acknowledgement is audited.
 */
export async function readerRoutes(app: FastifyInstance, deps: ManualPageDeps) {
  const config = { config: { permission: 'manual:read' as const } };
  const actorOf = (request: FastifyRequest) => ({ user: request.user!, audit: auditActorOf(request) });

  app.get('/manual', config, async (request, reply) => {
    const manuals = await deps.db.transaction(async (tx) => {
      await authorise(tx, { actor: request.user!, audit: auditActorOf(request), permission: 'manual:read', action: 'manual.library.view' });
      return libraryFor(tx, request.user!.id);
    });
    return reply.html(<LibraryView context={deps.pageContext(request, reply)} manuals={manuals} />);
  });

  const show = async (
    request: FastifyRequest<{ Params: Params; Querystring: Query }>,
    reply: FastifyReply,
    errors: FieldError[],
    status = 200,
  ) => {
    const query = text(request.query.q, 100);
    const page = await deps.db.transaction(async (tx) => {
      const loaded = await loadManual(tx, request.user!, {
        code: request.params.code,
        version: text(request.query.version, 6) || undefined,
        query,
        locale: request.i18n.locale,
      });
      await authorise(tx, {
        actor: request.user!,
        audit: auditActorOf(request),
        permission: 'manual:read',
        action: query ? 'manual.search' : 'manual.view',
        details: {
          code: loaded.current.manualCode,
          version: loaded.shown.version,
          ...(query ? { query, results: loaded.hits?.length ?? 0 } : {}),
        },
      });
      return loaded;
    });
    const { t } = request.i18n;
    return reply.html(
      <ReaderView
        context={deps.pageContext(request, reply)}
        page={page}
        errors={errors}
        notice={
          request.query.done === 'acknowledged'
            ? t('manual.done.acknowledged')
            : request.query.done === 'published'
              ? t('manual.done.published')
              : undefined
        }
        mayPublish={request.user!.permissions.has('manual:manage')}
        mayReport={request.user!.permissions.has('manual:report')}
      />,
      status,
    );
  };

  app.get<{ Params: Params; Querystring: Query }>('/manual/:code', config, (request, reply) => show(request, reply, []));

  app.post<{ Params: Params; Querystring: Query; Body: Record<string, unknown> }>(
    '/manual/:code/acknowledge',
    config,
    async (request, reply) => {
      const version = Number(text((request.body ?? {}).version, 6));
      try {
        await acknowledgeManual(deps.db, actorOf(request), request.params.code, Number.isInteger(version) ? version : 0);
      } catch (error) {
        if (!(error instanceof ManualRefused) || error.refusal === 'not_found') throw error;
        return show(request, reply, [{ field: 'acknowledge', message: request.i18n.t(error.messageKey) }], error.status);
      }
      return reply.redirect(`/manual/${request.params.code}?done=acknowledged#acknowledged`, 303);
    },
  );
}
