import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { I18n } from '../../../../platform/i18n/translator.ts';
import { CsrfField, type FieldError, Textarea, TextInput } from '../../../../platform/views/components.tsx';
import { type PersonPageDeps, parseUserDate, peopleActorOf, todayInBishkek, userDateOf } from '../../../people/people.service.ts';
import { planRefusalOf } from '../../plans.errors.ts';
import { objectivesOf } from '../../plans.repository.ts';
import { recordReview, scheduledReviewDate } from '../../plans.reviews.ts';
import { field, type FormState, PlanStepLayout, rowVersionOf, showPlanPage, stateAfterRefusal } from '../plan-page.tsx';

type Params = { id: string };
type ReviewForm = { summary: string; notes: Record<string, string>; nextReviewDate: string };
const MAX = 4000;
const NOTE = /^note-([0-9a-f-]{36})$/i;

function formOf(body: Record<string, unknown>): ReviewForm {
  const notes: Record<string, string> = {};
  for (const name of Object.keys(body)) {
    const objectiveId = NOTE.exec(name)?.[1];
    if (objectiveId) notes[objectiveId] = field(body, name, MAX);
  }
  return { summary: field(body, 'summary', MAX), notes, nextReviewDate: field(body, 'nextReviewDate', 20) };
}

function validate(form: ReviewForm, { t }: I18n) {
  const errors: FieldError[] = [];
  if (form.summary.trim() === '')
    errors.push({ field: 'summary', message: t('validation.required', { field: t('plans.review.summary') }) });
  else if (form.summary.length > MAX) errors.push({ field: 'summary', message: t('plans.form.tooLong', { max: MAX }) });
  for (const [objectiveId, note] of Object.entries(form.notes))
    if (note.length > MAX) errors.push({ field: `note-${objectiveId}`, message: t('plans.form.tooLong', { max: MAX }) });
  const next = parseUserDate(form.nextReviewDate);
  if (!next) errors.push({ field: 'nextReviewDate', message: t('plans.form.date', { field: t('plans.review.next') }) });
  return { next, errors };
}

/**
 * `/people/:id/plan/review` (`plans:write`): a review of an approved plan — a summary, progress on each
 * objective, and the next review date, offered from the schedule (plans.review-schedule.ts) and changeable.
 */
export async function planReviewRoutes(app: FastifyInstance, deps: PersonPageDeps) {
  const render = (request: FastifyRequest, reply: FastifyReply, state: FormState<ReviewForm>) =>
    showPlanPage(deps, request, reply, {
      status: state.status,
      load: async (tx, _person, plan) => ({
        objectives: await objectivesOf(tx, plan.id),
        scheduled: await scheduledReviewDate(tx, plan, todayInBishkek()),
      }),
      render: (context, header, { plan, objectives, scheduled }) => {
        const { t } = context.i18n;
        const form = state.form ?? { summary: '', notes: {}, nextReviewDate: userDateOf(scheduled) };
        const errors = state.errors ?? [];
        const errorOf = (name: string) => errors.find((error) => error.field === name)?.message;
        return (
          <PlanStepLayout context={context} header={header} title={t('plans.review.title')} errors={errors}>
            <form method="post" action={`/people/${header.id}/plan/review`} novalidate>
              <CsrfField token={context.csrfToken} />
              <input type="hidden" name="rowVersion" value={String(state.rowVersion ?? plan.rowVersion)} />
              {objectives.map((objective) => (
                <Textarea
                  name={`note-${objective.id}`}
                  label={t('plans.review.progressOn', { objective: objective.wording })}
                  value={form.notes[objective.id] ?? ''}
                  error={errorOf(`note-${objective.id}`)}
                />
              ))}
              <Textarea name="summary" label={t('plans.review.summary')} value={form.summary} error={errorOf('summary')} rows={5} />
              <TextInput
                name="nextReviewDate"
                label={t('plans.review.next')}
                hint={t('plans.review.nextHint')}
                value={form.nextReviewDate}
                error={errorOf('nextReviewDate')}
                width={10}
              />
              <button type="submit" class="govuk-button" data-module="govuk-button" safe>
                {t('plans.review.save')}
              </button>
            </form>
          </PlanStepLayout>
        );
      },
    });
  const config = { config: { permission: 'plans:write' as const } };

  app.get<{ Params: Params }>('/people/:id/plan/review', config, (request, reply) => render(request, reply, {}));

  app.post<{ Params: Params; Body: Record<string, unknown> }>('/people/:id/plan/review', config, async (request, reply) => {
    const body = request.body ?? {};
    const form = formOf(body);
    const rowVersion = rowVersionOf(body);
    const { next, errors } = validate(form, request.i18n);
    if (!next || errors.length > 0) return render(request, reply, { form, errors, status: 400, rowVersion });
    const refusal = await planRefusalOf(() =>
      recordReview(deps.db, peopleActorOf(request), {
        personId: request.params.id,
        rowVersion,
        summary: form.summary,
        notes: form.notes,
        nextReviewDate: next,
      }),
    );
    if (refusal) {
      const anchor = refusal.refusal === 'review_date_in_past' ? 'nextReviewDate' : 'summary';
      return render(
        request,
        reply,
        stateAfterRefusal(form, refusal, { field: anchor, message: request.i18n.t(refusal.messageKey) }, rowVersion),
      );
    }
    return reply.redirect(`/people/${request.params.id}/plan?done=review`, 303);
  });
}
