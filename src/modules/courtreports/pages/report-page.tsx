import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Database, Executor } from '../../../platform/db/pool.ts';
import type { PageContextFactory } from '../../../platform/http/page-context.ts';
import { ErrorSummary, type FieldError } from '../../../platform/views/components.tsx';
import { Layout } from '../../../platform/views/layout.tsx';
import type { PageContext } from '../../../platform/views/page-context.ts';
import { fullName, peopleActorOf } from '../../people/people.service.ts';
import { withReport } from '../courtreports.access.ts';
import type { CourtReportRefused } from '../courtreports.errors.ts';
import { namesOfReport, type ReportNames, type ReportRow } from '../courtreports.repository.ts';

export type CourtReportPageDeps = { db: Database; pageContext: PageContextFactory };

/** The state a form page is shown again with: what was typed, what is wrong, and the answer's status. */
export type FormState<F> = { form?: F; errors?: FieldError[]; status?: number; rowVersion?: number };

/** After a stale refusal the form carries the report's new version: the user has seen the change and may resend. */
export const stateAfterRefusal = <F,>(
  form: F,
  refusal: CourtReportRefused,
  anchor: string,
  message: string,
  rowVersion: number,
): FormState<F> => ({
  form,
  errors: [{ field: anchor, message }],
  status: refusal.status,
  rowVersion: refusal.refusal === 'stale' ? undefined : rowVersion,
});

/**
 * A page about one report: read through `withReport` (scope, allocation, the `court_report.view` audit event
 * with the page), then drawn. An absent report, or one of another office or officer, answers 404.
 */
export async function showReportPage<T>(
  deps: CourtReportPageDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  page: {
    name: string;
    status?: number | undefined;
    load: (tx: Executor, report: ReportRow) => Promise<T>;
    render: (context: PageContext, data: T & { report: ReportRow; names: ReportNames }) => JSX.Element;
  },
) {
  const data = await withReport(
    deps.db,
    peopleActorOf(request),
    {
      reportId: (request.params as { reportId: string }).reportId,
      permission: 'court_reports:write',
      action: 'court_report.view',
      details: { page: page.name },
    },
    async (tx, report) => ({ ...(await page.load(tx, report)), report, names: await namesOfReport(tx, report) }),
  );
  return reply.html(page.render(deps.pageContext(request, reply), data), page.status ?? 200);
}

/** The frame of every step page of a report: back to the report, the error summary, the heading with the person. */
export function ReportStepLayout(props: {
  context: PageContext;
  report: ReportRow;
  names: ReportNames;
  title: string;
  errors: FieldError[];
  children?: JSX.Element | (JSX.Element | JSX.Element[])[];
}): JSX.Element {
  const { t } = props.context.i18n;
  const safeChildren = props.children ?? '';
  return (
    <Layout context={props.context} title={props.title}>
      <a class="govuk-back-link" href={`/court-reports/${props.report.id}`} safe>
        {t('courtReports.page.backToReport')}
      </a>
      <ErrorSummary title={t('error.summaryTitle')} errors={props.errors} />
      <span class="govuk-caption-l" safe>
        {`${fullName(props.names.person)} — ${props.report.caseNumber}`}
      </span>
      <h1 class="govuk-heading-l" safe>
        {props.title}
      </h1>
      <>{safeChildren}</>
    </Layout>
  );
}

/** The hidden row version every form of a report carries. */
export const RowVersionField = ({ value }: { value: number }) => <input type="hidden" name="rowVersion" value={String(value)} />;

/** GOV.UK radios for a coded choice, with the error shown above them. */
export function Radios(props: {
  name: string;
  legend: string;
  options: readonly { value: string; label: string }[];
  value: string;
  error?: string | undefined;
}): JSX.Element {
  return (
    <div class={`govuk-form-group${props.error ? ' govuk-form-group--error' : ''}`}>
      <fieldset class="govuk-fieldset" id={props.name}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s" safe>
          {props.legend}
        </legend>
        {props.error ? (
          <p class="govuk-error-message" safe>
            {props.error}
          </p>
        ) : (
          ''
        )}
        <div class="govuk-radios" data-module="govuk-radios">
          {props.options.map((option) => (
            <div class="govuk-radios__item">
              <input
                class="govuk-radios__input"
                id={`${props.name}-${option.value}`}
                name={props.name}
                type="radio"
                value={option.value}
                checked={props.value === option.value}
              />
              <label class="govuk-label govuk-radios__label" for={`${props.name}-${option.value}`} safe>
                {option.label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

export const errorOf = (errors: readonly FieldError[], name: string) => errors.find((error) => error.field === name)?.message;
