import { and, desc, eq, gte, lte } from 'drizzle-orm';
import type { Database, Executor } from '../../platform/db/pool.ts';
import { type PeopleActor, todayInBishkek } from '../people/people.service.ts';
import { withOrder } from './probation.access.ts';
import { ProbationRefused } from './probation.errors.ts';
import type { CONTACT_KINDS } from './probation.tables.ts';
import { probationContacts, probationOrders } from './probation.tables.ts';

export type ContactInput = {
  kind: (typeof CONTACT_KINDS)[number];
  contactOn: string;
  attended: boolean;
  missedReason: string | null;
  notes: string | null;
};

/** A contact belongs inside its order: not before it starts, not after it ends, and not in the future. */
export function checkContactDate(order: { startsOn: string; endsOn: string }, contactOn: string, today: string) {
  if (contactOn < order.startsOn) throw new ProbationRefused('contact_before_start', 400, 'contactOn');
  if (contactOn > order.endsOn) throw new ProbationRefused('contact_after_end', 400, 'contactOn');
  if (contactOn > today) throw new ProbationRefused('date_in_future', 400, 'contactOn');
}

/** Records a supervision contact of an active order (`probation:supervise`), attended or missed with the reason. */
export async function recordContact(db: Database, actor: PeopleActor, ids: { personId: string; orderId: string }, input: ContactInput) {
  const details = { kind: input.kind, contactOn: input.contactOn, attended: input.attended };
  await withOrder(
    db,
    actor,
    { ...ids, permission: 'probation:supervise', action: 'probation.contact.record', details },
    async (tx, person, order) => {
      if (order.status !== 'active') throw new ProbationRefused('order_closed', 409);
      checkContactDate(order, input.contactOn, todayInBishkek());
      await tx.insert(probationContacts).values({
        orderId: order.id,
        personId: person.id,
        kind: input.kind,
        contactOn: input.contactOn,
        attended: input.attended,
        missedReason: input.attended ? null : input.missedReason,
        notes: input.notes,
        recordedBy: actor.user.id,
      });
    },
  );
}

/**
 * For the referrals module: a partner's session with the person counts as a supervision contact "with
 * partner" when an order of theirs is active on that day. It runs in the caller's transaction, which has
 * already authorised and audited the partner's report; answers the contact's id, or null when no order is
 * active that day (nothing is recorded then).
 */
export async function recordPartnerContact(
  tx: Executor,
  input: { personId: string; sessionOn: string; attended: boolean; missedReason?: string | null; referralId: string; recordedBy: string },
): Promise<string | null> {
  const [order] = await tx
    .select({ id: probationOrders.id })
    .from(probationOrders)
    .where(
      and(
        eq(probationOrders.personId, input.personId),
        eq(probationOrders.status, 'active'),
        lte(probationOrders.startsOn, input.sessionOn),
        gte(probationOrders.endsOn, input.sessionOn),
      ),
    )
    .orderBy(desc(probationOrders.startsOn))
    .limit(1);
  if (!order) return null;
  const [contact] = await tx
    .insert(probationContacts)
    .values({
      orderId: order.id,
      personId: input.personId,
      kind: 'with_partner',
      contactOn: input.sessionOn,
      attended: input.attended,
      missedReason: input.attended ? null : (input.missedReason ?? 'partner_reported_absence'),
      referralId: input.referralId,
      recordedBy: input.recordedBy,
    })
    .returning({ id: probationContacts.id });
  return contact!.id;
}
