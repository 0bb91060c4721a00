import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureInstrument } from '../../src/modules/assessments/instruments/instrument.fixture.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { runKadam } from '../support/process.ts';

let database: TestDatabase;
let env: Record<string, string>;
let folder: string;

beforeAll(async () => {
  database = await createTestDatabase();
  env = { DATABASE_URL: database.url };
  folder = await mkdtemp(path.join(os.tmpdir(), 'kadam-instruments-'));
});
afterAll(async () => {
  await database.drop();
  await rm(folder, { recursive: true, force: true });
});

async function file(name: string, content: unknown): Promise<string> {
  const at = path.join(folder, name);
  await writeFile(at, typeof content === 'string' ? content : JSON.stringify(content));
  return at;
}

const cliDefinition = () => ({ ...fixtureInstrument(), code: 'TEST_CLI' });

describe('kadam instruments', () => {
  it('lists Kadam’s instruments, installed with the reference data, and says when nothing changed', async () => {
    const list = await runKadam(['instruments', 'list'], env);
    expect(list.code).toBe(0);
    for (const code of ['KADAM_SCREEN', 'KADAM_VE', 'KADAM_RNR']) expect(list.stdout).toMatch(new RegExp(`${code}\\t\\w+\\tpublished v1`));
    const seeded = await runKadam(['seed', 'reference'], env);
    expect(seeded.stdout).toContain('KADAM_VE v1: already installed, nothing to do');
  });

  it('prints each problem of an invalid definition by its path and exits 1, loading nothing', async () => {
    const invalid = cliDefinition();
    invalid.sections[0]!.indicators[0]!.scale = 'NO_SUCH_SCALE';
    const result = await runKadam(['instruments', 'load', await file('invalid.json', invalid)], env);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('At sections.0.indicators.0.scale: the instrument has no rating scale called NO_SUCH_SCALE');
    expect(result.stderr).toContain('nothing was saved');
    expect((await runKadam(['instruments', 'load', await file('broken.json', '{ "code": ')], env)).stderr).toContain('as JSON');
    expect((await runKadam(['instruments', 'list'], env)).stdout).not.toContain('TEST_CLI');
  });

  it('loads a draft, publishes it and exports exactly what was loaded', async () => {
    const loaded = await runKadam(['instruments', 'load', await file('valid.json', cliDefinition())], env);
    expect(loaded.code).toBe(0);
    expect(loaded.stdout).toContain('Loaded TEST_CLI version 1 as a draft');
    const published = await runKadam(['instruments', 'publish', 'TEST_CLI', '1'], env);
    expect(published.code).toBe(0);
    expect(published.stdout).toMatch(/Published TEST_CLI version 1 \(hash sha256:[0-9a-f]{64}\)/);
    const exported = await runKadam(['instruments', 'export', 'TEST_CLI'], env);
    expect(JSON.parse(exported.stdout)).toEqual(cliDefinition());
    const again = await runKadam(['instruments', 'publish', 'TEST_CLI', '1'], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('published versions never change');
  });

  it('retires a version only with a reason, audited as the CLI', async () => {
    expect((await runKadam(['instruments', 'retire', 'TEST_CLI', '1'], env)).code).toBe(2);
    const retired = await runKadam(['instruments', 'retire', 'TEST_CLI', '1', '--reason', 'Superseded by the national version'], env);
    expect(retired.code).toBe(0);
    const { rows } = await database.pool.query<{ username: string; details: { reason: string } }>(
      `SELECT username, details FROM audit_events WHERE action = 'instrument.version.retire'`,
    );
    expect(rows.map((event) => [event.username, event.details.reason])).toEqual([
      ['cli:instruments retire', 'Superseded by the national version'],
    ]);
  });

  it('names an unknown instrument or version in one clear line', async () => {
    const unknown = await runKadam(['instruments', 'publish', 'NO_SUCH', '1'], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim()).toBe('kadam: error: No version 1 of an instrument with the code "NO_SUCH".');
    expect((await runKadam(['instruments', 'export', 'NO_SUCH'], env)).stderr).toContain('No instrument with the code "NO_SUCH"');
  });
});
