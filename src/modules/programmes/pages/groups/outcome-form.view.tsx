import { CsrfField } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { GroupMember } from '../../programmes.groups.list.ts';
import { NON_COMPLETION_REASONS } from '../../programmes.tables.ts';
import { Radios } from '../../../../platform/views/choices.tsx';
import type { GroupPage } from './group.view.tsx';

export type OutcomeFormValues = { enrolmentId: string; outcome: string; reason: string; note: string };

/**
 * Ends one person's place, behind a disclosure so the list stays short: completed, or not completed with a
 * reason from the list and the facilitator's words. A waiting person can only be taken off the list.
 */
export function OutcomeForm({ context, page, member }: { context: PageContext; page: GroupPage; member: GroupMember }): JSX.Element {
  const { t } = context.i18n;
  const mine = page.outcome?.enrolmentId === member.enrolmentId ? page.outcome : undefined;
  const error = (field: string) => page.errors.find((entry) => entry.field === `${field}-${member.enrolmentId}`)?.message;
  const outcomes: readonly ('completed' | 'not_completed')[] =
    member.status === 'enrolled' ? ['completed', 'not_completed'] : ['not_completed'];
  return (
    <details class="govuk-details" open={mine !== undefined}>
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text" safe>
          {t(member.status === 'enrolled' ? 'programmes.page.outcome.open' : 'programmes.page.outcome.removeFromList')}
        </span>
      </summary>
      <div class="govuk-details__text">
        <form method="post" action={`/programmes/groups/${page.group.id}/outcome`} novalidate>
          <CsrfField token={context.csrfToken} />
          <input type="hidden" name="enrolmentId" value={member.enrolmentId} />
          <input type="hidden" name="version" value={String(member.version)} />
          <Radios
            name="outcome"
            id={`outcome-${member.enrolmentId}`}
            legend={t('programmes.page.outcome.legend')}
            value={mine?.outcome ?? ''}
            error={error('outcome')}
            options={outcomes.map((outcome) => ({ value: outcome, label: t(`programmes.enrolmentStatus.${outcome}`) }))}
          />
          <div class={`govuk-form-group${error('reason') ? ' govuk-form-group--error' : ''}`}>
            <label class="govuk-label" for={`reason-${member.enrolmentId}`} safe>
              {t('programmes.page.outcome.reason')}
            </label>
            {error('reason') ? (
              <p class="govuk-error-message" safe>
                {error('reason')}
              </p>
            ) : (
              ''
            )}
            <select class="govuk-select" id={`reason-${member.enrolmentId}`} name="reason">
              <option value="" selected={!mine?.reason}></option>
              {NON_COMPLETION_REASONS.map((reason) => (
                <option value={reason} selected={mine?.reason === reason} safe>
                  {t(`programmes.nonCompletion.${reason}`)}
                </option>
              ))}
            </select>
          </div>
          <div class="govuk-form-group">
            <label class="govuk-label" for={`note-${member.enrolmentId}`} safe>
              {t('programmes.page.outcome.note')}
            </label>
            <textarea class="govuk-textarea" id={`note-${member.enrolmentId}`} name="note" rows="2" safe>
              {mine?.note ?? ''}
            </textarea>
          </div>
          <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button" safe>
            {t('programmes.page.outcome.save')}
          </button>
        </form>
      </div>
    </details>
  );
}
