import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { auditActorOf } from '../../../platform/audit/audit.service.ts';
import type { Database } from '../../../platform/db/pool.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { PageContextFactory } from '../../../platform/http/page-context.ts';
import type { MessageKey } from '../../../platform/i18n/catalog.ts';
import type { FieldError } from '../../../platform/views/components.tsx';
import {
  type AuditFilterForm,
  type AuditFilterProblem,
  filterFormOf,
  pageNumberOf,
  parseAuditFilters,
  throughSeqOf,
} from '../audit.models.ts';
import { exportAuditCsv, listAuditEvents, viewAuditEvent } from '../audit.service.ts';
import { AuditEventView } from './audit-event/audit-event.view.tsx';
import { AuditTrailView } from './audit-trail/audit-trail.view.tsx';

type Query = { Querystring: Record<string, string | undefined> };

const LABELS: Record<keyof AuditFilterForm, MessageKey> = {
  username: 'audit.filter.username',
  personId: 'audit.filter.personId',
  action: 'audit.filter.action',
  outcome: 'audit.filter.outcome',
  from: 'audit.filter.from',
  to: 'audit.filter.to',
};

/** The auditor's pages: the trail with filters and paging, one event, and the CSV export. */
export async function auditPageRoutes(app: FastifyInstance, deps: { db: Database; pageContext: PageContextFactory }) {
  app.get<Query>('/audit', { config: { permission: 'audit:read' } }, async (request, reply) => {
    const { t } = request.i18n;
    const form = filterFormOf(request.query);
    const parsed = parseAuditFilters(form);
    const { problems } = parsed;
    const filters = { ...parsed.filters, throughSeq: throughSeqOf(request.query.through) };
    const errors: FieldError[] = problems.map(({ field, problem }: AuditFilterProblem) => ({
      field,
      message: t(`audit.problem.${problem}`, { field: t(LABELS[field]) }),
    }));
    const page = pageNumberOf(request.query.page);
    // A rejected filter shows the form with what was typed and no events (and reads nothing, so records nothing).
    const result =
      errors.length > 0
        ? { rows: [], total: 0, throughSeq: undefined, sealing: { sealed: 0, lastSealedAt: null } }
        : await listAuditEvents(deps.db, auditActorOf(request), filters, page);
    return reply.html(
      <AuditTrailView
        context={deps.pageContext(request, reply)}
        form={form}
        errors={errors}
        rows={result.rows}
        total={result.total}
        page={page}
        throughSeq={result.throughSeq}
        sealing={result.sealing}
        canExport={request.user?.permissions.has('audit:export') ?? false}
      />,
      errors.length > 0 ? 400 : 200,
    );
  });

  app.get<{ Params: { seq: string } }>('/audit/events/:seq', { config: { permission: 'audit:read' } }, async (request, reply) => {
    if (!/^\d{1,15}$/.test(request.params.seq)) throw notFound('audit.event_not_found');
    const event = await viewAuditEvent(deps.db, auditActorOf(request), Number(request.params.seq));
    return reply.html(<AuditEventView context={deps.pageContext(request, reply)} event={event} />);
  });

  app.get<Query>('/audit/export.csv', { config: { permission: 'audit:export' } }, async (request, reply) => {
    const parsed = parseAuditFilters(filterFormOf(request.query));
    const { problems } = parsed;
    const filters = { ...parsed.filters, throughSeq: throughSeqOf(request.query.through) };
    if (problems.length > 0)
      return reply.redirect(`/audit?${new URLSearchParams(request.query as Record<string, string>).toString()}`, 303);
    const rows = await exportAuditCsv(deps.db, auditActorOf(request), filters);
    const day = new Date().toISOString().slice(0, 10);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="kadam-audit-${day}.csv"`)
      .header('cache-control', 'no-store')
      .send(Readable.from(rows));
  });
}
