import { and, eq, isNull } from 'drizzle-orm';
import { type AuditActor, recordAudit } from '../../platform/audit/audit.service.ts';
import type { Database } from '../../platform/db/pool.ts';
import { accreditations } from './assessments.tables.ts';
import { instrumentByCode } from './instruments/instruments.repository.ts';

/**
 * Accreditations granted by the system itself rather than by a manager at a page: the demo dataset's accounts
 * today, the training module's completed courses later. Audited under the given actor (the CLI or the start-up).
 * An account that already holds an unrevoked accreditation for the instrument keeps it: running again adds nothing.
 */
export async function accreditAsSystem(
  db: Database,
  audit: AuditActor,
  input: { userId: string; instrumentCode: string; validFrom: string; validUntil: string | null; note: string },
): Promise<'granted' | 'existing'> {
  return db.transaction(async (tx) => {
    const instrument = await instrumentByCode(tx, input.instrumentCode);
    // The instruments are installed at start, before any demo data: without them there is nothing to accredit.
    if (!instrument) throw new Error(`Instrument ${input.instrumentCode} is not installed; install Kadam's instruments first.`);
    const [held] = await tx
      .select({ id: accreditations.id })
      .from(accreditations)
      .where(and(eq(accreditations.userId, input.userId), eq(accreditations.instrumentId, instrument.id), isNull(accreditations.revokedAt)))
      .limit(1);
    if (held) return 'existing';
    const [row] = await tx
      .insert(accreditations)
      .values({
        userId: input.userId,
        instrumentId: instrument.id,
        validFrom: input.validFrom,
        validUntil: input.validUntil,
        note: input.note,
      })
      .returning({ id: accreditations.id });
    await recordAudit(tx, audit, {
      action: 'accreditation.grant',
      resourceType: 'accreditation',
      resourceId: row!.id,
      details: { userId: input.userId, instrumentId: instrument.id, validFrom: input.validFrom, validUntil: input.validUntil },
    });
    return 'granted';
  });
}
