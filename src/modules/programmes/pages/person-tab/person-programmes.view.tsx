import { CsrfField, ErrorSummary, type FieldError, SuccessNotice, Tag } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { PersonLayout, type PersonHeaderModel } from '../../../people/people.service.ts';
import type { OpenGroup, PersonEnrolment } from '../../programmes.person.ts';

export type PersonProgrammesState = { errors: FieldError[]; notice?: string | undefined };
type Data = { enrolments: PersonEnrolment[]; groups: OpenGroup[] | null };

/** The programmes tab: the person's places, then the groups they could join (for staff who enrol). */
export function PersonProgrammesView(props: { context: PageContext; header: PersonHeaderModel; data: Data; state: PersonProgrammesState }) {
  const { context, header, data, state } = props;
  const { t, locale, formatDate } = context.i18n;
  const title = t('people.tab.programmes');
  return (
    <PersonLayout context={context} person={header} tab="programmes" title={title}>
      <ErrorSummary title={t('error.summaryTitle')} errors={state.errors} />
      <SuccessNotice text={state.notice} />
      <h1 class="govuk-heading-l" safe>
        {title}
      </h1>
      {data.enrolments.length === 0 ? (
        <p class="govuk-body" safe>
          {t('programmes.page.person.none')}
        </p>
      ) : (
        <ul class="govuk-list">
          {data.enrolments.map((enrolment) => (
            <li class="govuk-!-margin-bottom-4">
              <p class="govuk-body govuk-!-margin-bottom-1">
                <a class="govuk-link" href={`/programmes/groups/${enrolment.groupId}`} safe>
                  {`${enrolment.title[locale]} — ${enrolment.unitName[locale]}`}
                </a>{' '}
                <Tag
                  text={t(`programmes.enrolmentStatus.${enrolment.status}`)}
                  colour={enrolment.status === 'completed' ? 'green' : 'blue'}
                />
              </p>
              <p class="govuk-body-s" safe>
                {enrolment.status === 'waiting'
                  ? t('programmes.page.person.position', { position: enrolment.waitingPosition ?? 0 })
                  : [
                      t('programmes.page.person.progress', {
                        attended: enrolment.sessionsAttended,
                        held: enrolment.sessionsHeld,
                        planned: enrolment.sessionsPlanned,
                      }),
                      enrolment.outcomeOn ? formatDate(enrolment.outcomeOn) : '',
                      enrolment.outcomeReason
                        ? t(`programmes.nonCompletion.${enrolment.outcomeReason}` as 'programmes.nonCompletion.other')
                        : '',
                      enrolment.outcomeNote ?? '',
                    ]
                      .filter(Boolean)
                      .join(' · ')}
              </p>
            </li>
          ))}
        </ul>
      )}
      {data.groups === null ? '' : <OpenGroups context={context} personId={header.id} groups={data.groups} errors={state.errors} />}
    </PersonLayout>
  );
}

function OpenGroups(props: { context: PageContext; personId: string; groups: OpenGroup[]; errors: FieldError[] }): JSX.Element {
  const { t, locale, formatDate } = props.context.i18n;
  return (
    <>
      <h2 class="govuk-heading-m" id="groupId" safe>
        {t('programmes.page.person.openGroups')}
      </h2>
      {props.groups.length === 0 ? (
        <p class="govuk-body" safe>
          {t('programmes.page.person.noGroups')}
        </p>
      ) : (
        props.groups.map((group) => {
          const error = props.errors.find((entry) => entry.field === `group-${group.groupId}`)?.message;
          return (
            <div class={`govuk-summary-card${error ? ' govuk-form-group--error' : ''}`} id={`group-${group.groupId}`}>
              <div class="govuk-summary-card__title-wrapper">
                <h3 class="govuk-summary-card__title" safe>
                  {`${group.title[locale]} — ${group.unitName[locale]}`}
                </h3>
              </div>
              <div class="govuk-summary-card__content">
                {error ? (
                  <p class="govuk-error-message" safe>
                    {error}
                  </p>
                ) : (
                  ''
                )}
                <p class="govuk-body" safe>
                  {t('programmes.page.person.groupFacts', {
                    date: formatDate(group.startsOn),
                    language: t(`people.record.language.${group.language}` as 'people.record.language.ky'),
                    places: group.placesLeft,
                    waiting: group.waiting,
                  })}
                </p>
                {group.eligible ? (
                  <form method="post" action={`/people/${props.personId}/programmes`}>
                    <CsrfField token={props.context.csrfToken} />
                    <input type="hidden" name="groupId" value={group.groupId} />
                    <button type="submit" class="govuk-button govuk-!-margin-bottom-0" data-module="govuk-button" safe>
                      {group.placesLeft > 0 ? t('programmes.page.person.enrol') : t('programmes.page.person.addToWaitingList')}
                    </button>
                  </form>
                ) : (
                  <>
                    <p class="govuk-body govuk-!-font-weight-bold" safe>
                      {t('programmes.page.person.notEligible')}
                    </p>
                    <ul class="govuk-list govuk-list--bullet">
                      {group.ineligibleReasons.map((reason) => (
                        <li safe>{t(reason)}</li>
                      ))}
                    </ul>
                  </>
                )}
              </div>
            </div>
          );
        })
      )}
    </>
  );
}
