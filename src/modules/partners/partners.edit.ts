import { eq } from 'drizzle-orm';
import { authorise } from '../../platform/access/authorise.ts';
import { type AuditActor, fieldChanges } from '../../platform/audit/audit.service.ts';
import type { SessionUser } from '../../platform/auth/sessions.ts';
import type { Database } from '../../platform/db/pool.ts';
import { partnerByCode } from './partners.directory.ts';
import { PartnerRefused } from './partners.errors.ts';
import { type PartnerKind, partnerContacts, partnerDistricts, partnerProfiles, partnerServices } from './partners.tables.ts';

export type PartnerEntry = {
  kind: PartnerKind;
  description: string | null;
  services: string[];
  districtIds: string[];
  contacts: { name: string; phone: string | null; email: string | null }[];
};

/**
 * Saves a partner's directory entry (kind, services, districts, contacts) in one transaction, audited as
 * `partner.update` with its field changes. The form carries the entry's version (0 before the first save): a
 * save over someone else's change is refused. The directory is national, so `partners:manage` is not scoped.
 */
export async function savePartner(
  db: Database,
  actor: { user: SessionUser; audit: AuditActor },
  input: { code: string; version: number; entry: PartnerEntry },
): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await partnerByCode(tx, input.code);
    if (!before) throw new PartnerRefused('not_found', 404);
    const [locked] = await tx.select().from(partnerProfiles).where(eq(partnerProfiles.unitId, before.unitId)).for('update');
    if ((locked?.version ?? 0) !== input.version) throw new PartnerRefused('stale', 409);
    const { entry } = input;
    await authorise(tx, {
      actor: actor.user,
      audit: actor.audit,
      permission: 'partners:manage',
      action: 'partner.update',
      details: { code: input.code },
      changes: fieldChanges<Record<string, unknown>>(
        {
          kind: before.kind,
          description: before.description,
          services: before.services,
          districtIds: before.districts.map((district) => district.id),
          contacts: before.contacts,
        },
        { ...entry },
      ),
    });
    const values = { kind: entry.kind, description: entry.description, updatedBy: actor.user.id, updatedAt: new Date() };
    if (locked) {
      await tx
        .update(partnerProfiles)
        .set({ ...values, version: locked.version + 1 })
        .where(eq(partnerProfiles.unitId, before.unitId));
    } else {
      await tx.insert(partnerProfiles).values({ unitId: before.unitId, ...values });
    }
    await replaceLists(tx, before.unitId, entry);
  });
}

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

/** The lists are replaced whole: the form shows and sends all of them. */
export async function replaceLists(tx: Tx, unitId: string, entry: PartnerEntry): Promise<void> {
  await tx.delete(partnerServices).where(eq(partnerServices.unitId, unitId));
  await tx.delete(partnerDistricts).where(eq(partnerDistricts.unitId, unitId));
  await tx.delete(partnerContacts).where(eq(partnerContacts.unitId, unitId));
  if (entry.services.length > 0) await tx.insert(partnerServices).values(entry.services.map((service) => ({ unitId, service })));
  if (entry.districtIds.length > 0)
    await tx.insert(partnerDistricts).values(entry.districtIds.map((territoryId) => ({ unitId, territoryId })));
  if (entry.contacts.length > 0)
    await tx.insert(partnerContacts).values(entry.contacts.map((contact, position) => ({ unitId, ...contact, position })));
}
