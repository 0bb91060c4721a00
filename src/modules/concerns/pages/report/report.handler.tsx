import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authorise } from '../../../../platform/access/authorise.ts';
import type { Database } from '../../../../platform/db/pool.ts';
import type { FieldError } from '../../../../platform/views/components.tsx';
import { type PersonPageDeps, peopleActorOf } from '../../../people/people.service.ts';
import { ConcernRefused, isUuid } from '../../concerns.errors.ts';
import { reportConcern } from '../../concerns.report.ts';
import { peopleInReporterScope, peopleToReport } from '../../concerns.repository.ts';
import { emptyReportForm, type ReportForm, reportFormOf, validateReport } from './report.form.ts';
import { ReportView } from './report.view.tsx';

type Body = Record<string, unknown>;
/** What a search button asked for: the person to report about, or people involved. */
type Searches = { personQuery?: string; involvedQuery?: string };
const permission = { permission: 'concerns:report' } as const;

/**
 * The people the form shows — found by a search, or already chosen — read within the reporter's units in one
 * transaction with one audit event (`concern.form.view`: the search words and who was shown), when it shows anyone.
 */
function peopleOnForm(db: Database, request: FastifyRequest, form: ReportForm, searches: Searches) {
  return db.transaction(async (tx) => {
    const user = request.user!;
    const personResults = searches.personQuery === undefined ? null : await peopleToReport(tx, user, searches.personQuery);
    const found = searches.involvedQuery === undefined ? [] : await peopleToReport(tx, user, searches.involvedQuery);
    const known = await peopleInReporterScope(tx, user, [form.personId, ...form.involved].filter(isUuid));
    const shown = [...(personResults ?? []), ...found, ...known].map((person) => person.id);
    if (shown.length > 0 || searches.personQuery !== undefined || searches.involvedQuery !== undefined)
      await authorise(tx, {
        actor: user,
        audit: peopleActorOf(request).audit,
        permission: 'concerns:report',
        action: 'concern.form.view',
        details: { ...searches, people: [...new Set(shown)] },
      });
    return { personResults, found, known };
  });
}

/**
 * `/concerns/new` (`concerns:report`): the report form. `?person=` comes from the person's concerns tab. A search
 * button shows the form again with what was found (nothing is saved); sending it saves the report or shows the
 * form again as typed with each problem at its field. A person outside the reporter's units is refused with the
 * same message as one who does not exist.
 */
export async function reportRoutes(app: FastifyInstance, deps: PersonPageDeps) {
  const render = async (
    request: FastifyRequest,
    reply: FastifyReply,
    form: ReportForm,
    errors: FieldError[],
    searches: Searches,
    status = 200,
  ) => {
    const { personResults, found, known } = await peopleOnForm(deps.db, request, form, searches);
    const person = known.find((entry) => entry.id === form.personId) ?? null;
    const ticked = known.filter((entry) => form.involved.includes(entry.id));
    const involvedOptions = [...ticked, ...found.filter((entry) => !ticked.some((tick) => tick.id === entry.id))].filter(
      (entry) => entry.id !== form.personId,
    );
    const page = {
      form,
      errors,
      person,
      personResults: person ? null : personResults,
      involvedOptions,
      involvedSearched: searches.involvedQuery !== undefined,
    };
    return reply.html(<ReportView context={deps.pageContext(request, reply)} page={page} />, status);
  };

  app.get<{ Querystring: { person?: string } }>('/concerns/new', { config: permission }, async (request, reply) => {
    const personId = typeof request.query.person === 'string' && isUuid(request.query.person) ? request.query.person : '';
    const form = emptyReportForm(new Date(), personId);
    const [inScope] = personId ? await peopleInReporterScope(deps.db, request.user!, [personId]) : [];
    if (personId && !inScope)
      return render(
        request,
        reply,
        { ...form, personId: '' },
        [{ field: 'personQuery', message: request.i18n.t('concerns.refusal.person_outside') }],
        {},
        400,
      );
    return render(request, reply, form, [], {});
  });

  app.post<{ Body: Body }>('/concerns/new', { config: permission }, async (request, reply) => {
    const { form, action } = reportFormOf(request.body ?? {});
    const { t } = request.i18n;
    if (action === 'find_person') return render(request, reply, { ...form, personId: '' }, [], { personQuery: form.personQuery });
    if (action === 'find_involved') return render(request, reply, form, [], { involvedQuery: form.involvedQuery });
    const { input, errors } = validateReport(form, t);
    if (!input) return render(request, reply, form, errors, {}, 400);
    try {
      const concernId = await reportConcern(deps.db, peopleActorOf(request), input);
      return reply.redirect(`/people/${input.personId}/concerns/${concernId}?done=reported`, 303);
    } catch (error) {
      if (!(error instanceof ConcernRefused)) throw error;
      const anchor = error.refusal === 'involved_outside' ? 'involved' : 'personQuery';
      const kept = error.refusal === 'person_outside' ? { ...form, personId: '' } : form;
      return render(request, reply, kept, [{ field: anchor, message: t(error.messageKey) }], {}, error.status);
    }
  });
}
