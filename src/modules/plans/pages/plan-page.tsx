import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Executor } from '../../../platform/db/pool.ts';
import type { MessageKey } from '../../../platform/i18n/catalog.ts';
import { ErrorSummary, type FieldError } from '../../../platform/views/components.tsx';
import type { PageContext } from '../../../platform/views/page-context.ts';
import {
  type PersonHeaderModel,
  PersonLayout,
  type PersonPageDeps,
  type PersonRequest,
  type PersonRow,
  showPersonPage,
} from '../../people/people.service.ts';
import { PlanRefused } from '../plans.errors.ts';
import { openPlanOf, type PlanRow } from '../plans.repository.ts';

type Body = Record<string, unknown>;

/** A text field of a posted form, cut to a length (anything longer is refused by the form's own check). */
export const field = (body: Body, name: string, max = 4000): string => {
  const value = body[name];
  const text = typeof value === 'string' ? value : Array.isArray(value) ? String(value[0] ?? '') : '';
  return text.slice(0, max + 1);
};

/** The plan's row version the form was opened at; anything unreadable is a version no plan has (a 409). */
export const rowVersionOf = (body: Body): number => {
  const version = Number(field(body, 'rowVersion', 12));
  return Number.isInteger(version) && version > 0 ? version : 0;
};

/**
 * A page about one step of the person's open plan: read through `showPersonPage` (scope, audit, header band);
 * a person with no open plan has no such page (404).
 */
export function showPlanPage<T>(
  deps: PersonPageDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  page: {
    status?: number | undefined;
    details?: Record<string, unknown>;
    load: (tx: Executor, person: PersonRow, plan: PlanRow) => Promise<T>;
    render: (context: PageContext, header: PersonHeaderModel, data: T & { plan: PlanRow }) => JSX.Element;
  },
) {
  return showPersonPage(deps, request as PersonRequest, reply, {
    tab: 'plan',
    status: page.status,
    details: page.details,
    load: async (tx, person) => {
      const plan = await openPlanOf(tx, person.id);
      if (!plan) throw new PlanRefused('not_found', 404);
      return { ...(await page.load(tx, person, plan)), plan };
    },
    render: page.render,
  });
}

/** The frame of every plan step page: back to the plan, the error summary, the heading. */
export function PlanStepLayout(props: {
  context: PageContext;
  header: PersonHeaderModel;
  title: string;
  errors: FieldError[];
  children?: JSX.Element | (JSX.Element | JSX.Element[])[];
}): JSX.Element {
  const { t } = props.context.i18n;
  const safeChildren = props.children ?? '';
  return (
    <PersonLayout context={props.context} person={props.header} tab="plan" title={props.title}>
      <a class="govuk-back-link" href={`/people/${props.header.id}/plan`} safe>
        {t('plans.page.backToPlan')}
      </a>
      <ErrorSummary title={t('error.summaryTitle')} errors={props.errors} />
      <h1 class="govuk-heading-l" safe>
        {props.title}
      </h1>
      <>{safeChildren}</>
    </PersonLayout>
  );
}

/** A refusal of the plans service as an error on the page, at the field it concerns (or the form's anchor). */
export function refusalError(refusal: PlanRefused, t: (key: MessageKey) => string, anchor: string): FieldError {
  return { field: anchor, message: t(refusal.messageKey) };
}

/** The state a form page is shown again with: what was typed, what is wrong, and the answer's status. */
export type FormState<F> = { form?: F; errors?: FieldError[]; status?: number; rowVersion?: number };

/** After a stale refusal the form carries the plan's new version: the user has seen the change and may resend. */
export const stateAfterRefusal = <F,>(form: F, refusal: PlanRefused, error: FieldError, rowVersion: number): FormState<F> => ({
  form,
  errors: [error],
  status: refusal.status,
  rowVersion: refusal.refusal === 'stale' ? undefined : rowVersion,
});
