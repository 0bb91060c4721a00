import { CsrfField, ErrorSummary, type FieldError } from '../../../../platform/views/components.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { MergeProposal } from '../../people.merge.ts';
import { Radios, Textarea } from '../person-new/form-controls.tsx';

/** Merges waiting for a manager: both records, the reason, who proposed it, and the decision form. */
export function MergeProposalsView(props: {
  context: PageContext;
  proposals: MergeProposal[];
  errors: FieldError[];
  decided: 'approved' | 'rejected' | null;
}): JSX.Element {
  const { context, proposals } = props;
  const { t, formatDate } = context.i18n;
  const describe = (name: string, born: string, pin: string | null) =>
    `${name}, ${t('people.record.dup.born', { date: formatDate(born) })}${pin ? `, ${t('people.pin.label')} ${pin}` : ''}`;
  return (
    <Layout context={context} title={t('people.record.merge.list.title')}>
      <ErrorSummary title={t('error.summaryTitle')} errors={props.errors} />
      {props.decided ? (
        <div class="govuk-notification-banner govuk-notification-banner--success" role="alert" data-module="govuk-notification-banner">
          <div class="govuk-notification-banner__content">
            <p class="govuk-notification-banner__heading" safe>
              {t(props.decided === 'approved' ? 'people.record.merge.approved' : 'people.record.merge.rejected')}
            </p>
          </div>
        </div>
      ) : (
        ''
      )}
      <h1 class="govuk-heading-l" safe>
        {t('people.record.merge.list.title')}
      </h1>
      {proposals.length === 0 ? (
        <p class="govuk-body" safe>
          {t('people.record.merge.list.empty')}
        </p>
      ) : (
        ''
      )}
      {proposals.map((proposal) => (
        <section class="govuk-!-margin-bottom-8" id={`merge-${proposal.id}`}>
          <dl class="govuk-summary-list">
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key" safe>
                {t('people.record.merge.col.survivor')}
              </dt>
              <dd class="govuk-summary-list__value">
                <a class="govuk-link" href={`/people/${proposal.survivorId}`} safe>
                  {describe(proposal.survivorName, proposal.survivorBorn, proposal.survivorPin)}
                </a>
              </dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key" safe>
                {t('people.record.merge.col.merged')}
              </dt>
              <dd class="govuk-summary-list__value">
                <a class="govuk-link" href={`/people/${proposal.mergedId}`} safe>
                  {describe(proposal.mergedName, proposal.mergedBorn, proposal.mergedPin)}
                </a>
              </dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key" safe>
                {t('people.record.merge.col.reason')}
              </dt>
              <dd class="govuk-summary-list__value" safe>
                {proposal.reason}
              </dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key" safe>
                {t('people.record.merge.col.proposedBy')}
              </dt>
              <dd class="govuk-summary-list__value" safe>
                {`${proposal.proposedByName ?? ''}, ${context.i18n.formatDateTime(new Date(proposal.proposedAt))}`}
              </dd>
            </div>
          </dl>
          <form method="post" action={`/people/merges/${proposal.id}/decision`} novalidate>
            <CsrfField token={context.csrfToken} />
            <Radios
              name="decision"
              id={`decision-${proposal.id}`}
              legend={t('people.record.merge.decision')}
              inline
              value=""
              options={[
                { value: 'approve', label: t('people.record.merge.approve') },
                { value: 'reject', label: t('people.record.merge.reject') },
              ]}
            />
            <Textarea name="note" id={`note-${proposal.id}`} label={t('people.record.merge.note')} value="" rows={2} />
            <button type="submit" class="govuk-button" data-module="govuk-button" safe>
              {t('people.record.merge.decide')}
            </button>
          </form>
        </section>
      ))}
    </Layout>
  );
}
