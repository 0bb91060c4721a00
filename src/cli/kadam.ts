import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { ConfigError } from '../platform/config/config.ts';
import { UserAdminError } from '../platform/auth/users.service.ts';
import { runMigrations } from '../platform/db/migrate.ts';
import { loadReferenceData } from '../modules/reference/reference.seeds.ts';
import { loadDemoData, DEMO_PASSWORD } from '../modules/demo/demo.service.ts';
import { serve } from '../main.ts';
import { userCreate, userDisable, userResetPassword } from './commands/user.ts';
import { auditSeal, auditVerify } from './commands/audit.ts';
import { importPeopleCommand, peopleCount, seedDemoPeople } from './commands/people.ts';
import { instrumentsExport, instrumentsList, instrumentsLoad, instrumentsPublish, instrumentsRetire } from './commands/instruments.ts';
import { installShippedInstruments } from '../modules/assessments/assessments.service.ts';
import { installProgrammeCatalogue } from '../modules/programmes/programmes.service.ts';
import { installShippedManuals } from '../modules/manual/manual.service.ts';
import { cliActor } from '../platform/audit/audit.service.ts';
import type { Database } from '../platform/db/pool.ts';
import { CliError, out, progress } from './output.ts';
import { withDatabase } from './session.ts';

function port(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535) throw new InvalidArgumentError('must be a port number 0–65535.');
  return parsed;
}

function batchSize(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > 50_000)
    throw new InvalidArgumentError('must be a whole number from 1 to 50,000.');
  return parsed;
}

export function buildProgram(): Command {
  const program = new Command('kadam')
    .description('Kadam — prison and probation case management. Configuration comes from environment variables (see README).')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();

  program
    .command('serve')
    .description('Start the web server: migrate, load reference data (and demo data on first run outside production), then listen.')
    .option('-p, --port <port>', 'port to listen on (default: PORT or 3000)', port)
    .option('--host <host>', 'address to listen on (default: HOST or 127.0.0.1)')
    .action((options: { port?: number; host?: string }) => serve(options));

  program
    .command('migrate')
    .description('Apply the committed SQL migrations to the database.')
    .action(() =>
      withDatabase(async (database) => {
        progress(`Migrating ${database.description}…`);
        await runMigrations(database.db);
        out('Migrations applied.');
      }),
    );

  const seed = program.command('seed').description('Load versioned seed data.');
  seed
    .command('reference')
    .description("Load reference data (territories, agencies, facilities, offices) and install Kadam's instruments. Safe to re-run.")
    .action(() =>
      withDatabase(async (database) => {
        await runMigrations(database.db);
        const outcomes = await loadReferenceData(database.db, { onProgress: progress });
        for (const outcome of outcomes) {
          out(
            outcome.status === 'unchanged'
              ? `${outcome.file} v${outcome.version}: already loaded, nothing to do`
              : `${outcome.file} v${outcome.version}: ${outcome.inserted} added, ${outcome.updated} updated, ${outcome.keptEdited} kept as edited by administrators`,
          );
        }
        await reportInstruments(database.db);
      }),
    );
  seed
    .command('demo')
    .description('Load the fictional demo dataset (refused in production). Loads reference data first.')
    .option('--people <n>', 'also add N fictional people (1 to 1,000,000), e.g. for benchmarks', peopleCount)
    .action((options: { people?: number }) =>
      withDatabase(async (database, config) => {
        if (config.env === 'production') throw new CliError('Refusing to load demo data into a production system.');
        await runMigrations(database.db);
        await loadReferenceData(database.db, { onProgress: progress });
        await installShippedInstruments(database.db, cliActor('seed demo'));
        await installProgrammeCatalogue(database.db, cliActor('seed demo'));
        await installShippedManuals(database.db, cliActor('seed demo'));
        const result = await loadDemoData(database.db, progress);
        out(`Demo data: ${result.created} accounts created, ${result.existing} already there. Password for all: ${DEMO_PASSWORD}`);
        if (options.people) await seedDemoPeople(database.db, options.people);
      }),
    );

  const importing = program.command('import').description('Import existing registers.');
  importing
    .command('people')
    .description('Import people from a CSV (UTF-8) or XLSX file; rows are matched on the PIN, so re-running adds no duplicates.')
    .argument('<file>', '.csv or .xlsx file with a header row (see README: Importing people)')
    .option('--dry-run', 'check every row and report its problems; import nothing')
    .option('--skip-invalid', 'import the valid rows even when others have problems')
    .addOption(new Option('--language <locale>', 'language of the row problems').choices(['ky', 'ru', 'en']).default('en'))
    .option('--batch-size <n>', 'rows per transaction (default 2000)', batchSize)
    .action(importPeopleCommand);

  const user = program.command('user').description('Manage user accounts.');
  user
    .command('create')
    .description('Create a user with roles at organisation units. Without --password a temporary one is printed.')
    .requiredOption('-u, --username <username>', 'sign-in name (Latin letters, digits, . _ -)')
    .requiredOption('-n, --name <display name>', 'full name as shown in Kadam')
    .requiredOption('-r, --role <role@unit...>', 'role at a unit code, e.g. prison_officer@PRISON_47 (repeatable)')
    .option('--password <password>', 'initial password (at least 12 characters); the user must change it')
    .addOption(new Option('--locale <locale>', 'preferred language').choices(['ky', 'ru', 'en']).default('ky'))
    .action(userCreate);
  user.command('disable').description('Disable a user and end all their sessions.').argument('<username>').action(userDisable);
  user
    .command('reset-password')
    .description('Set a temporary password (printed unless given) and end all sessions of the user.')
    .argument('<username>')
    .option('--password <password>', 'the new temporary password (at least 12 characters)')
    .action(userResetPassword);

  const instruments = program.command('instruments').description('Load, publish, retire and export assessment instrument versions.');
  instruments.command('list').description('List the instruments with their published version and drafts.').action(instrumentsList);
  instruments
    .command('load')
    .description('Load a JSON instrument definition as a new draft version; problems are printed per field (exit 1).')
    .argument('<file>', 'the definition, as JSON (see `kadam instruments export` for an example)')
    .action(instrumentsLoad);
  instruments
    .command('publish')
    .description('Publish a draft version: it is frozen with its content hash and new assessments use it.')
    .argument('<code>', 'the instrument code, e.g. KADAM_VE')
    .argument('<version>', 'the version number')
    .action(instrumentsPublish);
  instruments
    .command('retire')
    .description('Retire a published version: no new assessments with it; past assessments keep it.')
    .argument('<code>', 'the instrument code')
    .argument('<version>', 'the version number')
    .requiredOption('--reason <text>', 'why the version is retired (recorded in the audit trail)')
    .action(instrumentsRetire);
  instruments
    .command('export')
    .description('Print a version’s definition as JSON (default: the version in use).')
    .argument('<code>', 'the instrument code')
    .argument('[version]', 'the version number')
    .action(instrumentsExport);

  const audit = program.command('audit').description('Check the tamper-evident audit trail.');
  audit
    .command('verify')
    .description('Recompute the hash chain; exit 0 if intact, 3 naming the first modified, deleted, inserted or reordered event.')
    .action(auditVerify);
  audit
    .command('seal')
    .description('Seal audit events not yet sealed into the hash chain (the server does this every few seconds).')
    .action(auditSeal);
  return program;
}

