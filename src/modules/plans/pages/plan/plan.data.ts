import type { SessionUser } from '../../../../platform/auth/sessions.ts';
import type { Executor } from '../../../../platform/db/pool.ts';
import { type PersonRow, unitInScope } from '../../../people/people.service.ts';
import { enrolmentsOfPerson, type PersonEnrolment } from '../../../programmes/programmes.service.ts';
import { proposalsFor } from '../../plans.objectives.ts';
import type { ObjectiveProposal } from '../../plans.proposals.ts';
import {
  type ActionRow,
  actionsOf,
  type ObjectiveRow,
  objectivesOf,
  openPlanOf,
  type PlanRow,
  plansOfPerson,
  rejectedNeedsOf,
  type ReviewRow,
  reviewsOf,
  userNames,
} from '../../plans.repository.ts';
import { planKindFor } from '../../plans.review-schedule.ts';
import type { PLAN_KINDS } from '../../plans.tables.ts';

export type PlanTabData = {
  plan: PlanRow | null;
  closedCount: number;
  objectives: ObjectiveRow[];
  actions: ActionRow[];
  rejected: Awaited<ReturnType<typeof rejectedNeedsOf>>;
  reviews: ReviewRow[];
  proposals: ObjectiveProposal[];
  suggestedKind: (typeof PLAN_KINDS)[number];
  may: { write: boolean; approve: boolean; enrol: boolean };
  names: Map<string, string>;
  /** The person's programme places by enrolment id, as they stand now (waiting, enrolled with attendance, ended). */
  places: Map<string, PersonEnrolment>;
};

/** Everything the plan tab shows, read in the page's one audited transaction. */
export async function loadPlanTab(tx: Executor, user: SessionUser, person: PersonRow): Promise<PlanTabData> {
  const plan = (await openPlanOf(tx, person.id)) ?? null;
  const closedCount = (await plansOfPerson(tx, person.id)).filter((row) => row.status === 'closed').length;
  const may = {
    write: await unitInScope(tx, user, 'plans:write', person.unitId),
    // Whoever wrote or sent the plan is not shown the decision form: a second person approves.
    approve:
      plan !== null &&
      plan.createdBy !== user.id &&
      plan.submittedBy !== user.id &&
      (await unitInScope(tx, user, 'plans:approve', person.unitId)),
    enrol: await unitInScope(tx, user, 'programmes:enrol', person.unitId),
  };
  const base = { closedCount, suggestedKind: planKindFor(person.legalStatus), may };
  if (!plan)
    return { ...base, plan, objectives: [], actions: [], rejected: [], reviews: [], proposals: [], names: new Map(), places: new Map() };
  return {
    ...base,
    plan,
    objectives: await objectivesOf(tx, plan.id),
    actions: await actionsOf(tx, plan.id),
    rejected: await rejectedNeedsOf(tx, plan.id),
    reviews: await reviewsOf(tx, plan.id),
    proposals: await proposalsFor(tx, plan.id, person.id),
    names: await userNames(tx, [plan.createdBy, plan.submittedBy, plan.approvedBy]),
    places: new Map((await enrolmentsOfPerson(tx, person.id)).map((place) => [place.enrolmentId, place])),
  };
}
