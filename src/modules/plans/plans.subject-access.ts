import { asc, eq, inArray } from 'drizzle-orm';
import { type SubjectAccessRow, type SubjectAccessSection, subjectAccessCode, subjectAccessInstant } from '../people/people.service.ts';
import { planActions, planObjectives, planReviews, plans } from './plans.tables.ts';

/**
 * The person's plans in the subject access export: each plan with its approval and the person's own words;
 * every action with the objective it serves; every review. The export already checks `people:subject_access`
 * and audits itself.
 */
export const planSection: SubjectAccessSection = {
  key: 'plans',
  title: 'plans.subjectAccess.plans',
  layout: 'entries',
  codes: {
    kind: subjectAccessCode('plans.kind'),
    status: subjectAccessCode('plans.status'),
    agreement: subjectAccessCode('plans.agreement'),
  },
  async rows({ tx, person, userName }): Promise<SubjectAccessRow[]> {
    const rows = await tx.select().from(plans).where(eq(plans.personId, person.id)).orderBy(asc(plans.createdAt));
    const result: SubjectAccessRow[] = [];
    for (const plan of rows)
      result.push({
        id: plan.id,
        kind: plan.kind,
        status: plan.status,
        createdBy: await userName(plan.createdBy),
        createdAt: subjectAccessInstant(plan.createdAt),
        decidedBy: plan.approvedBy ? await userName(plan.approvedBy) : null,
        decidedAt: plan.approvedAt ? subjectAccessInstant(plan.approvedAt) : null,
        agreement: plan.agreement,
        personWords: plan.personWords,
        nextReviewDate: plan.nextReviewDate,
        endedOn: plan.closedAt ? subjectAccessInstant(plan.closedAt) : null,
        endReason: plan.closeReason,
      });
    return result;
  },
};

export const planActionSection: SubjectAccessSection = {
  key: 'plan_actions',
  title: 'plans.subjectAccess.actions',
  layout: 'entries',
  codes: { status: subjectAccessCode('plans.actionStatus') },
  async rows({ tx, person, userName }): Promise<SubjectAccessRow[]> {
    const planIds = (await tx.select({ id: plans.id }).from(plans).where(eq(plans.personId, person.id))).map(({ id }) => id);
    if (planIds.length === 0) return [];
    const rows = await tx
      .select({ action: planActions, objective: planObjectives.wording })
      .from(planActions)
      .innerJoin(planObjectives, eq(planObjectives.id, planActions.objectiveId))
      .where(inArray(planActions.planId, planIds))
      .orderBy(asc(planActions.createdAt));
    const result: SubjectAccessRow[] = [];
    for (const { action, objective } of rows)
      result.push({
        id: action.id,
        objective,
        action: action.description,
        responsible: action.responsibleUserId ? await userName(action.responsibleUserId) : action.responsibleAgency,
        targetDate: action.targetDate,
        status: action.status,
        reason: action.statusReason,
        createdBy: await userName(action.createdBy),
        createdAt: subjectAccessInstant(action.createdAt),
      });
    return result;
  },
};

export const planReviewSection: SubjectAccessSection = {
  key: 'plan_reviews',
  title: 'plans.subjectAccess.reviews',
  layout: 'entries',
  async rows({ tx, person, userName }): Promise<SubjectAccessRow[]> {
    const rows = await tx
      .select({ review: planReviews })
      .from(planReviews)
      .innerJoin(plans, eq(plans.id, planReviews.planId))
      .where(eq(plans.personId, person.id))
      .orderBy(asc(planReviews.reviewedOn));
    const result: SubjectAccessRow[] = [];
    for (const { review } of rows)
      result.push({
        id: review.id,
        reviewedOn: review.reviewedOn,
        text: review.summary,
        nextReviewDate: review.nextReviewDate,
        recordedBy: await userName(review.reviewedBy),
      });
    return result;
  },
};
