import { CsrfField, type FieldError, Textarea, TextInput } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { CHALLENGE_OUTCOMES } from '../../classification.tables.ts';
import type { ChallengeForm, ResponseForm } from './challenge.form.ts';
import type { ListedChallenge } from './safeguards.data.ts';

type Props = {
  context: PageContext;
  challenges: ListedChallenge[];
  errors: FieldError[];
  /** The record form, for those who may write a challenge down: where it posts and what was typed. */
  record: { action: string; values: ChallengeForm } | null;
  /** Where each response form posts, for those who may answer; the refused response comes back as typed. */
  respond: { actionFor: (challengeId: string) => string; typed: ResponseForm | null } | null;
};

/**
 * The person's challenges to one decision, each with its response and outcome (or that it is still waiting),
 * shown to everyone who sees the decision; under them the forms for those who may record or answer one.
 */
export function ChallengesSection({ context, challenges, errors, record, respond }: Props): JSX.Element {
  const { t, formatDate, formatDateTime } = context.i18n;
  const errorFor = (field: string) => errors.find((error) => error.field === field)?.message;
  const row = (key: string, value: string) => (
    <div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key" safe>
        {key}
      </dt>
      <dd class="govuk-summary-list__value" safe>
        {value}
      </dd>
    </div>
  );
  return (
    <section class="govuk-!-margin-bottom-6" data-section="challenges">
      <h3 class="govuk-heading-s" safe>
        {t('assessments.challenge.title')}
      </h3>
      <p class="govuk-hint" safe>
        {t('assessments.challenge.lead')}
      </p>
      {challenges.length === 0 ? (
        <p class="govuk-body" safe>
          {t('assessments.challenge.none')}
        </p>
      ) : (
        challenges.map((challenge) => {
          const typed = respond?.typed?.challengeId === challenge.id ? respond.typed : null;
          return (
            <div class="govuk-summary-card" data-challenge-id={challenge.id}>
              <div class="govuk-summary-card__content">
                <dl class="govuk-summary-list">
                  {row(t('assessments.challenge.receivedOn'), formatDate(challenge.receivedOn))}
                  {row(t('assessments.challenge.grounds'), challenge.grounds)}
                  {row(t('assessments.challenge.recordedBy'), `${challenge.recordedByName}, ${formatDateTime(challenge.recordedAt)}`)}
                  {challenge.outcome
                    ? [
                        row(t('assessments.challenge.response'), challenge.response ?? ''),
                        row(t('assessments.challenge.outcome'), t(`assessments.challenge.outcome.${challenge.outcome}`)),
                        row(
                          t('assessments.challenge.respondedBy'),
                          `${challenge.respondedByName ?? '—'}, ${challenge.respondedAt ? formatDateTime(challenge.respondedAt) : ''}`,
                        ),
                      ]
                    : row(t('assessments.challenge.outcome'), t('assessments.challenge.awaiting'))}
                </dl>
                {respond && !challenge.outcome ? (
                  <form method="post" action={respond.actionFor(challenge.id)} novalidate>
                    <CsrfField token={context.csrfToken} />
                    <input type="hidden" name="rowVersion" value={String(challenge.rowVersion)} />
                    <Textarea
                      id={`response-${challenge.id}`}
                      name="response"
                      label={t('assessments.challenge.response')}
                      value={typed?.response ?? ''}
                      error={errorFor(`response-${challenge.id}`)}
                    />
                    <OutcomeSelect
                      context={context}
                      id={`outcome-${challenge.id}`}
                      value={typed?.outcome ?? ''}
                      error={errorFor(`outcome-${challenge.id}`)}
                    />
                    <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button" safe>
                      {t('assessments.challenge.respond')}
                    </button>
                  </form>
                ) : (
                  ''
                )}
              </div>
            </div>
          );
        })
      )}
      {record ? (
        <form method="post" action={record.action} novalidate id="record-challenge">
          <CsrfField token={context.csrfToken} />
          <h3 class="govuk-heading-s" safe>
            {t('assessments.challenge.record')}
          </h3>
          <TextInput
            name="receivedOn"
            label={t('assessments.challenge.receivedOn')}
            hint={t('assessments.reviewDate.dateHint')}
            value={record.values.receivedOn}
            error={errorFor('receivedOn')}
            width={10}
          />
          <Textarea
            name="grounds"
            label={t('assessments.challenge.grounds')}
            value={record.values.grounds}
            error={errorFor('grounds')}
            rows={4}
          />
          <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button" safe>
            {t('assessments.challenge.recordButton')}
          </button>
        </form>
      ) : (
        ''
      )}
    </section>
  );
}

/** The outcome choice of one response form; its id carries the challenge's, as there may be several on a page. */
function OutcomeSelect(props: { context: PageContext; id: string; value: string; error: string | undefined }): JSX.Element {
  const { t } = props.context.i18n;
  return (
    <div class={`govuk-form-group${props.error ? ' govuk-form-group--error' : ''}`}>
      <label class="govuk-label" for={props.id} safe>
        {t('assessments.challenge.outcome')}
      </label>
      {props.error ? (
        <p id={`${props.id}-error`} class="govuk-error-message" safe>
          {props.error}
        </p>
      ) : (
        ''
      )}
      <select class={`govuk-select${props.error ? ' govuk-select--error' : ''}`} id={props.id} name="outcome">
        <option value="" selected={props.value === ''}></option>
        {CHALLENGE_OUTCOMES.map((outcome) => (
          <option value={outcome} selected={props.value === outcome} safe>
            {t(`assessments.challenge.outcome.${outcome}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
