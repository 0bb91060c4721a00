import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../../../../platform/db/pool.ts';
import type { PageContextFactory } from '../../../../platform/http/page-context.ts';
import { createI18n, type MessageTable } from '../../../../platform/i18n/translator.ts';
import { withPerson } from '../../people.access.ts';
import { todayInBishkek } from '../../people.models.ts';
import { produceSubjectAccess, subjectAccessDueOn, type SubjectAccessFormat } from '../../people.subject-access.ts';
import { renderSubjectAccessPdf } from '../../people.subject-access.pdf.ts';
import { loadPersonHeader } from '../person-header.ts';
import { peopleActorOf } from '../person/person.page.ts';
import { parseSubjectAccessQuery, type SubjectAccessProblem, type SubjectAccessQuery, subjectAccessFormOf } from './subject-access.form.ts';
import { SubjectAccessView } from './subject-access.view.tsx';

type Deps = { db: Database; pageContext: PageContextFactory; messages: MessageTable };
type Request = FastifyRequest<{ Params: { id: string }; Querystring: SubjectAccessQuery }>;

const PERMISSION = { config: { permission: 'people:subject_access' as const } };

/**
 * Subject access: the page choosing the language and format, and the two downloads. Both downloads are
 * produced through `withPerson` and audited as `person.subject_access`; neither may be kept by a browser cache.
 */
export async function subjectAccessRoutes(app: FastifyInstance, deps: Deps) {
  app.get('/people/:id/subject-access', PERMISSION, (request: Request, reply) => showPage(deps, request, reply, []));
  app.get('/people/:id/subject-access.pdf', PERMISSION, (request: Request, reply) => download(deps, request, reply, 'pdf'));
  app.get('/people/:id/subject-access.json', PERMISSION, (request: Request, reply) => download(deps, request, reply, 'json'));
}

async function download(deps: Deps, request: Request, reply: FastifyReply, format: SubjectAccessFormat) {
  const parsed = parseSubjectAccessQuery(request.query, todayInBishkek(), format === 'pdf');
  if (!parsed.ok) return showPage(deps, request, reply, parsed.problems);
  const data = await produceSubjectAccess(deps.db, peopleActorOf(request), {
    personId: request.params.id,
    format,
    language: parsed.language,
    receivedOn: parsed.receivedOn,
  });
  reply.header('cache-control', 'no-store');
  if (format === 'json')
    return reply
      .type('application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="subject-access-${data.person.id}.json"`)
      .send(JSON.stringify(data, null, 2));
  // The PDF speaks the language chosen for the person, whatever the user's own interface language is.
  const pdf = await renderSubjectAccessPdf(data, createI18n(deps.messages, parsed.language ?? 'ky'));
  return reply
    .type('application/pdf')
    .header('content-disposition', `attachment; filename="subject-access-${data.person.id}-${parsed.language ?? 'ky'}.pdf"`)
    .send(pdf);
}

/** The page (also shown again, 400, when a download's date or language is not right), audited as a view. */
async function showPage(deps: Deps, request: Request, reply: FastifyReply, problems: SubjectAccessProblem[]) {
  const today = todayInBishkek();
  const header = await withPerson(
    deps.db,
    peopleActorOf(request),
    { personId: request.params.id, permission: 'people:subject_access', action: 'person.view', details: { page: 'subject_access' } },
    (tx, person) => loadPersonHeader(tx, person),
  );
  const form = subjectAccessFormOf(request.query, today, request.i18n.locale);
  const parsed = parseSubjectAccessQuery({ received: form.received }, today, false);
  const dates = parsed.ok ? { receivedOn: parsed.receivedOn, dueOn: subjectAccessDueOn(parsed.receivedOn) } : null;
  const errors = problems.map((problem) => ({ field: problem.field, message: request.i18n.t(problem.message) }));
  reply.header('cache-control', 'no-store');
  return reply.html(
    <SubjectAccessView context={deps.pageContext(request, reply)} header={header} form={form} dates={dates} errors={errors} />,
    problems.length > 0 ? 400 : 200,
  );
}
