import { Radios } from '../../../../platform/views/choices.tsx';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { I18n } from '../../../../platform/i18n/translator.ts';
import { CsrfField, type FieldError, Textarea, TextInput } from '../../../../platform/views/components.tsx';
import { type PersonPageDeps, parseUserDate, peopleActorOf, todayInBishkek, userDateOf } from '../../../people/people.service.ts';
import { planRefusalOf } from '../../plans.errors.ts';
import { recordAgreement } from '../../plans.lifecycle.ts';
import { AGREEMENTS } from '../../plans.tables.ts';
import { field, type FormState, PlanStepLayout, rowVersionOf, showPlanPage, stateAfterRefusal } from '../plan-page.tsx';

type Params = { id: string };
type AgreementForm = { agreement: string; words: string; on: string };
const MAX = 4000;

function validate(form: AgreementForm, { t }: I18n, today: string) {
  const errors: FieldError[] = [];
  if (!(AGREEMENTS as readonly string[]).includes(form.agreement))
    errors.push({ field: 'agreement', message: t('plans.agreement.required') });
  if (form.words.length > MAX) errors.push({ field: 'words', message: t('plans.form.tooLong', { max: MAX }) });
  const on = parseUserDate(form.on);
  if (!on) errors.push({ field: 'on', message: t('plans.form.date', { field: t('plans.agreement.on') }) });
  else if (on > today) errors.push({ field: 'on', message: t('plans.agreement.future') });
  return { on, errors };
}

/**
 * `/people/:id/plan/agreement` (`plans:write`): whether the person agrees with the plan (fully, in part, or not)
 * and what they said about it in their own words — the right to be heard. Recorded again whenever it changes.
 */
export async function planAgreementRoutes(app: FastifyInstance, deps: PersonPageDeps) {
  const render = (request: FastifyRequest, reply: FastifyReply, state: FormState<AgreementForm>) =>
    showPlanPage(deps, request, reply, {
      status: state.status,
      load: () => Promise.resolve({}),
      render: (context, header, { plan }) => {
        const { t } = context.i18n;
        const form = state.form ?? {
          agreement: plan.agreement ?? '',
          words: plan.personWords ?? '',
          on: userDateOf(plan.agreementOn ?? todayInBishkek()),
        };
        const errors = state.errors ?? [];
        const errorOf = (name: string) => errors.find((error) => error.field === name)?.message;
        return (
          <PlanStepLayout context={context} header={header} title={t('plans.agreement.title')} errors={errors}>
            <form method="post" action={`/people/${header.id}/plan/agreement`} novalidate>
              <CsrfField token={context.csrfToken} />
              <input type="hidden" name="rowVersion" value={String(state.rowVersion ?? plan.rowVersion)} />
              <Radios
                name="agreement"
                legend={t('plans.agreement.legend')}
                options={AGREEMENTS.map((value) => ({ value, label: t(`plans.agreement.${value}`) }))}
                value={form.agreement}
                error={errorOf('agreement')}
                large
              />
              <Textarea
                name="words"
                label={t('plans.agreement.words')}
                hint={t('plans.agreement.wordsHint')}
                value={form.words}
                error={errorOf('words')}
                rows={5}
              />
              <TextInput
                name="on"
                label={t('plans.agreement.on')}
                hint={t('plans.form.dateHint')}
                value={form.on}
                error={errorOf('on')}
                width={10}
              />
              <button type="submit" class="govuk-button" data-module="govuk-button" safe>
                {t('plans.agreement.save')}
              </button>
            </form>
          </PlanStepLayout>
        );
      },
    });
  const config = { config: { permission: 'plans:write' as const } };

  app.get<{ Params: Params }>('/people/:id/plan/agreement', config, (request, reply) => render(request, reply, {}));

  app.post<{ Params: Params; Body: Record<string, unknown> }>('/people/:id/plan/agreement', config, async (request, reply) => {
    const body = request.body ?? {};
    const form = { agreement: field(body, 'agreement', 20), words: field(body, 'words', MAX), on: field(body, 'on', 20) };
    const rowVersion = rowVersionOf(body);
    const { on, errors } = validate(form, request.i18n, todayInBishkek());
    if (errors.length > 0 || !on) return render(request, reply, { form, errors, status: 400, rowVersion });
    const agreement = form.agreement as (typeof AGREEMENTS)[number];
    const refusal = await planRefusalOf(() =>
      recordAgreement(deps.db, peopleActorOf(request), {
        personId: request.params.id,
        rowVersion,
        agreement,
        words: form.words.trim(),
        on,
      }),
    );
    if (refusal)
      return render(
        request,
        reply,
        stateAfterRefusal(form, refusal, { field: 'agreement', message: request.i18n.t(refusal.messageKey) }, rowVersion),
      );
    return reply.redirect(`/people/${request.params.id}/plan?done=agreement`, 303);
  });
}
