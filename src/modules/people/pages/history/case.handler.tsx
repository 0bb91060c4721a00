import type { FastifyInstance, FastifyReply } from 'fastify';
import { notFound } from '../../../../platform/http/errors.ts';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { userDateOf } from '../../people.dates.ts';
import { parseArticleCodes } from '../../people.history.models.ts';
import {
  addCase,
  type CaseInput,
  caseOf,
  criminalCode,
  type CriminalCodeArticle,
  HistoryRefused,
  updateCase,
} from '../../people.history.ts';
import { SENTENCE_TYPES } from '../../people.tables.ts';
import type { PersonHeaderModel } from '../person-header.ts';
import { type PersonPageDeps, peopleActorOf } from '../person/person.page.ts';
import { ArticleList, fieldsOf, type FormState, HistoryFormPage } from './history-form.view.tsx';
import { formReader, typedForm } from './history.forms.ts';
import { type FormRequest, showHistoryForm, submitHistoryChange } from './history.handler.tsx';

const FIELDS = [
  'caseNumber',
  'court',
  'verdictOn',
  'articles',
  'sentenceType',
  'sentenceMonths',
  'startOn',
  'releaseOn',
  'notes',
  'version',
] as const;

/** The typed case form into the service's input; article numbers are checked against the list by the service. */
function readCase(values: Record<string, string>): { input: CaseInput; problems: HistoryRefused['problems'] } {
  const read = formReader(values);
  const articles = parseArticleCodes(values.articles ?? '');
  if (articles.length === 0) read.problems.push({ field: 'articles', key: 'history.error.required' });
  const input: CaseInput = {
    caseNumber: read.text('caseNumber', { required: true, max: 100 }) ?? '',
    court: read.text('court', { max: 300 }),
    verdictOn: read.date('verdictOn'),
    articles,
    sentenceType: read.choice('sentenceType', SENTENCE_TYPES),
    sentenceMonths: read.months('sentenceMonths'),
    sentenceStartOn: read.date('startOn'),
    expectedReleaseOn: read.date('releaseOn'),
    notes: read.text('notes', { max: 2000 }),
  };
  return { input, problems: read.problems };
}

function CaseForm(props: {
  context: PageContext;
  person: PersonHeaderModel;
  action: string;
  title: string;
  state: FormState;
  articles: CriminalCodeArticle[];
}) {
  const { t } = props.context.i18n;
  const field = fieldsOf(props.context, props.state);
  const sentenceTypes = SENTENCE_TYPES.map((value) => ({ value, label: t(`history.sentence.${value}`) }));
  return (
    <HistoryFormPage context={props.context} person={props.person} title={props.title} action={props.action} state={props.state}>
      {field.version()}
      {field.text('caseNumber', { width: 20 })}
      {field.text('court')}
      {field.date('verdictOn')}
      {field.text('articles', { hint: t('history.field.articlesHint') })}
      <ArticleList context={props.context} articles={props.articles} />
      {field.select('sentenceType', sentenceTypes)}
      {field.text('sentenceMonths', { width: 10 })}
      {field.date('startOn')}
      {field.date('releaseOn')}
      {field.area('notes')}
    </HistoryFormPage>
  );
}

/** Adding a criminal case to a person, and editing one at the version it was read at (409 when stale). */
export async function caseRoutes(app: FastifyInstance, deps: PersonPageDeps) {
  type CaseRequest = FormRequest & { params: { caseId?: string } };
  const pathOf = (request: CaseRequest) =>
    request.params.caseId
      ? `/people/${request.params.id}/history/cases/${request.params.caseId}/edit`
      : `/people/${request.params.id}/history/cases/new`;

  const show = (request: CaseRequest, reply: FastifyReply, state: FormState | null, status = 200) =>
    showHistoryForm(deps, request, reply, {
      form: request.params.caseId ? 'case.edit' : 'case.new',
      status,
      load: async (tx, person) => {
        const existing = request.params.caseId ? await caseOf(tx, person.id, request.params.caseId) : undefined;
        if (request.params.caseId && !existing) throw notFound('people.history.case_not_found');
        return { existing, articles: await criminalCode(tx) };
      },
      render: (context, header, { existing, articles }) => {
        const values: Record<string, string> = existing
          ? {
              caseNumber: existing.caseNumber,
              court: existing.court ?? '',
              verdictOn: userDateOf(existing.verdictOn),
              articles: existing.articles.join(', '),
              sentenceType: existing.sentenceType ?? '',
              sentenceMonths: existing.sentenceMonths === null ? '' : String(existing.sentenceMonths),
              startOn: userDateOf(existing.sentenceStartOn),
              releaseOn: userDateOf(existing.expectedReleaseOn),
              notes: existing.notes ?? '',
              version: String(existing.version),
            }
          : {};
        const title = existing ? context.i18n.t('history.editCase', { number: existing.caseNumber }) : context.i18n.t('history.addCase');
        return (
          <CaseForm
            context={context}
            person={header}
            action={pathOf(request)}
            title={title}
            state={state ?? { values, errors: [] }}
            articles={articles}
          />
        );
      },
    });

  const submit = async (request: CaseRequest, reply: FastifyReply) => {
    const values = typedForm(request.body, FIELDS);
    const { input, problems } = readCase(values);
    const showAgain = (state: Omit<FormState, 'values'>, status: number) => show(request, reply, { values, ...state }, status);
    if (problems.length > 0)
      return submitHistoryChange(deps, request, reply, () => Promise.reject(new HistoryRefused(problems)), showAgain);
    const caseId = request.params.caseId;
    return submitHistoryChange(
      deps,
      request,
      reply,
      () =>
        caseId
          ? updateCase(deps.db, peopleActorOf(request), request.params.id, caseId, formReader(values).version(), input)
          : addCase(deps.db, peopleActorOf(request), request.params.id, input),
      showAgain,
    );
  };

  app.get('/people/:id/history/cases/new', { config: { permission: 'people:edit' } }, (request, reply) =>
    show(request as CaseRequest, reply, null),
  );
  app.post('/people/:id/history/cases/new', { config: { permission: 'people:edit' } }, (request, reply) =>
    submit(request as CaseRequest, reply),
  );
  app.get('/people/:id/history/cases/:caseId/edit', { config: { permission: 'people:edit' } }, (request, reply) =>
    show(request as CaseRequest, reply, null),
  );
  app.post('/people/:id/history/cases/:caseId/edit', { config: { permission: 'people:edit' } }, (request, reply) =>
    submit(request as CaseRequest, reply),
  );
}
