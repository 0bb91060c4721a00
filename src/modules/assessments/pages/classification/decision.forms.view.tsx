import { CsrfField, type FieldError, Select, Textarea } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { CLASSIFICATION_CATEGORIES, PLACEMENT_OPTIONS } from '../../classification.tables.ts';
import { RISK_LEVELS, SUPERVISION_INTENSITIES } from '../../instruments/instrument.definition.ts';
import { type DecisionForm, NOT_ASSESSED, RISK_FIELDS } from './decision.form.ts';

type Props = {
  context: PageContext;
  action: string;
  rowVersion: number;
  probationClient: boolean;
  /** The override form's fields: Kadam's proposal at first, what was typed after a refusal. */
  form: DecisionForm;
  errors: FieldError[];
};

const Hidden = ({ context, action, rowVersion }: { context: PageContext; action: string; rowVersion: number }) => (
  <>
    <CsrfField token={context.csrfToken} />
    <input type="hidden" name="action" value={action} />
    <input type="hidden" name="rowVersion" value={String(rowVersion)} />
  </>
);

/**
 * The classification committee's three answers to Kadam's proposal, each its own form: confirm it; decide
 * differently, choosing every field and writing why; or return it with a comment.
 */
export function DecisionForms({ context, action, rowVersion, probationClient, form, errors }: Props): JSX.Element {
  const { t } = context.i18n;
  const errorFor = (field: string) => errors.find((error) => error.field === field)?.message;
  const choose = t('assessments.classification.choose');
  const levels = [
    ...RISK_LEVELS.map((level) => ({ value: level, label: t(`assessments.label.level.${level}`) })),
    { value: NOT_ASSESSED, label: t('assessments.classification.notAssessed') },
  ];
  return (
    <div data-section="decide" id="decide">
      <form method="post" action={action} novalidate id="confirm">
        <Hidden context={context} action="confirm" rowVersion={rowVersion} />
        <h3 class="govuk-heading-s" safe>
          {t('assessments.classification.confirmTitle')}
        </h3>
        <button type="submit" class="govuk-button" data-module="govuk-button" safe>
          {t('assessments.classification.confirm')}
        </button>
      </form>
      <form method="post" action={action} novalidate id="override">
        <Hidden context={context} action="override" rowVersion={rowVersion} />
        <h3 class="govuk-heading-s" safe>
          {t('assessments.classification.overrideTitle')}
        </h3>
        <p class="govuk-hint" safe>
          {t('assessments.classification.overrideHint')}
        </p>
        <Select
          name="category"
          label={t('assessments.classification.category')}
          value={form.category}
          blank={choose}
          error={errorFor('category')}
          options={CLASSIFICATION_CATEGORIES.map((value) => ({ value, label: t(`assessments.classification.category.${value}`) }))}
        />
        {RISK_FIELDS.map((field) => (
          <Select
            name={field}
            label={t(`assessments.classification.risk.${field}`)}
            value={form[field]}
            blank={choose}
            error={errorFor(field)}
            options={levels}
          />
        ))}
        {probationClient ? (
          <Select
            name="intensity"
            label={t('assessments.classification.intensity')}
            value={form.intensity}
            blank={choose}
            error={errorFor('intensity')}
            options={SUPERVISION_INTENSITIES.map((value) => ({ value, label: t(`assessments.classification.intensity.${value}`) }))}
          />
        ) : (
          <Select
            name="placement"
            label={t('assessments.classification.placement')}
            value={form.placement}
            blank={choose}
            error={errorFor('placement')}
            options={PLACEMENT_OPTIONS.map((value) => ({ value, label: t(`assessments.classification.placement.${value}`) }))}
          />
        )}
        <Textarea
          name="overrideReason"
          label={t('assessments.classification.overrideReasonLabel')}
          value={form.reason}
          error={errorFor('overrideReason')}
        />
        <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button" safe>
          {t('assessments.classification.override')}
        </button>
      </form>
      <form method="post" action={action} novalidate id="return">
        <Hidden context={context} action="return" rowVersion={rowVersion} />
        <h3 class="govuk-heading-s" safe>
          {t('assessments.classification.returnTitle')}
        </h3>
        <Textarea
          name="returnComment"
          label={t('assessments.classification.returnCommentLabel')}
          value={form.comment}
          error={errorFor('returnComment')}
        />
        <button type="submit" class="govuk-button govuk-button--warning" data-module="govuk-button" safe>
          {t('assessments.classification.return')}
        </button>
      </form>
    </div>
  );
}
