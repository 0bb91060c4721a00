import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FieldError } from '../../../../platform/views/components.tsx';
import { fullName, peopleActorOf, searchPeople, todayInBishkek, userDateOf, withPerson } from '../../../people/people.service.ts';
import { type CourtReportRefusal, isUuid, refusalOf } from '../../courtreports.errors.ts';
import { activeCourts } from '../../courtreports.repository.ts';
import { recordRequest } from '../../courtreports.request.ts';
import { officersOfOffices, officesFor } from '../../courtreports.scope.ts';
import { field, type RequestForm, requestFormOf, validateRequest } from '../forms.ts';
import type { CourtReportPageDeps } from '../report-page.tsx';
import { ChoosePersonView, NewRequestView } from './new.view.tsx';

type Body = Record<string, unknown>;
const config = { config: { permission: 'court_reports:write' as const } };
const PIN = /^\d{14}$/;
const ANCHORS: Partial<Record<CourtReportRefusal, string>> = { officer_unknown: 'officerId', court_unknown: 'courtId' };

/**
 * `/court-reports/new` (`court_reports:write`): find the person (people search, audited there), then record the
 * court's request about them. Saving opens pre-trial probation at the office if none is open, in the same
 * transaction; a refused form comes back as typed with nothing saved.
 */
export async function newRequestRoutes(app: FastifyInstance, deps: CourtReportPageDeps) {
  const choose = async (request: FastifyRequest, reply: FastifyReply, query: string, errors: FieldError[] = [], status = 200) => {
    const results =
      query === ''
        ? null
        : (await searchPeople(deps.db, peopleActorOf(request), PIN.test(query) ? { pin: query } : { name: query })).people;
    const step = { query, results, mayRegister: request.user!.permissions.has('people:create'), errors };
    return reply.html(<ChoosePersonView context={deps.pageContext(request, reply)} step={step} />, status);
  };

  const showForm = async (
    request: FastifyRequest,
    reply: FastifyReply,
    personId: string,
    form: RequestForm | null,
    errors: FieldError[],
    status = 200,
  ) => {
    const user = request.user!;
    const page = await withPerson(
      deps.db,
      peopleActorOf(request),
      { personId, permission: 'court_reports:write', action: 'person.view', details: { page: 'court_report.new' } },
      async (tx, person) => {
        const offices = await officesFor(tx, user);
        const officers = await officersOfOffices(tx, offices);
        return { personName: fullName(person), offices, officers, courts: await activeCourts(tx) };
      },
    );
    const shown = form ?? {
      officeId: page.offices.length === 1 ? page.offices[0]!.id : '',
      officerId: page.officers.some((officer) => officer.id === user.id) ? user.id : '',
      courtId: '',
      courtName: '',
      judge: '',
      caseNumber: '',
      receivedOn: userDateOf(todayInBishkek()),
      deadline: '',
      questions: '',
    };
    const step = {
      personId,
      personName: page.personName,
      form: shown,
      errors,
      options: { offices: page.offices, officers: page.officers, courts: page.courts },
    };
    return reply.html(<NewRequestView context={deps.pageContext(request, reply)} step={step} />, status);
  };

  app.get<{ Querystring: { q?: string; personId?: string } }>('/court-reports/new', config, (request, reply) => {
    const personId = request.query.personId ?? '';
    if (isUuid(personId)) return showForm(request, reply, personId, null, []);
    return choose(request, reply, (request.query.q ?? '').trim().slice(0, 200));
  });

  app.post<{ Body: Body }>('/court-reports/new', config, async (request, reply) => {
    const body = request.body ?? {};
    const { t } = request.i18n;
    const personId = field(body, 'personId', 40);
    if (!isUuid(personId)) return choose(request, reply, '', [{ field: 'q', message: t('courtReports.page.new.choosePerson') }], 400);
    const form = requestFormOf(body);
    const today = todayInBishkek();
    const { input, errors } = validateRequest(form, t, today, true);
    if (!input) return showForm(request, reply, personId, form, errors, 400);
    let reportId = '';
    const refusal = await refusalOf(async () => {
      reportId = await recordRequest(deps.db, peopleActorOf(request), { ...input, personId, officeId: form.officeId, today });
    });
    if (refusal) {
      const anchor = ANCHORS[refusal.refusal] ?? 'officeId';
      return showForm(request, reply, personId, form, [{ field: anchor, message: t(refusal.messageKey) }], refusal.status);
    }
    return reply.redirect(`/court-reports/${reportId}?done=requested`, 303);
  });
}
