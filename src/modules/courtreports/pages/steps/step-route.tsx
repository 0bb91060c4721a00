import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Permission } from '../../../../platform/auth/permissions.ts';
import type { Executor } from '../../../../platform/db/pool.ts';
import type { MessageKey } from '../../../../platform/i18n/catalog.ts';
import type { I18n } from '../../../../platform/i18n/translator.ts';
import { CsrfField, type FieldError } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { type PeopleActor, peopleActorOf, todayInBishkek } from '../../../people/people.service.ts';
import { refusalOf } from '../../courtreports.errors.ts';
import type { ReportNames, ReportRow } from '../../courtreports.repository.ts';
import { rowVersionOf } from '../forms.ts';
import {
  type CourtReportPageDeps,
  type FormState,
  ReportStepLayout,
  RowVersionField,
  showReportPage,
  stateAfterRefusal,
} from '../report-page.tsx';

type Body = Record<string, unknown>;
type Params = { reportId: string };

/**
 * One step of writing a report, as a form page of its own (`/court-reports/:reportId/<path>`): shown with the
 * report's values (or what was typed), checked, saved by the service at the row version the form was opened at,
 * then back to the report. Bad input and refusals come back on the form with nothing saved.
 */
export type StepDefinition<F, I, O> = {
  path: string;
  title: MessageKey;
  submit: MessageKey;
  permission: Permission;
  /** The `done` notice the report page shows after saving. */
  done: string;
  /** Extra data the form needs (the assessments in force, the officers of the office…). */
  options: (tx: Executor, report: ReportRow, request: FastifyRequest) => Promise<O>;
  formOf: (report: ReportRow, options: O, today: string) => F;
  parse: (body: Body) => F;
  validate: (form: F, t: I18n['t'], today: string) => { errors: FieldError[]; input: I | null };
  save: (actor: PeopleActor, input: I & { reportId: string; rowVersion: number }) => Promise<void>;
  /** The field a refusal concerns, for the error summary's link. */
  anchor: (refusal: string) => string;
  Fields: (props: {
    context: PageContext;
    form: F;
    errors: FieldError[];
    options: O;
    report: ReportRow;
    names: ReportNames;
  }) => JSX.Element;
  /** What the page shows above the form (the interviews so far…). */
  Above?: (props: { context: PageContext; report: ReportRow; options: O }) => JSX.Element;
};

export function stepRoutes<F, I, O>(app: FastifyInstance, deps: CourtReportPageDeps, step: StepDefinition<F, I, O>) {
  const url = `/court-reports/:reportId/${step.path}`;
  const render = (request: FastifyRequest, reply: FastifyReply, state: FormState<F>) =>
    showReportPage(deps, request, reply, {
      name: step.path,
      status: state.status,
      load: async (tx, report) => ({ options: await step.options(tx, report, request) }),
      render: (context, { report, names, options }) => {
        const errors = state.errors ?? [];
        const form = state.form ?? step.formOf(report, options, todayInBishkek());
        const Above = step.Above;
        return (
          <ReportStepLayout context={context} report={report} names={names} title={context.i18n.t(step.title)} errors={errors}>
            {Above ? <Above context={context} report={report} options={options} /> : ''}
            <form method="post" action={`/court-reports/${report.id}/${step.path}`} novalidate>
              <CsrfField token={context.csrfToken} />
              <RowVersionField value={state.rowVersion ?? report.rowVersion} />
              <step.Fields context={context} form={form} errors={errors} options={options} report={report} names={names} />
              <button type="submit" class="govuk-button" data-module="govuk-button" safe>
                {context.i18n.t(step.submit)}
              </button>
            </form>
          </ReportStepLayout>
        );
      },
    });
  const config = { config: { permission: step.permission } };

  app.get<{ Params: Params }>(url, config, (request, reply) => render(request, reply, {}));

  app.post<{ Params: Params; Body: Body }>(url, config, async (request, reply) => {
    const body = request.body ?? {};
    const form = step.parse(body);
    const rowVersion = rowVersionOf(body);
    const today = todayInBishkek();
    const { input, errors } = step.validate(form, request.i18n.t, today);
    if (!input) return render(request, reply, { form, errors, status: 400, rowVersion });
    const refusal = await refusalOf(() => step.save(peopleActorOf(request), { ...input, reportId: request.params.reportId, rowVersion }));
    if (refusal)
      return render(
        request,
        reply,
        stateAfterRefusal(form, refusal, step.anchor(refusal.refusal), request.i18n.t(refusal.messageKey), rowVersion),
      );
    return reply.redirect(`/court-reports/${request.params.reportId}?done=${step.done}`, 303);
  });
}
