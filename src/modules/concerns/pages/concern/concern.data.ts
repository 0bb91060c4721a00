import type { SessionUser } from '../../../../platform/auth/sessions.ts';
import type { Executor } from '../../../../platform/db/pool.ts';
import { type PersonRow, unitInScope } from '../../../people/people.service.ts';
import { ConcernRefused, isUuid } from '../../concerns.errors.ts';
import { concernOf, historyOf, involvedOf, planActionsOf, reviewsOf, userNames } from '../../concerns.repository.ts';

/**
 * What the concern page needs. A lead (`concerns:manage` over the person's unit) reads everything; anyone else
 * reads only a report they made themselves, and only the parts the reporter's view shows. Another reporter's
 * concern answers 404, exactly as one that does not exist.
 */
export async function loadConcernPage(tx: Executor, user: SessionUser, person: PersonRow, concernId: string) {
  if (!isUuid(concernId)) throw new ConcernRefused('not_found', 404);
  const concern = await concernOf(tx, person.id, concernId);
  const isLead = await unitInScope(tx, user, 'concerns:manage', person.unitId);
  if (!concern || (!isLead && concern.reportedBy !== user.id)) throw new ConcernRefused('not_found', 404);
  const involved = await involvedOf(tx, concern.id);
  if (!isLead)
    return { concern, isLead, involved, actions: [], reviews: [], history: [], names: await userNames(tx, [concern.reportedBy]) };
  const [actions, reviews, history] = [
    await planActionsOf(tx, concern.id),
    await reviewsOf(tx, concern.id),
    await historyOf(tx, concern.id),
  ];
  const names = await userNames(tx, [
    concern.reportedBy,
    concern.triagedBy,
    concern.investigatedBy,
    concern.decidedBy,
    concern.closedBy,
    ...reviews.map((review) => review.reviewedBy),
  ]);
  return { concern, isLead, involved, actions, reviews, history, names };
}

export type ConcernPageData = Awaited<ReturnType<typeof loadConcernPage>>;
