import { ErrorSummary, type FieldError, SuccessNotice, Tag } from '../../../../platform/views/components.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { GroupMember } from '../../programmes.groups.list.ts';
import type { LoadedGroup, SessionRow } from '../../programmes.groups.queries.ts';
import { OutcomeForm, type OutcomeFormValues } from './outcome-form.view.tsx';

export type GroupPage = {
  group: LoadedGroup;
  sessions: SessionRow[];
  members: GroupMember[];
  open: boolean;
  mayEdit: boolean;
  mayDeliver: boolean;
  today: string;
  outcome?: OutcomeFormValues | undefined;
  errors: FieldError[];
  notice?: string | undefined;
};

/** `/programmes/groups/:groupId`: the schedule, the people enrolled with their attendance, the waiting list. */
export function GroupView({ context, page }: { context: PageContext; page: GroupPage }): JSX.Element {
  const { t, locale, formatDate } = context.i18n;
  const { group } = page;
  const title = group.programme.title[locale];
  const enrolled = page.members.filter((member) => member.status === 'enrolled');
  const waiting = page.members.filter((member) => member.status === 'waiting');
  const ended = page.members.filter((member) => member.status === 'completed' || member.status === 'not_completed');
  const facts: [string, string][] = [
    [t('programmes.page.column.unit'), group.unitName[locale]],
    [t('programmes.page.group.facilitatorId'), group.facilitatorName],
    [t('programmes.page.group.room'), t('programmes.page.roomWithPlaces', { room: group.room, places: group.roomPlaces })],
    [t('programmes.page.group.language'), t(`people.record.language.${group.language}`)],
    [t('programmes.page.column.places'), t('programmes.page.placesTaken', { taken: enrolled.length, capacity: group.capacity })],
  ];
  return (
    <Layout context={context} title={title}>
      <a href="/programmes/groups" class="govuk-back-link" safe>
        {t('programmes.page.groups.title')}
      </a>
      <ErrorSummary title={t('error.summaryTitle')} errors={page.errors} />
      <SuccessNotice text={page.notice} />
      <span class="govuk-caption-l" safe>
        {t(page.open ? 'programmes.page.group.open' : 'programmes.page.group.finished')}
      </span>
      <h1 class="govuk-heading-l" safe>
        {title}
      </h1>
      <dl class="govuk-summary-list">
        {facts.map(([key, value]) => (
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key" safe>
              {key}
            </dt>
            <dd class="govuk-summary-list__value" safe>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      {page.mayEdit ? (
        <a class="govuk-button govuk-button--secondary" href={`/programmes/groups/${group.id}/edit`} safe>
          {t('programmes.page.groups.edit')}
        </a>
      ) : (
        ''
      )}
      <h2 class="govuk-heading-m" safe>
        {t('programmes.page.group.sessions')}
      </h2>
      <ol class="govuk-list">
        {page.sessions.map((session) => (
          <li>
            {page.mayDeliver && session.heldOn <= page.today ? (
              <a class="govuk-link" href={`/programmes/sessions/${session.id}`} safe>
                {`${session.number}. ${formatDate(session.heldOn)} ${session.startsAt}–${session.endsAt}`}
              </a>
            ) : (
              <span safe>{`${session.number}. ${formatDate(session.heldOn)} ${session.startsAt}–${session.endsAt}`}</span>
            )}{' '}
            <Tag text={t(`programmes.sessionStatus.${session.status}`)} colour={session.status === 'held' ? 'green' : 'grey'} />
          </li>
        ))}
      </ol>
      <h2 class="govuk-heading-m" safe>
        {t('programmes.page.group.enrolled')}
      </h2>
      <MemberList context={context} page={page} members={enrolled} />
      <h2 class="govuk-heading-m" safe>
        {t('programmes.page.group.waitingList')}
      </h2>
      <p class="govuk-body-s" safe>
        {t('programmes.page.group.waitingRule')}
      </p>
      <MemberList context={context} page={page} members={waiting} numbered />
      {ended.length > 0 ? (
        <>
          <h2 class="govuk-heading-m" safe>
            {t('programmes.page.group.ended')}
          </h2>
          <MemberList context={context} page={page} members={ended} />
        </>
      ) : (
        ''
      )}
    </Layout>
  );
}

function MemberList(props: { context: PageContext; page: GroupPage; members: GroupMember[]; numbered?: boolean }): JSX.Element {
  const { t } = props.context.i18n;
  if (props.members.length === 0)
    return (
      <p class="govuk-body" safe>
        {t('programmes.page.group.nobody')}
      </p>
    );
  return (
    <ul class="govuk-list">
      {props.members.map((member, index) => (
        <li class="govuk-!-margin-bottom-4">
          <p class="govuk-body govuk-!-margin-bottom-1">
            <a class="govuk-link" href={`/people/${member.personId}/programmes`} safe>
              {props.numbered ? `${index + 1}. ${member.name}` : member.name}
            </a>{' '}
            <Tag text={t(`programmes.enrolmentStatus.${member.status}`)} />
          </p>
          <p class="govuk-body-s govuk-!-margin-bottom-1" safe>
            {member.outcomeReason
              ? `${t(`programmes.nonCompletion.${member.outcomeReason}` as 'programmes.nonCompletion.other')}${member.outcomeNote ? ` — ${member.outcomeNote}` : ''}`
              : t('programmes.page.attendanceCounts', { attended: member.attended, absent: member.absent })}
          </p>
          {props.page.mayDeliver && (member.status === 'enrolled' || member.status === 'waiting') ? (
            <OutcomeForm context={props.context} page={props.page} member={member} />
          ) : (
            ''
          )}
        </li>
      ))}
    </ul>
  );
}
