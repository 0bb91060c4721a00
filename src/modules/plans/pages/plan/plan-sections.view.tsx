import { Tag } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { PersonHeaderModel } from '../../../people/people.service.ts';
import type { PersonEnrolment } from '../../../programmes/programmes.service.ts';
import type { ActionRow, ObjectiveRow } from '../../plans.repository.ts';
import { ActionStatusTag } from '../plan.components.tsx';
import type { PlanTabData } from './plan.data.ts';

type SectionProps = { context: PageContext; page: PlanTabData };

/** The plan's objectives, each with the needs it answers and its actions (who, by when, how far). */
export function ObjectivesSection(props: SectionProps & { header: PersonHeaderModel; editable: boolean }): JSX.Element {
  const { context, page, header, editable } = props;
  const { t, locale } = context.i18n;
  return (
    <section id="objectives">
      <h2 class="govuk-heading-m" safe>
        {t('plans.page.objectives')}
      </h2>
      {page.objectives.length === 0 ? (
        <p class="govuk-body" safe>
          {t('plans.page.noObjectives')}
        </p>
      ) : (
        ''
      )}
      {page.objectives.map((objective, index) => (
        <div class="govuk-!-margin-bottom-6" data-objective={objective.id}>
          <h3 class="govuk-heading-s govuk-!-margin-bottom-1" safe>
            {`${index + 1}. ${objective.wording}`}
          </h3>
          <p class="govuk-body-s govuk-!-margin-bottom-2">
            <Tag text={t(`plans.source.${objective.source}`)} colour={objective.source === 'staff' ? 'purple' : 'blue'} />
            {objective.needTitles.length > 0 ? (
              <span
                safe
              >{` ${t('plans.page.answersNeeds', { needs: objective.needTitles.map((title) => title[locale]).join('; ') })}`}</span>
            ) : (
              ''
            )}
          </p>
          <ActionsTable
            context={context}
            header={header}
            objective={objective}
            actions={page.actions.filter((action) => action.objectiveId === objective.id)}
            editable={editable}
            mayEnrol={page.may.enrol}
            places={page.places}
          />
          {editable ? (
            <p class="govuk-body">
              <a class="govuk-link" href={`/people/${header.id}/plan/objectives/${objective.id}/actions`} safe>
                {t('plans.page.addAction')}
              </a>
            </p>
          ) : (
            ''
          )}
        </div>
      ))}
    </section>
  );
}

/** Where the place an action asked for stands now: the waiting-list number, the sessions attended, or the end. */
function placeWording(context: PageContext, place: PersonEnrolment | undefined): string {
  const { t } = context.i18n;
  if (!place) return t('plans.page.enrolmentHeld');
  if (place.status === 'waiting') return t('plans.page.place.waiting', { position: place.waitingPosition ?? 0 });
  if (place.status === 'enrolled')
    return t('plans.page.place.enrolled', { attended: place.sessionsAttended, planned: place.sessionsPlanned });
  return t(`plans.page.place.${place.status}`);
}

function ActionsTable(props: {
  context: PageContext;
  header: PersonHeaderModel;
  objective: ObjectiveRow;
  actions: ActionRow[];
  editable: boolean;
  mayEnrol: boolean;
  places: PlanTabData['places'];
}): JSX.Element {
  const { context, header, actions, editable } = props;
  const { t, formatDate } = context.i18n;
  if (actions.length === 0)
    return (
      <p class="govuk-body-s" safe>
        {t('plans.page.noActions')}
      </p>
    );
  const open = (action: ActionRow) => action.status === 'planned' || action.status === 'in_progress';
  return (
    <table class="govuk-table">
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          {(['action', 'responsible', 'target', 'status'] as const).map((column) => (
            <th scope="col" class="govuk-table__header" safe>
              {t(`plans.column.${column}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {actions.map((action) => (
          <tr class="govuk-table__row" data-action={action.id}>
            <td class="govuk-table__cell">
              <span safe>{action.description}</span>
              {action.kind === 'programme' ? (
                <p class="govuk-body-s govuk-!-margin-bottom-0" safe>
                  {action.enrolmentId ? placeWording(context, props.places.get(action.enrolmentId)) : t('plans.page.programmeAction')}
                </p>
              ) : (
                ''
              )}
            </td>
            <td class="govuk-table__cell" safe>
              {action.responsibleName ?? action.responsibleAgency ?? ''}
            </td>
            <td class="govuk-table__cell" safe>
              {formatDate(action.targetDate)}
            </td>
            <td class="govuk-table__cell">
              <ActionStatusTag context={context} status={action.status} />
              {action.statusReason ? (
                <p class="govuk-body-s govuk-!-margin-bottom-0" safe>
                  {action.statusReason}
                </p>
              ) : (
                ''
              )}
              {editable && open(action) ? (
                <p class="govuk-body-s govuk-!-margin-bottom-0">
                  <a class="govuk-link" href={`/people/${header.id}/plan/actions/${action.id}`} safe>
                    {t('plans.page.updateAction')}
                  </a>
                </p>
              ) : (
                ''
              )}
              {editable && props.mayEnrol && open(action) && action.kind === 'programme' && !action.enrolmentId ? (
                <p class="govuk-body-s govuk-!-margin-bottom-0">
                  <a class="govuk-link" href={`/people/${header.id}/plan/actions/${action.id}/enrol`} safe>
                    {t('plans.page.enrol')}
                  </a>
                </p>
              ) : (
                ''
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Proposals staff turned down, with why: the reasons stay visible with the plan. */
export function RejectedSection({ context, page }: SectionProps): JSX.Element {
  const { t, locale, formatDate } = context.i18n;
  if (page.rejected.length === 0) return '';
  return (
    <section id="rejected">
      <h2 class="govuk-heading-m" safe>
        {t('plans.page.rejected')}
      </h2>
      <ul class="govuk-list govuk-list--bullet">
        {page.rejected.map((row) => (
          <li safe>{`${row.needTitle[locale]} — ${row.reason} (${formatDate(row.rejectedAt)})`}</li>
        ))}
      </ul>
    </section>
  );
}

/** The plan's reviews, newest first, with the progress noted on each objective. */
export function ReviewsSection({ context, page }: SectionProps): JSX.Element {
  const { t, formatDate } = context.i18n;
  if (page.reviews.length === 0) return '';
  const wording = new Map(page.objectives.map((objective) => [objective.id, objective.wording]));
  return (
    <section id="reviews">
      <h2 class="govuk-heading-m" safe>
        {t('plans.page.reviews')}
      </h2>
      {page.reviews.map((review) => (
        <div class="govuk-inset-text" data-review={review.id}>
          <p class="govuk-body govuk-!-font-weight-bold" safe>
            {t('plans.page.reviewLine', {
              date: formatDate(review.reviewedOn),
              name: review.reviewedByName,
              next: formatDate(review.nextReviewDate),
            })}
          </p>
          <p class="govuk-body" safe>
            {review.summary}
          </p>
          <ul class="govuk-list">
            {review.notes.map((note) => (
              <li safe>{`${wording.get(note.objectiveId) ?? ''}: ${note.note}`}</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
