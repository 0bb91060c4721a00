import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgUnits, territories } from '../../src/platform/org/org.tables.ts';
import { loadReferenceData, REFERENCE_SEEDS_DIR } from '../../src/modules/reference/reference.seeds.ts';
import { updateOrgUnit } from '../../src/modules/reference/reference.service.ts';
import { DEMO_PASSWORD, loadDemoData, readDemoAccounts } from '../../src/modules/demo/demo.service.ts';
import { createTestApp, signIn, type TestApp } from '../support/app.ts';
import { cliActor } from '../../src/platform/audit/audit.service.ts';

let test: TestApp;
let seedsCopy: string;
beforeAll(async () => {
  test = await createTestApp();
  seedsCopy = await mkdtemp(path.join(os.tmpdir(), 'kadam-seeds-'));
  await cp(REFERENCE_SEEDS_DIR, seedsCopy, { recursive: true });
});
afterAll(async () => {
  await test.close();
  await rm(seedsCopy, { recursive: true, force: true });
});

type SeedItem = { code: string; agency: string; names: { en: string } };

async function bumpOrgUnits(mutate: (file: { version: number; items: SeedItem[] }) => void) {
  const file = path.join(seedsCopy, 'org-units.json');
  const data = JSON.parse(await readFile(file, 'utf8')) as { version: number; items: SeedItem[] };
  mutate(data);
  await writeFile(file, JSON.stringify(data, null, 2));
}

describe('reference data loading', () => {
  it('loaded the files into the template, and a re-run changes nothing', async () => {
    const outcomes = await loadReferenceData(test.database.db);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged']);
    const projectLocations = await test.database.db.select().from(territories).where(eq(territories.projectLocation, true));
    expect(projectLocations).toHaveLength(10);
  });

  it('refuses a changed file whose version was not raised', async () => {
    await bumpOrgUnits((data) => {
      data.items[0]!.names.en = 'Changed without a version';
    });
    await expect(loadReferenceData(test.database.db, { dir: seedsCopy })).rejects.toThrow(/raise "version"/);
  });

  it('applies a new version, adding new units and keeping what an administrator edited', async () => {
    const edited = await updateOrgUnit(test.database.db, 'PRISON_16', 1, { capacity: 1400 }, cliActor('test'));
    expect(edited.version).toBe(2);
    await bumpOrgUnits((data) => {
      data.version += 1;
      const prison16 = data.items.find((item) => item.code === 'PRISON_16')!;
      prison16.names.en = 'Renamed by the seed';
      data.items.push({ ...structuredClone(prison16), code: 'PRISON_99', names: { ...prison16.names, en: 'New colony' } });
    });
    const outcomes = await loadReferenceData(test.database.db, { dir: seedsCopy });
    expect(outcomes[2]).toMatchObject({ status: 'loaded', inserted: 1, keptEdited: 1 });
    const [prison16] = await test.database.db.select().from(orgUnits).where(eq(orgUnits.code, 'PRISON_16'));
    expect(prison16?.name.en).not.toBe('Renamed by the seed');
    expect(prison16?.capacity).toBe(1400);
  });

  it('is all-or-nothing: a file with an unknown reference loads none of its rows', async () => {
    await bumpOrgUnits((data) => {
      data.version += 1;
      data.items.push({ ...structuredClone(data.items[0]!), code: 'PRISON_100', agency: 'NO_SUCH_AGENCY' });
      data.items.push({ ...structuredClone(data.items[0]!), code: 'PRISON_101' });
    });
    await expect(loadReferenceData(test.database.db, { dir: seedsCopy })).rejects.toThrow(/unknown agency "NO_SUCH_AGENCY"/);
    const rows = await test.database.db.select().from(orgUnits).where(eq(orgUnits.code, 'PRISON_101'));
    expect(rows).toEqual([]);
  });
});

describe('demo data', () => {
  it('creates every demo account once, and each can sign in', async () => {
    const first = await loadDemoData(test.database.db);
    const accounts = await readDemoAccounts();
    expect(first.created).toBe(accounts.length);
    expect(await loadDemoData(test.database.db)).toEqual({ created: 0, existing: accounts.length });
    await expect(signIn(test.app, 'officer', DEMO_PASSWORD)).resolves.toContain('kadam_session=');
  });
});
