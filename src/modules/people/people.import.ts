import { createHash } from 'node:crypto';
import path from 'node:path';
import { eq, inArray, sql } from 'drizzle-orm';
import { type AuditActor, recordAudit } from '../../platform/audit/audit.service.ts';
import type { Database, Executor } from '../../platform/db/pool.ts';
import type { I18n } from '../../platform/i18n/translator.ts';
import { orgUnits } from '../../platform/org/org.tables.ts';
import { type BulkPerson, insertAdmissions, insertPeople, insertProbationEpisodes } from './people.bulk.ts';
import { readRegister } from './people.import-file.ts';
import { type ImportPerson, matchKey, type RowProblem, readHeader, rowOf, validateRow } from './people.import.models.ts';
import { todayInBishkek } from './people.models.ts';
import { peopleImports } from './people.tables.ts';
import { searchTextOf } from './people.transliteration.ts';

type Unit = { id: string; kind: string; regime: string | null };
export type CheckedRegister = { fileName: string; fileHash: string; rows: number; people: ImportPerson[]; problems: RowProblem[] };

/** Reads and checks every row; nothing is written. What `--dry-run` reports, and what an import starts from. */
export async function checkRegister(db: Executor, file: string, i18n: Pick<I18n, 't' | 'formatDate' | 'locale'>): Promise<CheckedRegister> {
  const { rows, bytes } = await readRegister(file);
  const [header = [], ...data] = rows;
  const { columns, problems } = readHeader(header, i18n.t);
  const units = await db.select({ code: orgUnits.code }).from(orgUnits).where(inArray(orgUnits.kind, CUSTODY_AND_PROBATION));
  const context = { i18n, unitCodes: new Set(units.map((unit) => unit.code)), today: todayInBishkek() };
  const people: ImportPerson[] = [];
  const linesByKey = new Map<string, number>();
  data.forEach((cells, index) => {
    const line = index + 2;
    const result = validateRow(line, rowOf(cells, columns), context);
    if ('problems' in result) return void problems.push(...result.problems);
    // Two rows for one person (same PIN, or without one the same name and birth) would write it twice.
    const key = matchKey(result.person);
    const other = linesByKey.get(key);
    if (other) {
      const message = result.person.pin
        ? i18n.t('people.import.duplicateInFile', { pin: result.person.pin, other })
        : i18n.t('people.import.duplicatePersonInFile', { other });
      return void problems.push({ line, column: result.person.pin ? 'pin' : 'family_name', message });
    }
    linesByKey.set(key, line);
    people.push(result.person);
  });
  const fileHash = createHash('sha256').update(bytes).digest('hex');
  return { fileName: path.basename(file), fileHash, rows: data.length, people, problems };
}

const CUSTODY_AND_PROBATION = ['colony', 'colony_settlement', 'pretrial_centre', 'prison_hospital', 'probation_office'] as const;

export type ImportProgress = { done: number; total: number; created: number; updated: number; resumedFrom: number };
export type ImportOutcome = ImportProgress & { alreadyImported: boolean };

/**
 * Writes the valid rows in batches, one transaction each, matching existing people on the PIN (or, without a
 * PIN, on the full name and date of birth): a match is updated, anything else created, so running the same file
 * twice never makes duplicates. The run's progress is saved with each batch, so an interrupted import started
 * again carries on after the last batch that committed. Each batch writes one audit event naming its people.
 */
export async function importRegister(
  db: Database,
  checked: CheckedRegister,
  options: { actor: AuditActor; batchSize?: number; onProgress?: (progress: ImportProgress) => void },
): Promise<ImportOutcome> {
  const batchSize = options.batchSize ?? 2000;
  const [run] = await db
    .insert(peopleImports)
    .values({ fileName: checked.fileName, fileHash: checked.fileHash, totalRows: checked.people.length })
    .onConflictDoUpdate({ target: peopleImports.fileHash, set: { fileName: checked.fileName } })
    .returning();
  const total = checked.people.length;
  if (run!.finishedAt)
    return { done: total, total, created: run!.created, updated: run!.updated, resumedFrom: run!.rowsDone, alreadyImported: true };
  const units = new Map(
    (await db.select({ id: orgUnits.id, code: orgUnits.code, kind: orgUnits.kind, regime: orgUnits.regime }).from(orgUnits)).map((unit) => [
      unit.code,
      unit as Unit,
    ]),
  );
  const progress: ImportProgress = { done: run!.rowsDone, total, created: run!.created, updated: run!.updated, resumedFrom: run!.rowsDone };
  for (let start = run!.rowsDone; start < total; start += batchSize) {
    const batch = checked.people.slice(start, start + batchSize);
    const counts = await db.transaction(async (tx) => {
      const result = await writeBatch(tx, batch, units);
      await tx
        .update(peopleImports)
        .set({
          rowsDone: start + batch.length,
          created: sql`${peopleImports.created} + ${result.created.length}`,
          updated: sql`${peopleImports.updated} + ${result.updated.length}`,
        })
        .where(eq(peopleImports.id, run!.id));
      await recordAudit(tx, options.actor, {
        action: 'person.import',
        resourceType: 'people_import',
        resourceId: run!.id,
        details: { file: checked.fileName, lines: [batch[0]!.line, batch.at(-1)!.line], created: result.created, updated: result.updated },
      });
      return { created: result.created.length, updated: result.updated.length };
    });
    progress.done = start + batch.length;
    progress.created += counts.created;
    progress.updated += counts.updated;
    options.onProgress?.({ ...progress });
  }
  await db.update(peopleImports).set({ finishedAt: new Date() }).where(eq(peopleImports.id, run!.id));
  return { ...progress, alreadyImported: false };
}

