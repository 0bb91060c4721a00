import { Tag } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { ConcernStatus } from '../../concerns.workflow.ts';
import type { ConcernRow, PersonOption } from '../../concerns.repository.ts';
import { dottedInstant, nameOf } from '../form-values.ts';

const COLOURS: Record<ConcernStatus, 'blue' | 'green' | 'grey' | 'orange' | 'purple'> = {
  reported: 'orange',
  investigating: 'blue',
  awaiting_decision: 'purple',
  decided: 'blue',
  planned: 'green',
  closed: 'grey',
};

export function ConcernStatusTag({ context, status }: { context: PageContext; status: ConcernStatus }): JSX.Element {
  return <Tag text={context.i18n.t(`concerns.status.${status}`)} colour={COLOURS[status]} />;
}

/** One label and value line of a GOV.UK summary list. */
export function Row({ label, value }: { label: string; value: string | null }): JSX.Element {
  return (
    <div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key" safe>
        {label}
      </dt>
      <dd class="govuk-summary-list__value kadam-preserve-lines" safe>
        {value ?? '—'}
      </dd>
    </div>
  );
}

/** What the reporter saw: the same block on the lead's page and on the reporter's own. */
export function ReportSummary(props: {
  context: PageContext;
  concern: ConcernRow;
  involved: PersonOption[];
  reporter: string;
}): JSX.Element {
  const { t } = props.context.i18n;
  const { concern } = props;
  return (
    <dl class="govuk-summary-list">
      <Row label={t('concerns.field.observedAt')} value={dottedInstant(concern.observedAt)} />
      <Row label={t('concerns.field.place')} value={concern.place} />
      <Row
        label={t('concerns.field.indicators')}
        value={
          concern.indicators.map((code) => t(`concerns.indicator.${code}` as 'concerns.indicator.pressure_or_threats')).join('; ') || null
        }
      />
      <Row label={t('concerns.field.description')} value={concern.description || null} />
      <Row label={t('concerns.field.involved')} value={props.involved.map(nameOf).join('; ') || null} />
      <Row label={t('concerns.field.reportedBy')} value={`${props.reporter}, ${dottedInstant(concern.reportedAt)}`} />
    </dl>
  );
}
