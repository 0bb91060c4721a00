import { eq, inArray } from 'drizzle-orm';
import { type TimelineEntry, type TimelineSource, todayInBishkek } from '../people/people.service.ts';
import { programmeEnrolments, programmes } from './programmes.tables.ts';

/**
 * The person's programme places on their timeline: the day they were enrolled or put on a waiting list, and
 * the day the place ended (completed, or not with the reason). Whoever may see the person sees these.
 */
export const programmeTimeline: TimelineSource = async ({ tx, personIds, i18n }) => {
  const rows = await tx
    .select({ enrolment: programmeEnrolments, title: programmes.title })
    .from(programmeEnrolments)
    .innerJoin(programmes, eq(programmes.id, programmeEnrolments.programmeId))
    .where(inArray(programmeEnrolments.personId, personIds));
  return rows.flatMap(({ enrolment, title }): TimelineEntry[] => {
    const programme = title[i18n.locale];
    const started: TimelineEntry = {
      kind: 'programme_place',
      on: todayInBishkek(enrolment.queuedAt),
      at: enrolment.queuedAt,
      label: enrolment.enrolledOn ? 'programmes.timeline.enrolled' : 'programmes.timeline.waiting',
      params: { programme },
    };
    if (!enrolment.outcomeOn) return [started];
    const ended: TimelineEntry = {
      kind: 'programme_outcome',
      on: enrolment.outcomeOn,
      label: enrolment.status === 'completed' ? 'programmes.timeline.completed' : 'programmes.timeline.notCompleted',
      params: { programme },
      detail: enrolment.outcomeReason
        ? [i18n.t(`programmes.nonCompletion.${enrolment.outcomeReason}`), enrolment.outcomeNote].filter(Boolean).join(' — ')
        : enrolment.outcomeNote,
    };
    return [started, ended];
  });
};
