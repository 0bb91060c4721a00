import { Tag } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { ClassificationRow } from '../../classification.decisions.ts';
import type { CLASSIFICATION_STATUSES, ClassificationContent } from '../../classification.tables.ts';

type Status = (typeof CLASSIFICATION_STATUSES)[number];
const COLOURS: Record<Status, 'blue' | 'green' | 'orange' | 'purple' | 'grey'> = {
  proposed: 'blue',
  confirmed: 'green',
  overridden: 'orange',
  returned: 'grey',
  superseded: 'purple',
};

export function ClassificationStatusTag({ context, status }: { context: PageContext; status: Status }): JSX.Element {
  return <Tag text={context.i18n.t(`assessments.classification.status.${status}`)} colour={COLOURS[status]} />;
}

export const SummaryRow = ({ label, value }: { label: string; value: string }): JSX.Element => (
  <div class="govuk-summary-list__row">
    <dt class="govuk-summary-list__key" safe>
      {label}
    </dt>
    <dd class="govuk-summary-list__value" safe>
      {value}
    </dd>
  </div>
);

/**
 * What a classification says: category, the four risk levels, and the placement option (a prisoner) or the
 * supervision intensity (a probation client).
 */
export function ContentRows({ context, content }: { context: PageContext; content: ClassificationContent }): JSX.Element {
  const { t } = context.i18n;
  const level = (value: ClassificationContent['violence']) =>
    value === null ? t('assessments.classification.notAssessed') : t(`assessments.label.level.${value}`);
  return (
    <>
      <SummaryRow label={t('assessments.classification.category')} value={t(`assessments.classification.category.${content.category}`)} />
      <SummaryRow label={t('assessments.classification.risk.violence')} value={level(content.violence)} />
      <SummaryRow label={t('assessments.classification.risk.influence')} value={level(content.influence)} />
      <SummaryRow label={t('assessments.classification.risk.vulnerability')} value={level(content.vulnerability)} />
      <SummaryRow label={t('assessments.classification.risk.reoffending')} value={level(content.reoffending)} />
      {content.placement ? (
        <SummaryRow
          label={t('assessments.classification.placement')}
          value={t(`assessments.classification.placement.${content.placement}`)}
        />
      ) : (
        ''
      )}
      {content.intensity ? (
        <SummaryRow
          label={t('assessments.classification.intensity')}
          value={t(`assessments.classification.intensity.${content.intensity}`)}
        />
      ) : (
        ''
      )}
    </>
  );
}

/**
 * Who asked, who decided and how: the decision's content (or the proposal's, when nothing was decided), the
 * override reason or the return comment.
 */
export function DecisionRows(props: { context: PageContext; row: ClassificationRow; names: Map<string, string> }): JSX.Element {
  const { context, row, names } = props;
  const { t, formatDateTime } = context.i18n;
  const who = (userId: string | null, at: Date | null) =>
    t('assessments.classification.on', { name: (userId && names.get(userId)) ?? '—', date: at ? formatDateTime(at) : '' });
  return (
    <dl class="govuk-summary-list">
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key" safe>
          {t('assessments.classification.status')}
        </dt>
        <dd class="govuk-summary-list__value">
          <ClassificationStatusTag context={context} status={row.status} />
        </dd>
      </div>
      <ContentRows context={context} content={row.decision ?? row.proposal} />
      <SummaryRow label={t('assessments.classification.requestedBy')} value={who(row.proposedBy, row.proposedAt)} />
      {row.decidedBy ? <SummaryRow label={t('assessments.classification.decidedBy')} value={who(row.decidedBy, row.decidedAt)} /> : ''}
      {row.status === 'overridden' || (row.decisionReason && row.status !== 'returned') ? (
        <SummaryRow label={t('assessments.classification.overrideReason')} value={row.decisionReason ?? ''} />
      ) : (
        ''
      )}
      {row.returnComment ? <SummaryRow label={t('assessments.classification.returnComment')} value={row.returnComment} /> : ''}
    </dl>
  );
}
