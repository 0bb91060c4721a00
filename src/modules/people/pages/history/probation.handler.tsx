import type { FastifyInstance, FastifyReply } from 'fastify';
import { notFound } from '../../../../platform/http/errors.ts';
import { addProbationEpisode, endProbationEpisode, episodeOf, HistoryRefused, unitsOfKinds } from '../../people.history.ts';
import { PROBATION_TYPES } from '../../people.tables.ts';
import { type PersonPageDeps, peopleActorOf } from '../person/person.page.ts';
import { fieldsOf, type FormState, HistoryFormPage } from './history-form.view.tsx';
import { formReader, typedForm } from './history.forms.ts';
import { type FormRequest, showHistoryForm, submitHistoryChange } from './history.handler.tsx';

const NEW_FIELDS = ['probationType', 'office', 'startedOn', 'endedOn', 'endReason'] as const;
const END_FIELDS = ['endedOn', 'endReason', 'version'] as const;

/** Probation episodes: adding one (at a probation office, of a type) and ending an open one with its reason. */
export async function probationRoutes(app: FastifyInstance, deps: PersonPageDeps) {
  type EpisodeRequest = FormRequest & { params: { episodeId: string } };

  const showNew = (request: FormRequest, reply: FastifyReply, state: FormState | null, status = 200) =>
    showHistoryForm(deps, request, reply, {
      form: 'probation.new',
      status,
      load: (tx) => unitsOfKinds(tx, 'probation'),
      render: (context, header, offices) => {
        const { t, locale } = context.i18n;
        const current = state ?? { values: {}, errors: [] };
        const field = fieldsOf(context, current);
        return (
          <HistoryFormPage
            context={context}
            person={header}
            title={t('history.addEpisode')}
            action={`/people/${header.id}/history/probation/new`}
            state={current}
          >
            {field.select(
              'probationType',
              PROBATION_TYPES.map((value) => ({ value, label: t(`history.probationType.${value}`) })),
            )}
            {field.select(
              'office',
              offices.map((office) => ({ value: office.code, label: office.name[locale] })),
            )}
            {field.date('startedOn')}
            {field.date('endedOn')}
            {field.area('endReason')}
          </HistoryFormPage>
        );
      },
    });

  const showEnd = (request: EpisodeRequest, reply: FastifyReply, state: FormState | null, status = 200) =>
    showHistoryForm(deps, request, reply, {
      form: 'probation.end',
      status,
      load: async (tx, person) => {
        const episode = await episodeOf(tx, person.id, request.params.episodeId);
        if (!episode) throw notFound('people.history.episode_not_found');
        return episode;
      },
      render: (context, header, episode) => {
        const current = state ?? { values: { version: String(episode.version) }, errors: [] };
        const field = fieldsOf(context, current);
        return (
          <HistoryFormPage
            context={context}
            person={header}
            title={context.i18n.t('history.endEpisode')}
            action={`/people/${header.id}/history/probation/${episode.id}/end`}
            state={current}
          >
            {field.version()}
            {field.date('endedOn')}
            {field.area('endReason')}
          </HistoryFormPage>
        );
      },
    });

  app.get('/people/:id/history/probation/new', { config: { permission: 'people:edit' } }, (request, reply) =>
    showNew(request as FormRequest, reply, null),
  );
  app.post('/people/:id/history/probation/new', { config: { permission: 'people:edit' } }, async (request, reply) => {
    const formRequest = request as FormRequest;
    const values = typedForm(request.body, NEW_FIELDS);
    const offices = await unitsOfKinds(deps.db, 'probation');
    const read = formReader(values);
    const probationType = read.choice('probationType', PROBATION_TYPES, { required: true });
    const office = read.choice(
      'office',
      offices.map((unit) => unit.code),
      { required: true },
    );
    const input = {
      probationType: probationType ?? 'executive',
      officeId: offices.find((unit) => unit.code === office)?.id ?? '',
      startedOn: read.date('startedOn', { required: true }) ?? '',
      endedOn: read.date('endedOn'),
      endReason: read.text('endReason', { max: 1000 }),
    };
    return submitHistoryChange(
      deps,
      formRequest,
      reply,
      () =>
        read.problems.length > 0
          ? Promise.reject(new HistoryRefused(read.problems))
          : addProbationEpisode(deps.db, peopleActorOf(request), formRequest.params.id, input),
      (state, status) => showNew(formRequest, reply, { values, ...state }, status),
    );
  });

  app.get('/people/:id/history/probation/:episodeId/end', { config: { permission: 'people:edit' } }, (request, reply) =>
    showEnd(request as EpisodeRequest, reply, null),
  );
  app.post('/people/:id/history/probation/:episodeId/end', { config: { permission: 'people:edit' } }, async (request, reply) => {
    const episodeRequest = request as EpisodeRequest;
    const values = typedForm(request.body, END_FIELDS);
    const read = formReader(values);
    const endedOn = read.date('endedOn', { required: true });
    const endReason = read.text('endReason', { required: true, max: 1000 });
    return submitHistoryChange(
      deps,
      episodeRequest,
      reply,
      () =>
        read.problems.length > 0 || !endedOn || !endReason
          ? Promise.reject(new HistoryRefused(read.problems))
          : endProbationEpisode(
              deps.db,
              peopleActorOf(request),
              episodeRequest.params.id,
              episodeRequest.params.episodeId,
              read.version(),
              {
                endedOn,
                endReason,
              },
            ),
      (state, status) => showEnd(episodeRequest, reply, { values, ...state }, status),
    );
  });
}