/** Installs (or updates) Kadam's own instruments and says which were published now. */
async function reportInstruments(db: Database) {
  for (const outcome of await installShippedInstruments(db, cliActor('seed reference'))) {
    out(
      outcome.status === 'installed'
        ? `${outcome.code} v${outcome.version}: published`
        : `${outcome.code} v${outcome.version}: already installed, nothing to do`,
    );
  }
  // The programme catalogue is installed where the instruments are: plans propose programmes for the needs found.
  for (const outcome of await installProgrammeCatalogue(db, cliActor('seed reference'))) {
    out(`programme ${outcome.code}: ${outcome.status === 'installed' ? 'added to the catalogue' : 'already in the catalogue'}`);
  }
  // The staff manuals too: the concern report form links to the manual on preventing recruitment.
  for (const outcome of await installShippedManuals(db, cliActor('seed reference'))) {
    out(`manual ${outcome.code}: ${outcome.status === 'installed' ? 'first version installed' : 'already installed'}`);
  }
}

/** Runs the CLI; returns the exit code. Known failures print one clear line, never a stack trace. */
export async function runCli(argv: string[]): Promise<number> {
  const program = buildProgram();
  program.commands.forEach(function exitOverride(command) {
    command.exitOverride();
    command.commands.forEach(exitOverride);
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    const known = error instanceof CliError || error instanceof ConfigError || error instanceof UserAdminError;
    process.stderr.write(`kadam: error: ${(error as Error).message}\n`);
    if (!known && process.env.KADAM_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
    return error instanceof CliError ? error.exitCode : 1;
  }
}
