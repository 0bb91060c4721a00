import { sql } from 'drizzle-orm';
import type { SessionUser } from '../../../../platform/auth/sessions.ts';
import type { Executor } from '../../../../platform/db/pool.ts';
import type { LocalisedName } from '../../../../platform/org/org.tables.ts';
import type { PersonRow } from '../../people.access.ts';
import type { Permission } from '../../../../platform/auth/permissions.ts';
import { scopeUnitsOf } from '../../people.scope.ts';
import type { identityDocuments, personAliases, personContacts, pinChanges } from '../../people.tables.ts';

type Alias = Pick<typeof personAliases.$inferSelect, 'kind' | 'name'>;
type Contact = Pick<typeof personContacts.$inferSelect, 'kind' | 'name' | 'relationship' | 'value' | 'address'>;
type Document = Pick<typeof identityDocuments.$inferSelect, 'kind' | 'number' | 'issuedBy' | 'issuedOn' | 'expiresOn' | 'country'>;
type PinChange = Pick<typeof pinChanges.$inferSelect, 'previousPin' | 'newPin' | 'changedOn' | 'reason'>;

/** What the overview shows besides the person's row, and which of its actions this user may take. */
export type PersonOverview = {
  person: PersonRow;
  aliases: Alias[];
  contacts: Contact[];
  documents: Document[];
  pinHistory: PinChange[];
  districts: { registered: LocalisedName | null; actual: LocalisedName | null };
  may: { seeSensitive: boolean; edit: boolean; alerts: boolean };
};

type OverviewRow = Omit<PersonOverview, 'person' | 'districts' | 'may'> & {
  registered: LocalisedName | null;
  actual: LocalisedName | null;
  covering: string[];
};

/**
 * Reads the overview inside the page's `withPerson` transaction. What the user may do is decided by the roles
 * whose units cover this person, not by any role anywhere: a psychologist of another colony reading the record
 * under break-glass does not see its sensitive fields.
 *
 * One query, not seven: the page is the most opened in the system, and on a busy server each round trip to
 * PostgreSQL costs more than the work it asks for. Each list comes back as a JSON array with the fields the page
 * shows (dates as yyyy-mm-dd, like Drizzle's `date` columns in string mode), in the order it shows them.
 */
export async function loadOverview(tx: Executor, user: SessionUser, person: PersonRow): Promise<PersonOverview> {
  const id = person.id;
  const [row] = (
    await tx.execute<OverviewRow>(sql`
      select
        (select coalesce(json_agg(json_build_object('kind', kind, 'name', name) order by created_at), '[]')
           from person_aliases where person_id = ${id}) as aliases,
        (select coalesce(json_agg(json_build_object('kind', kind, 'name', name, 'relationship', relationship, 'value', value,
                  'address', address) order by created_at), '[]')
           from person_contacts where person_id = ${id}) as contacts,
        (select coalesce(json_agg(json_build_object('kind', kind, 'number', number, 'issuedBy', issued_by, 'issuedOn', issued_on,
                  'expiresOn', expires_on, 'country', country) order by created_at), '[]')
           from identity_documents where person_id = ${id}) as documents,
        (select coalesce(json_agg(json_build_object('previousPin', previous_pin, 'newPin', new_pin, 'changedOn', changed_on,
                  'reason', reason) order by changed_on desc, recorded_at desc), '[]')
           from pin_changes where person_id = ${id}) as "pinHistory",
        (select name from territories where id = ${person.registeredTerritoryId}) as registered,
        (select name from territories where id = ${person.actualTerritoryId}) as actual,
        -- The unit and every unit above it: a role at any of these covers the person.
        array(with recursive up(id, parent_id) as (
                select id, parent_id from org_units where id = ${person.unitId}
                union all select u.id, u.parent_id from org_units u join up on u.id = up.parent_id)
              select id::text from up) as covering`)
  ).rows;
  const covering = new Set(row!.covering);
  const may = (permission: Permission) => scopeUnitsOf(user, permission).some((unitId) => covering.has(unitId));
  return {
    person,
    aliases: row!.aliases,
    contacts: row!.contacts,
    documents: row!.documents,
    pinHistory: row!.pinHistory,
    districts: { registered: row!.registered, actual: row!.actual },
    may: { seeSensitive: may('people:sensitive'), edit: may('people:edit'), alerts: may('people:alerts') },
  };
}
