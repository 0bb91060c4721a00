import type { AppConfig } from '../../platform/config/config.ts';
import { runMigrations } from '../../platform/db/migrate.ts';
import type { Database } from '../../platform/db/pool.ts';
import { loadReferenceData } from '../../modules/reference/reference.seeds.ts';
import { demoDataLoaded, loadDemoData } from '../../modules/demo/demo.service.ts';
import { installShippedInstruments } from '../../modules/assessments/assessments.service.ts';
import { installProgrammeCatalogue } from '../../modules/programmes/programmes.service.ts';
import { installShippedManuals } from '../../modules/manual/manual.service.ts';
import { cliActor } from '../../platform/audit/audit.service.ts';
import { progress } from '../output.ts';

/**
 * What `serve` does before listening: migrate, load reference data, install (or update) Kadam's own instruments,
 * and demo data on the first run only.
 */
export async function prepareDatabase(db: Database, config: AppConfig): Promise<{ demoLoadedNow: boolean }> {
  progress('Applying database migrations…');
  await runMigrations(db);
  progress('Checking reference data…');
  const outcomes = await loadReferenceData(db, { onProgress: progress });
  for (const outcome of outcomes.filter((entry) => entry.status === 'loaded')) {
    progress(
      `${outcome.file} v${outcome.version}: ${outcome.inserted} added, ${outcome.updated} updated, ${outcome.keptEdited} kept as edited`,
    );
  }
  progress("Checking Kadam's instruments…");
  for (const outcome of await installShippedInstruments(db, cliActor('serve'))) {
    if (outcome.status === 'installed') progress(`${outcome.code} v${outcome.version}: published`);
  }
  progress("Checking Kadam's programme catalogue…");
  for (const outcome of await installProgrammeCatalogue(db, cliActor('serve'))) {
    if (outcome.status === 'installed') progress(`programme ${outcome.code}: added to the catalogue`);
  }
  progress("Checking Kadam's staff manuals…");
  for (const outcome of await installShippedManuals(db, cliActor('serve'))) {
    if (outcome.status === 'installed') progress(`manual ${outcome.code}: first version installed`);
  }
  if (!config.loadDemoData || (await demoDataLoaded(db))) return { demoLoadedNow: false };
  progress('Loading the fictional demo dataset (first run only)…');
  await loadDemoData(db, progress);
  return { demoLoadedNow: true };
}
