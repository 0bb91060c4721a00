import { CsrfField, type FieldError, Textarea } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { PersonHeaderModel } from '../../../people/people.service.ts';
import { type ObjectiveProposal, proposalKey } from '../../plans.proposals.ts';
import { PlanStepLayout } from '../plan-page.tsx';

export type ObjectivesForm = { key: string; decision: string; wording: string; reason: string; ownWording: string };
type Page = { proposals: ObjectiveProposal[]; form: ObjectivesForm | null; errors: FieldError[]; rowVersion: number };
type Props = { context: PageContext; header: PersonHeaderModel; page: Page };

/** A field's id for one proposal's form: the proposal's key made safe for an id and a link. */
export const fieldIdOf = (key: string, name: string) => `${name}-${key.replace(/[^A-Za-z0-9_]/g, '-')}`;

/** The proposals, most pressing first, each with its own form; then the form for an objective of staff's own. */
export function ObjectivesView({ context, header, page }: Props): JSX.Element {
  const { t } = context.i18n;
  const errorOf = (id: string) => page.errors.find((error) => error.field === id)?.message;
  const own = page.form?.decision === 'own' ? page.form.ownWording : '';
  return (
    <PlanStepLayout context={context} header={header} title={t('plans.objectives.title')} errors={page.errors}>
      <p class="govuk-body" id="proposals" safe>
        {page.proposals.length === 0 ? t('plans.objectives.noProposals') : t('plans.objectives.intro')}
      </p>
      {page.proposals.map((proposal) => (
        <ProposalForm context={context} header={header} page={page} proposal={proposal} errorOf={errorOf} />
      ))}
      <form method="post" action={`/people/${header.id}/plan/objectives`} novalidate>
        <CsrfField token={context.csrfToken} />
        <input type="hidden" name="rowVersion" value={String(page.rowVersion)} />
        <h2 class="govuk-heading-m" safe>
          {t('plans.objectives.ownTitle')}
        </h2>
        <Textarea name="ownWording" label={t('plans.objectives.own')} value={own} error={errorOf('ownWording')} />
        <button type="submit" name="decision" value="own" class="govuk-button" data-module="govuk-button" safe>
          {t('plans.objectives.addOwn')}
        </button>
      </form>
    </PlanStepLayout>
  );
}

function ProposalForm(props: Props & { proposal: ObjectiveProposal; errorOf: (id: string) => string | undefined }): JSX.Element {
  const { context, header, page, proposal, errorOf } = props;
  const { t, locale } = context.i18n;
  const key = proposalKey(proposal);
  const typed = page.form?.key === key ? page.form : null;
  const wordingId = fieldIdOf(key, 'wording');
  const reasonId = fieldIdOf(key, 'reason');
  return (
    <form method="post" action={`/people/${header.id}/plan/objectives`} novalidate class="govuk-!-margin-bottom-8" data-proposal={key}>
      <CsrfField token={context.csrfToken} />
      <input type="hidden" name="rowVersion" value={String(page.rowVersion)} />
      <input type="hidden" name="key" value={key} />
      <h2 class="govuk-heading-s govuk-!-margin-bottom-1" safe>
        {proposal.wording[locale]}
      </h2>
      <ul class="govuk-list govuk-body-s">
        {proposal.needs.map((need) => (
          <li safe>{t('plans.objectives.need', { need: need.title[locale], rating: need.ratingLabel[locale] })}</li>
        ))}
      </ul>
      <Textarea
        name="wording"
        id={wordingId}
        label={t('plans.objectives.wording')}
        hint={t('plans.objectives.wordingHint')}
        value={typed ? typed.wording : proposal.wording[locale]}
        error={errorOf(wordingId)}
        rows={2}
      />
      <Textarea
        name="reason"
        id={reasonId}
        label={t('plans.objectives.reason')}
        hint={t('plans.objectives.reasonHint')}
        value={typed?.reason ?? ''}
        error={errorOf(reasonId)}
        rows={2}
      />
      <div class="govuk-button-group">
        <button type="submit" name="decision" value="accept" class="govuk-button" data-module="govuk-button" safe>
          {t('plans.objectives.accept')}
        </button>
        <button type="submit" name="decision" value="reject" class="govuk-button govuk-button--warning" data-module="govuk-button" safe>
          {t('plans.objectives.reject')}
        </button>
      </div>
    </form>
  );
}
