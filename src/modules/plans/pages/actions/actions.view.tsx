import { CsrfField, type FieldError, Select, Textarea, TextInput } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { PersonHeaderModel } from '../../../people/people.service.ts';
import { MANUAL_ACTION_STATUSES } from '../../plans.actions.ts';
import type { ActionRow, ObjectiveRow } from '../../plans.repository.ts';
import { ACTION_KINDS } from '../../plans.tables.ts';
import { PlanStepLayout } from '../plan-page.tsx';
import type { ActionForm, StatusForm } from './action.form.ts';

type Common = { errors: FieldError[]; rowVersion: number };
const errorOf = (errors: FieldError[], name: string) => errors.find((error) => error.field === name)?.message;

/** The form for a new action towards one objective. */
export function NewActionView(props: {
  context: PageContext;
  header: PersonHeaderModel;
  page: Common & { objective: ObjectiveRow; staff: { id: string; name: string }[]; form: ActionForm };
}): JSX.Element {
  const { context, header, page } = props;
  const { t } = context.i18n;
  const { form, errors } = page;
  return (
    <PlanStepLayout context={context} header={header} title={t('plans.action.newTitle')} errors={errors}>
      <p class="govuk-body-l" safe>
        {page.objective.wording}
      </p>
      <form method="post" action={`/people/${header.id}/plan/objectives/${page.objective.id}/actions`} novalidate>
        <CsrfField token={context.csrfToken} />
        <input type="hidden" name="rowVersion" value={String(page.rowVersion)} />
        <Textarea
          name="description"
          label={t('plans.action.description')}
          value={form.description}
          error={errorOf(errors, 'description')}
        />
        <Select
          name="kind"
          label={t('plans.action.kind')}
          hint={t('plans.action.kindHint')}
          options={ACTION_KINDS.map((kind) => ({ value: kind, label: t(`plans.actionKind.${kind}`) }))}
          value={form.kind}
        />
        <Select
          name="responsibleUserId"
          label={t('plans.action.responsibleUser')}
          options={page.staff.map((staff) => ({ value: staff.id, label: staff.name }))}
          value={form.responsibleUserId}
          blank={t('plans.action.nobody')}
          error={errorOf(errors, 'responsibleUserId')}
        />
        <TextInput
          name="responsibleAgency"
          label={t('plans.action.responsibleAgency')}
          hint={t('plans.action.agencyHint')}
          value={form.responsibleAgency}
          error={errorOf(errors, 'responsibleAgency')}
          width={30}
        />
        <TextInput
          name="targetDate"
          label={t('plans.action.targetDate')}
          hint={t('plans.form.dateHint')}
          value={form.targetDate}
          error={errorOf(errors, 'targetDate')}
          width={10}
        />
        <button type="submit" class="govuk-button" data-module="govuk-button" safe>
          {t('plans.action.add')}
        </button>
      </form>
    </PlanStepLayout>
  );
}

/** The form that moves an action on, or cancels it with a reason. */
export function ActionStatusView(props: {
  context: PageContext;
  header: PersonHeaderModel;
  page: Common & { action: ActionRow | Omit<ActionRow, 'responsibleName'>; form: StatusForm };
}): JSX.Element {
  const { context, header, page } = props;
  const { t } = context.i18n;
  return (
    <PlanStepLayout context={context} header={header} title={t('plans.action.statusTitle')} errors={page.errors}>
      <p class="govuk-body-l" safe>
        {page.action.description}
      </p>
      <form method="post" action={`/people/${header.id}/plan/actions/${page.action.id}`} novalidate>
        <CsrfField token={context.csrfToken} />
        <input type="hidden" name="rowVersion" value={String(page.rowVersion)} />
        <Select
          name="status"
          label={t('plans.action.status')}
          options={MANUAL_ACTION_STATUSES.map((status) => ({ value: status, label: t(`plans.actionStatus.${status}`) }))}
          value={page.form.status}
          error={errorOf(page.errors, 'status')}
        />
        <Textarea
          name="reason"
          label={t('plans.action.reason')}
          hint={t('plans.action.reasonHint')}
          value={page.form.reason}
          error={errorOf(page.errors, 'reason')}
        />
        <button type="submit" class="govuk-button" data-module="govuk-button" safe>
          {t('plans.action.save')}
        </button>
      </form>
    </PlanStepLayout>
  );
}
