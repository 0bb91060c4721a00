import { asc, inArray } from 'drizzle-orm';
import { type SubjectAccessRow, type SubjectAccessSection, subjectAccessCode, subjectAccessInstant } from '../people/people.service.ts';
import { involvedOf, personIdsOf, planActionsOf, reviewsOf } from './concerns.repository.ts';
import { concerns } from './concerns.tables.ts';

/**
 * The person's concerns in the subject access export: each report with every step of the loop — triage,
 * findings, the decision and its reasons, the plan, reviews and closure — because the law gives the person
 * everything held about them. The export checks `people:subject_access` and audits itself.
 */
export const concernSection: SubjectAccessSection = {
  key: 'concerns',
  title: 'concerns.subjectAccess.title',
  layout: 'entries',
  codes: {
    status: subjectAccessCode('concerns.status'),
    decision: subjectAccessCode('concerns.decision'),
    indicators: subjectAccessCode('concerns.indicator'),
    triageOutcome: subjectAccessCode('concerns.triageOutcome'),
  },
  async rows({ tx, person, userName }): Promise<SubjectAccessRow[]> {
    const rows = await tx
      .select()
      .from(concerns)
      .where(inArray(concerns.personId, await personIdsOf(tx, person.id)))
      .orderBy(asc(concerns.reportedAt));
    const out: SubjectAccessRow[] = [];
    for (const row of rows) {
      const involved = await involvedOf(tx, row.id);
      out.push({
        id: row.id,
        reportedAt: subjectAccessInstant(row.reportedAt),
        reportedBy: await userName(row.reportedBy),
        observedAt: subjectAccessInstant(row.observedAt),
        place: row.place,
        indicators: row.indicators,
        description: row.description,
        peopleInvolved: involved.map((other) => [other.familyName, other.givenName, other.patronymic].filter(Boolean).join(' ')),
        status: row.status,
        triageOutcome: row.triageOutcome,
        triageNote: row.triageNote,
        findings: row.findings,
        decision: row.decision,
        decisionReasons: row.decisionReasons,
        planActions: (await planActionsOf(tx, row.id)).map(
          (action) => `${action.description} — ${action.responsible} — ${action.targetDate}`,
        ),
        reviews: (await reviewsOf(tx, row.id)).map((review) => `${review.reviewedOn}: ${review.summary}`),
        closedAt: row.closedAt ? subjectAccessInstant(row.closedAt) : null,
        closeReason: row.closeReason,
      });
    }
    return out;
  },
};
