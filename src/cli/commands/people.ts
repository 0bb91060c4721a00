import { InvalidArgumentError } from 'commander';
import { cliActor } from '../../platform/audit/audit.service.ts';
import { runMigrations } from '../../platform/db/migrate.ts';
import type { Database } from '../../platform/db/pool.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import { createI18n } from '../../platform/i18n/translator.ts';
import { checkRegister, importRegister } from '../../modules/people/people.import.ts';
import { generateDemoPeople } from '../../modules/people/people.seeds.ts';
import { messages } from '../../messages.ts';
import { CliError, out, progress } from '../output.ts';
import { withDatabase } from '../session.ts';

export const MAX_DEMO_PEOPLE = 1_000_000;

export function peopleCount(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > MAX_DEMO_PEOPLE) {
    throw new InvalidArgumentError(`must be a whole number from 1 to ${MAX_DEMO_PEOPLE.toLocaleString('en')}.`);
  }
  return parsed;
}

/** `kadam seed demo --people N`: fictional people in batches, with progress and the rate achieved. */
export async function seedDemoPeople(db: Database, count: number): Promise<void> {
  const started = performance.now();
  const { created } = await generateDemoPeople(db, {
    count,
    onProgress: (done, total) => {
      const seconds = (performance.now() - started) / 1000;
      progress(
        `${done.toLocaleString('en')} / ${total.toLocaleString('en')} people (${Math.round(done / seconds).toLocaleString('en')} rows/s)`,
      );
    },
  });
  out(`Demo people: ${created.toLocaleString('en')} fictional people added across facilities and probation offices.`);
}

export type ImportOptions = { dryRun?: boolean; skipInvalid?: boolean; language: Locale; batchSize?: number };

/**
 * `kadam import people FILE`: checks every row first and reports each problem on its line and column, in plain
 * words; with `--dry-run` that is all. Otherwise it refuses a file with problems (unless `--skip-invalid`) and
 * imports the valid rows in batches with progress; an interrupted import run again resumes after its last batch.
 */
export async function importPeopleCommand(file: string, options: ImportOptions): Promise<void> {
  await withDatabase(async (database) => {
    await runMigrations(database.db);
    const i18n = createI18n(messages, options.language);
    const checked = await checkRegister(database.db, file, i18n);
    for (const problem of checked.problems) {
      out(`line ${problem.line}${problem.column ? `, ${problem.column}` : ''}: ${problem.message}`);
    }
    const invalidLines = new Set(checked.problems.map((problem) => problem.line)).size;
    out(`${checked.rows.toLocaleString('en')} rows: ${checked.people.length.toLocaleString('en')} valid, ${invalidLines} with problems.`);
    if (options.dryRun) {
      if (checked.problems.length > 0) throw new CliError('Dry run: the file has problems (listed above); nothing was imported.');
      out('Dry run: nothing was imported.');
      return;
    }
    if (checked.problems.length > 0 && !options.skipInvalid) {
      throw new CliError('Nothing imported: fix the rows listed above, or run again with --skip-invalid to import only the valid rows.');
    }
    const started = performance.now();
    const outcome = await importRegister(database.db, checked, {
      actor: cliActor('import people'),
      ...(options.batchSize ? { batchSize: options.batchSize } : {}),
      onProgress: ({ done, total, resumedFrom }) => {
        // The rate counts this run's rows, not those an earlier, interrupted run had already imported.
        const rate = Math.round((done - resumedFrom) / ((performance.now() - started) / 1000));
        progress(`${done.toLocaleString('en')} / ${total.toLocaleString('en')} rows (${rate.toLocaleString('en')} rows/s)`);
      },
    });
    if (outcome.alreadyImported)
      return out(`This file was imported before (${outcome.created} created, ${outcome.updated} updated): nothing to do.`);
    if (outcome.resumedFrom > 0) out(`Resumed after row ${outcome.resumedFrom.toLocaleString('en')} of an interrupted import.`);
    out(`Imported: ${outcome.created.toLocaleString('en')} people created, ${outcome.updated.toLocaleString('en')} updated.`);
  });
}
