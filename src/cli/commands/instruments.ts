import { readFile } from 'node:fs/promises';
import { cliActor } from '../../platform/audit/audit.service.ts';
import { runMigrations } from '../../platform/db/migrate.ts';
import type { Database } from '../../platform/db/pool.ts';
import { createI18n } from '../../platform/i18n/translator.ts';
import {
  AssessmentRefused,
  defaultVersion,
  definitionProblemMessage,
  type DefinitionProblem,
  instrumentSummaries,
  instrumentWithVersions,
  loadDraft,
  publishVersion,
  retireVersion,
  versionByNumber,
} from '../../modules/assessments/assessments.service.ts';
import { messages } from '../../messages.ts';
import { CliError, out } from '../output.ts';
import { withDatabase } from '../session.ts';

/**
 * `kadam instruments …`: the console's way to load, publish, retire and export instrument versions, for an
 * operator without a browser. Every change is audited as the CLI; refusals print the same words as the pages.
 */

const english = createI18n(messages, 'en');

/** Runs one instrument command on a migrated database, turning a refusal into one clear line and exit 1. */
async function withInstruments<T>(work: (db: Database) => Promise<T>): Promise<T> {
  return withDatabase(async (database) => {
    await runMigrations(database.db);
    try {
      return await work(database.db);
    } catch (error) {
      if (!(error instanceof AssessmentRefused)) throw error;
      if (error.refusal === 'definition_invalid') {
        for (const problem of (error.details as { problems: DefinitionProblem[] }).problems)
          out(definitionProblemMessage(english.t, problem));
      }
      throw new CliError(english.t(error.messageKey));
    }
  });
}

async function versionOrFail(db: Database, code: string, number: string) {
  const found = await versionByNumber(db, code, number);
  if (!found) throw new CliError(`No version ${number} of an instrument with the code "${code}".`);
  return found;
}

export async function instrumentsList() {
  const rows = await withInstruments((db) => instrumentSummaries(db));
  if (rows.length === 0) return out('No instruments yet.');
  for (const row of rows) {
    const published = row.published_version === null ? 'no published version' : `published v${row.published_version}`;
    out(`${row.code}\t${row.kind}\t${published}\t${row.draft_versions} draft(s)\t${row.name.en}`);
  }
}

/** `kadam instruments load FILE`: a definition in JSON becomes the next draft version of its instrument. */
export async function instrumentsLoad(file: string) {
  let input: unknown;
  try {
    input = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new CliError(`Cannot read ${file} as JSON: ${(error as Error).message}`);
  }
  const draft = await withInstruments((db) => loadDraft(db, { user: null, audit: cliActor('instruments load') }, input));
  out(`Loaded ${draft.definition.code} version ${draft.version} as a draft (hash ${draft.contentHash}).`);
  out(`Check it, then publish it: kadam instruments publish ${draft.definition.code} ${draft.version}`);
}

export async function instrumentsPublish(code: string, number: string) {
  const published = await withInstruments(async (db) => {
    const { version } = await versionOrFail(db, code, number);
    return publishVersion(db, { user: null, audit: cliActor('instruments publish') }, version.id);
  });
  out(`Published ${code} version ${published.version} (hash ${published.contentHash}).`);
}

export async function instrumentsRetire(code: string, number: string, options: { reason: string }) {
  const reason = options.reason.trim();
  if (reason === '') throw new CliError('Give the reason for retiring the version with --reason.');
  await withInstruments(async (db) => {
    const { version } = await versionOrFail(db, code, number);
    await retireVersion(db, { user: null, audit: cliActor('instruments retire') }, version.id, reason);
  });
  out(`Retired ${code} version ${number}: no new assessments will use it; past assessments keep it.`);
}

/** `kadam instruments export CODE [VERSION]`: the definition as JSON on stdout (the version in use by default). */
export async function instrumentsExport(code: string, number?: string) {
  const definition = await withInstruments(async (db) => {
    if (number !== undefined) return (await versionOrFail(db, code, number)).version.definition;
    const found = await instrumentWithVersions(db, code);
    const version = found && defaultVersion(found.versions);
    if (!version) throw new CliError(`No instrument with the code "${code}".`);
    return version.definition;
  });
  out(JSON.stringify(definition, null, 2));
}
