import type { PageContext } from '../../../../platform/views/page-context.ts';
import { type PersonHeaderModel, PersonLayout } from '../../../people/people.service.ts';
import { reporterViewOf } from '../../concerns.workflow.ts';
import { dottedInstant } from '../form-values.ts';
import type { ConcernPageData } from './concern.data.ts';
import { ConcernStatusTag, ReportSummary, Row } from './concern-parts.tsx';

/**
 * A reporter's own report: what they wrote, where it stands and, once decided, what action was taken — never
 * the triage note, the findings or the reasons, which are the leads' (need-to-know).
 */
export function ConcernReporterView(props: {
  context: PageContext;
  header: PersonHeaderModel;
  data: ConcernPageData;
  done?: string | undefined;
}): JSX.Element {
  const { t } = props.context.i18n;
  const { concern } = props.data;
  const view = reporterViewOf(concern);
  return (
    <PersonLayout context={props.context} person={props.header} tab="concerns" title={t('concerns.page.title')}>
      <a class="govuk-back-link" href={`/people/${props.header.id}/concerns`} safe>
        {t('concerns.page.back')}
      </a>
      {props.done === 'reported' ? (
        <div class="govuk-notification-banner govuk-notification-banner--success" role="alert">
          <div class="govuk-notification-banner__content">
            <p class="govuk-notification-banner__heading" safe>
              {t('concerns.done.reported')}
            </p>
            <p class="govuk-body" safe>
              {t('concerns.done.reportedNext', { date: dottedInstant(concern.triageDueAt) })}
            </p>
          </div>
        </div>
      ) : (
        ''
      )}
      <h1 class="govuk-heading-l" safe>
        {t('concerns.page.title')}
      </h1>
      <h2 class="govuk-heading-m" safe>
        {t('concerns.page.whatHappened')}
      </h2>
      <dl class="govuk-summary-list" id="reporter-view">
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key" safe>
            {t('concerns.field.status')}
          </dt>
          <dd class="govuk-summary-list__value">
            <ConcernStatusTag context={props.context} status={view.status} />
          </dd>
        </div>
        <Row
          label={t('concerns.field.actionTaken')}
          value={view.actionTaken ? t(`concerns.actionTaken.${view.actionTaken}`) : t('concerns.actionTaken.none')}
        />
      </dl>
      <h2 class="govuk-heading-m" safe>
        {t('concerns.page.yourReport')}
      </h2>
      <ReportSummary
        context={props.context}
        concern={concern}
        involved={props.data.involved}
        reporter={props.data.names.get(concern.reportedBy) ?? ''}
      />
    </PersonLayout>
  );
}
