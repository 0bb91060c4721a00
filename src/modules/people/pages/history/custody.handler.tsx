import type { FastifyInstance, FastifyReply } from 'fastify';
import { notFound } from '../../../../platform/http/errors.ts';
import { REGIMES } from '../../../../platform/org/org.tables.ts';
import type { MovementInput } from '../../people.history.ts';
import { HistoryRefused, recordMovement, unitsOfKinds } from '../../people.history.ts';
import { CUSTODY_EVENT_KINDS, RELEASE_TYPES } from '../../people.tables.ts';
import { type PersonPageDeps, peopleActorOf } from '../person/person.page.ts';
import { fieldsOf, type FormState, HistoryFormPage } from './history-form.view.tsx';
import { formReader, typedForm } from './history.forms.ts';
import { type FormRequest, showHistoryForm, submitHistoryChange } from './history.handler.tsx';

type Kind = (typeof CUSTODY_EVENT_KINDS)[number];
type Facility = { id: string; code: string };
const FIELDS = ['occurredOn', 'facility', 'regime', 'basis', 'releaseType', 'reason'] as const;
const TITLES = { admission: 'history.admit', transfer: 'history.transfer', release: 'history.release' } as const;

/**
 * The typed movement into the service's input. The facility is chosen by code from the custody facilities;
 * a transfer needs its reason, a release its type; a transfer may leave "held as" to stay what it was.
 */
function readMovement(kind: Kind, values: Record<string, string>, facilities: Facility[]) {
  const read = formReader(values);
  const occurredOn = read.date('occurredOn', { required: true });
  const code =
    kind === 'release'
      ? null
      : read.choice(
          'facility',
          facilities.map((facility) => facility.code),
          { required: true },
        );
  const basis = kind === 'release' ? null : read.choice('basis', ['remand', 'convicted'] as const, { required: kind === 'admission' });
  const input: MovementInput = {
    kind,
    occurredOn: occurredOn ?? '',
    facilityId: facilities.find((facility) => facility.code === code)?.id ?? null,
    regime: kind === 'release' ? null : read.choice('regime', REGIMES),
    remand: basis === null ? null : basis === 'remand',
    releaseType: kind === 'release' ? read.choice('releaseType', RELEASE_TYPES, { required: true }) : null,
    reason: read.text('reason', { required: kind === 'transfer', max: 1000 }),
  };
  return { input, problems: read.problems };
}

/** Admission, transfer and release, each on its own small page under the history tab. */
export async function custodyRoutes(app: FastifyInstance, deps: PersonPageDeps) {
  type KindRequest = FormRequest & { params: { kind: string } };
  const kindOf = (request: KindRequest): Kind => {
    const kind = request.params.kind;
    if (!(CUSTODY_EVENT_KINDS as readonly string[]).includes(kind)) throw notFound();
    return kind as Kind;
  };

  const show = (request: KindRequest, reply: FastifyReply, state: FormState | null, status = 200) => {
    const kind = kindOf(request);
    return showHistoryForm(deps, request, reply, {
      form: `custody.${kind}`,
      status,
      load: (tx) => unitsOfKinds(tx, 'custody'),
      render: (context, header, facilities) => {
        const { t, locale } = context.i18n;
        const field = fieldsOf(context, state ?? { values: {}, errors: [] });
        const facilityOptions = facilities.map((unit) => ({
          value: unit.code,
          label: unit.regime ? `${unit.name[locale]} — ${t(`regime.${unit.regime}`)}` : unit.name[locale],
        }));
        return (
          <HistoryFormPage
            context={context}
            person={header}
            title={t(TITLES[kind])}
            action={`/people/${header.id}/history/custody/${kind}`}
            state={state ?? { values: {}, errors: [] }}
          >
            {field.date('occurredOn')}
            {kind === 'release' ? '' : field.select('facility', facilityOptions)}
            {kind === 'release'
              ? ''
              : field.select(
                  'basis',
                  (['remand', 'convicted'] as const).map((value) => ({ value, label: t(`history.basis.${value}`) })),
                )}
            {kind === 'release'
              ? ''
              : field.select(
                  'regime',
                  REGIMES.map((value) => ({ value, label: t(`regime.${value}`) })),
                  { hint: t('history.field.regimeHint') },
                )}
            {kind === 'release'
              ? field.select(
                  'releaseType',
                  RELEASE_TYPES.map((value) => ({ value, label: t(`history.releaseType.${value}`) })),
                )
              : ''}
            {field.area('reason')}
          </HistoryFormPage>
        );
      },
    });
  };

  app.get('/people/:id/history/custody/:kind', { config: { permission: 'people:edit' } }, (request, reply) =>
    show(request as KindRequest, reply, null),
  );
  app.post('/people/:id/history/custody/:kind', { config: { permission: 'people:edit' } }, async (request, reply) => {
    const kindRequest = request as KindRequest;
    const kind = kindOf(kindRequest);
    const values = typedForm(request.body, FIELDS);
    const { input, problems } = readMovement(kind, values, await unitsOfKinds(deps.db, 'custody'));
    const showAgain = (state: Omit<FormState, 'values'>, status: number) => show(kindRequest, reply, { values, ...state }, status);
    return submitHistoryChange(
      deps,
      kindRequest,
      reply,
      () =>
        problems.length > 0
          ? Promise.reject(new HistoryRefused(problems))
          : recordMovement(deps.db, peopleActorOf(request), kindRequest.params.id, input),
      showAgain,
    );
  });
}
