import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../../../../platform/db/pool.ts';
import type { PageContextFactory } from '../../../../platform/http/page-context.ts';
import { peopleActorOf } from '../../../people/people.service.ts';
import { probationNotFound } from '../../probation.errors.ts';
import {
  activeConditionTypes,
  listProbationTypes,
  probationTypeByCode,
  type ProbationTypeRow,
  type SettingKey,
  settingsVersion,
  updateProbationType,
  updateSettings,
} from '../../probation.reference.ts';
import { contactIntervals, defaultCapacity } from '../../probation.settings.ts';
import { type Body, emptyState, type FormState, readForm, refusalOf } from '../probation.form.ts';
import { TypeEditView, TypesView } from './types.view.tsx';

type Deps = { db: Database; pageContext: PageContextFactory };
type Params = { Params: { code: string } };

const valuesOf = (type: ProbationTypeRow): Record<string, string> => ({
  version: String(type.version),
  name_ky: type.name.ky,
  name_ru: type.name.ru,
  name_en: type.name.en,
  description_ky: type.description.ky,
  description_ru: type.description.ru,
  description_en: type.description.en,
});

/**
 * The probation types as reference data: everyone with `reference:read` sees them with the conditions list and
 * the contact intervals; an administrator (`reference:edit`) edits a type's names and descriptions.
 */
export async function typeRoutes(app: FastifyInstance, deps: Deps) {
  const list = async (request: FastifyRequest, reply: FastifyReply, state: FormState, status = 200) => {
    const view = (
      <TypesView
        context={deps.pageContext(request, reply)}
        types={await listProbationTypes(deps.db)}
        conditions={await activeConditionTypes(deps.db)}
        intervals={await contactIntervals(deps.db)}
        settings={{ version: await settingsVersion(deps.db), capacity: await defaultCapacity(deps.db) }}
        state={state}
        notice={state.notice}
      />
    );
    return reply.html(view, status);
  };

  app.get<{ Querystring: { done?: string } }>('/probation/types', { config: { permission: 'reference:read' } }, (request, reply) => {
    const done = request.query.done;
    const notice =
      done === 'saved' || done === 'settings'
        ? request.i18n.t(done === 'saved' ? 'probation.done.typeSaved' : 'probation.done.settings')
        : undefined;
    return list(request, reply, emptyState(notice));
  });

  app.post<{ Body: Body }>('/probation/settings', { config: { permission: 'reference:edit' } }, async (request, reply) => {
    const form = readForm(request.body, request.i18n.t);
    const version = form.version();
    const values = {
      'interval.high': form.int('interval_high', 1, 365),
      'interval.medium': form.int('interval_medium', 1, 365),
      'interval.low': form.int('interval_low', 1, 365),
      'interval.unclassified': form.int('interval_unclassified', 1, 365),
      'capacity.default': form.int('capacity', 1, 500),
    };
    form.values.version = String(version);
    if (form.errors.length > 0) return list(request, reply, { errors: form.errors, values: form.values }, 400);
    const refusal = await refusalOf(
      () => updateSettings(deps.db, peopleActorOf(request), { version, values: values as Record<SettingKey, number> }),
      request.i18n.t,
    );
    if (refusal) return list(request, reply, { errors: [refusal.error], values: form.values }, refusal.status);
    return reply.redirect('/probation/types?done=settings', 303);
  });

  const edit = { config: { permission: 'reference:edit' as const } };
  const render = async (request: FastifyRequest<Params>, reply: FastifyReply, state: FormState | null, status = 200) => {
    const type = await probationTypeByCode(deps.db, request.params.code);
    if (!type) throw probationNotFound();
    const shown = state ?? { errors: [], values: valuesOf(type) };
    return reply.html(<TypeEditView context={deps.pageContext(request, reply)} type={type} state={shown} />, status);
  };

  app.get<Params>('/probation/types/:code', edit, (request, reply) => render(request, reply, null));

  app.post<Params & { Body: Body }>('/probation/types/:code', edit, async (request, reply) => {
    const form = readForm(request.body, request.i18n.t);
    const version = form.version();
    const name = { ky: form.text('name_ky', { max: 200 }), ru: form.text('name_ru', { max: 200 }), en: form.text('name_en', { max: 200 }) };
    const description = { ky: form.text('description_ky'), ru: form.text('description_ru'), en: form.text('description_en') };
    form.values.version = String(version);
    if (form.errors.length > 0) return render(request, reply, { errors: form.errors, values: form.values }, 400);
    const refusal = await refusalOf(
      () =>
        updateProbationType(deps.db, peopleActorOf(request), {
          code: request.params.code,
          version,
          name: name as { ky: string; ru: string; en: string },
          description: description as { ky: string; ru: string; en: string },
        }),
      request.i18n.t,
    );
    if (refusal) return render(request, reply, { errors: [refusal.error], values: form.values }, refusal.status);
    return reply.redirect('/probation/types?done=saved', 303);
  });
}