const statusFor = (person: ImportPerson, unit: Unit): BulkPerson['legalStatus'] =>
  person.legalStatus ?? (unit.kind === 'probation_office' ? 'probation' : unit.kind === 'pretrial_centre' ? 'remand' : 'convicted');

function bulkPerson(person: ImportPerson, unit: Unit): BulkPerson {
  return {
    familyName: person.familyName,
    givenName: person.givenName,
    patronymic: person.patronymic,
    familyNameLatin: person.familyNameLatin,
    givenNameLatin: person.givenNameLatin,
    patronymicLatin: person.patronymicLatin,
    dateOfBirth: person.dateOfBirth,
    sex: person.sex,
    citizenship: person.citizenship,
    pin: person.pin,
    noPinReason: person.noPinReason,
    unitId: unit.id,
    legalStatus: statusFor(person, unit),
    searchText: searchTextOf([
      person.familyName,
      person.givenName,
      person.patronymic,
      person.familyNameLatin,
      person.givenNameLatin,
      person.patronymicLatin,
    ]),
  };
}

async function writeBatch(tx: Executor, batch: readonly ImportPerson[], units: ReadonlyMap<string, Unit>) {
  const rows = batch.map((person) => ({ person, bulk: bulkPerson(person, units.get(person.unitCode)!) }));
  const existing = await tx.execute<{ id: string; key: string }>(sql`
    select p.id, coalesce(p.pin, p.family_name || '|' || p.given_name || '|' || coalesce(p.patronymic, '') || '|' || p.date_of_birth::text) as key
    from people p
    where p.merged_into_id is null and (
      p.pin = any(${sql.param(batch.flatMap((person) => (person.pin ? [person.pin] : [])))}::text[])
      or (p.pin is null and p.family_name || '|' || p.given_name || '|' || coalesce(p.patronymic, '') || '|' || p.date_of_birth::text
          = any(${sql.param(batch.filter((person) => !person.pin).map(matchKey))}::text[])))`);
  const idByKey = new Map(existing.rows.map((row) => [row.key, row.id]));
  const fresh = rows.filter((row) => !idByKey.has(matchKey(row.person)));
  const known = rows.filter((row) => idByKey.has(matchKey(row.person)));
  const created = await insertPeople(
    tx,
    fresh.map((row) => row.bulk),
  );
  if (known.length > 0)
    await updatePeople(
      tx,
      known.map((row) => ({ id: idByKey.get(matchKey(row.person))!, ...row.bulk })),
    );
  const since = fresh.flatMap((row, index) => (row.person.since ? [{ row, id: created[index]! }] : []));
  const unitOf = (row: (typeof rows)[number]) => units.get(row.person.unitCode)!;
  await insertAdmissions(
    tx,
    since
      .filter(({ row }) => unitOf(row).kind !== 'probation_office')
      .map(({ row, id }) => ({
        personId: id,
        facilityId: unitOf(row).id,
        occurredOn: row.person.since!,
        regime: unitOf(row).regime,
        remand: row.bulk.legalStatus === 'remand',
      })),
  );
  await insertProbationEpisodes(
    tx,
    since
      .filter(({ row }) => unitOf(row).kind === 'probation_office')
      .map(({ row, id }) => ({
        personId: id,
        officeId: unitOf(row).id,
        probationType: 'executive' as const,
        startedOn: row.person.since!,
      })),
  );
  return { created, updated: known.map((row) => idByKey.get(matchKey(row.person))!) };
}

/** The register's values over the matched records, version raised, in one statement. */
async function updatePeople(tx: Executor, rows: readonly (BulkPerson & { id: string })[]): Promise<void> {
  const column = (pick: (row: BulkPerson & { id: string }) => string | null) => sql.param(rows.map(pick));
  await tx.execute(sql`
    update people p set family_name = u.family_name, given_name = u.given_name, patronymic = u.patronymic,
      family_name_latin = coalesce(u.family_name_latin, p.family_name_latin), given_name_latin = coalesce(u.given_name_latin, p.given_name_latin),
      patronymic_latin = coalesce(u.patronymic_latin, p.patronymic_latin), date_of_birth = u.date_of_birth, sex = u.sex,
      citizenship = coalesce(u.citizenship, p.citizenship), unit_id = u.unit_id, legal_status = u.legal_status,
      search_text = u.search_text, version = p.version + 1, updated_at = now()
    from unnest(${column((row) => row.id)}::uuid[], ${column((row) => row.familyName)}::text[], ${column((row) => row.givenName)}::text[],
      ${column((row) => row.patronymic)}::text[], ${column((row) => row.familyNameLatin)}::text[], ${column((row) => row.givenNameLatin)}::text[],
      ${column((row) => row.patronymicLatin)}::text[], ${column((row) => row.dateOfBirth)}::date[], ${column((row) => row.sex)}::text[],
      ${column((row) => row.citizenship)}::text[], ${column((row) => row.unitId)}::uuid[], ${column((row) => row.legalStatus)}::text[],
      ${column((row) => row.searchText)}::text[])
      as u(id, family_name, given_name, patronymic, family_name_latin, given_name_latin, patronymic_latin, date_of_birth, sex,
           citizenship, unit_id, legal_status, search_text)
    where p.id = u.id`);
}
