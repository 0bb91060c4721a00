import { asc, eq, sql } from 'drizzle-orm';
import { type AuditActor, recordAudit } from '../../platform/audit/audit.service.ts';
import { users } from '../../platform/auth/auth.tables.ts';
import type { Database } from '../../platform/db/pool.ts';
import { orgUnits } from '../../platform/org/org.tables.ts';
import { people, todayInBishkek } from '../people/people.service.ts';
import { addDays } from './probation.schedule.ts';
import { ORDER_KINDS, probationContacts, probationOrderConditions, probationOrders, probationViolations } from './probation.tables.ts';

const DEMO_ORDERS = 8;
/** Days since the last attended contact of each demo order: some on time, some overdue, whatever the intensity. */
const LAST_SEEN = [3, 12, 40, 6, 20, 2, 9, 33];

/**
 * Orders for the demo accounts in the Osh probation office (once: nothing when any order exists): six allocated
 * to `probation` with contacts, some overdue, one with a violation answered by a warning; two left for
 * `probation.manager` to allocate.
 */
export async function loadDemoProbation(db: Database, audit: AuditActor): Promise<number> {
  const existing = await db.execute<{ count: number }>(sql`select count(*)::int as count from probation_orders`);
  if ((existing.rows[0]?.count ?? 0) > 0) return 0;
  const [office] = await db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.code, 'PROBATION_OSH'));
  const [officer] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'probation'));
  if (!office || !officer) return 0;
  const clients = await db
    .select({ id: people.id })
    .from(people)
    .where(eq(people.unitId, office.id))
    .orderBy(asc(people.familyName))
    .limit(DEMO_ORDERS);
  const today = todayInBishkek();
  return db.transaction(async (tx) => {
    for (const [index, client] of clients.entries()) {
      const startsOn = addDays(today, -90 - index * 10);
      const kind = ORDER_KINDS[index % 4]!;
      const [order] = await tx
        .insert(probationOrders)
        .values({
          personId: client.id,
          probationType: 'executive',
          kind,
          court: 'Ош шаардык соту',
          orderedOn: addDays(startsOn, -7),
          startsOn,
          endsOn: addDays(startsOn, 365),
          officeId: office.id,
          officerId: index < 6 ? officer.id : null,
          allocatedBy: index < 6 ? officer.id : null,
          allocatedAt: index < 6 ? new Date() : null,
          hoursOwed: kind === 'community_service' ? 120 : null,
          hoursWorked: kind === 'community_service' ? 24 : 0,
          createdBy: officer.id,
        })
        .returning({ id: probationOrders.id, startsOn: probationOrders.startsOn, endsOn: probationOrders.endsOn });
      const base = { orderId: order!.id, startsOn: order!.startsOn, endsOn: order!.endsOn, createdBy: officer.id };
      await tx.insert(probationOrderConditions).values([
        { ...base, conditionCode: 'report_to_office' },
        { ...base, conditionCode: 'not_leave_district' },
      ]);
      if (index >= 6) continue;
      const contact = { orderId: order!.id, personId: client.id, recordedBy: officer.id };
      await tx.insert(probationContacts).values([
        { ...contact, kind: 'office_visit', contactOn: addDays(today, -(LAST_SEEN[index] ?? 5) - 14), attended: true },
        { ...contact, kind: 'home_visit', contactOn: addDays(today, -(LAST_SEEN[index] ?? 5)), attended: true },
      ]);
      if (index === 1) {
        await tx.insert(probationViolations).values({
          orderId: order!.id,
          personId: client.id,
          occurredOn: addDays(today, -20),
          severity: 'minor',
          description: 'Белгиленген күнү кеңсеге келген жок, алдын ала кабарлаган жок.',
          evidence: 'Келүү журналы',
          evidenceReference: '№ 14',
          proposedResponse: 'warning',
          response: 'warning',
          responseReasons: 'Биринчи бузуу; адам себебин түшүндүрдү.',
          recordedBy: officer.id,
        });
      }
    }
    await recordAudit(tx, audit, { action: 'probation.demo.load', details: { orders: clients.length } });
    return clients.length;
  });
}
