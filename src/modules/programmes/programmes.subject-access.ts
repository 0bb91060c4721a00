import { asc, eq, sql } from 'drizzle-orm';
import { type SubjectAccessRow, type SubjectAccessSection, subjectAccessCode, subjectAccessInstant } from '../people/people.service.ts';
import { programmeEnrolments, programmeGroups, programmes } from './programmes.tables.ts';

/**
 * The person's programme places in the subject access export: each place with its programme, unit, status,
 * attendance counts and outcome. The export already checks `people:subject_access` and audits itself.
 */
export const programmeSection: SubjectAccessSection = {
  key: 'programmes',
  title: 'programmes.subjectAccess.title',
  layout: 'entries',
  codes: { status: subjectAccessCode('programmes.enrolmentStatus'), reason: subjectAccessCode('programmes.nonCompletion') },
  async rows({ tx, person, userName, unitName }): Promise<SubjectAccessRow[]> {
    const places = await tx
      .select({
        enrolment: programmeEnrolments,
        title: programmes.title,
        unitId: programmeGroups.unitId,
        attended: sql<number>`(select count(*)::int from programme_attendance a where a.enrolment_id = ${programmeEnrolments.id} and a.attended)`,
        absent: sql<number>`(select count(*)::int from programme_attendance a where a.enrolment_id = ${programmeEnrolments.id} and not a.attended)`,
      })
      .from(programmeEnrolments)
      .innerJoin(programmes, eq(programmes.id, programmeEnrolments.programmeId))
      .innerJoin(programmeGroups, eq(programmeGroups.id, programmeEnrolments.groupId))
      .where(eq(programmeEnrolments.personId, person.id))
      .orderBy(asc(programmeEnrolments.createdAt));
    const rows: SubjectAccessRow[] = [];
    for (const { enrolment, title, unitId, attended, absent } of places) {
      rows.push({
        id: enrolment.id,
        programme: title,
        unit: await unitName(unitId),
        status: enrolment.status,
        enrolledOn: enrolment.enrolledOn,
        attended,
        absent,
        endedOn: enrolment.outcomeOn,
        reason: enrolment.outcomeReason,
        notes: enrolment.outcomeNote,
        createdBy: await userName(enrolment.createdBy),
        createdAt: subjectAccessInstant(enrolment.createdAt),
      });
    }
    return rows;
  },
};
