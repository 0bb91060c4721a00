import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { runKadam } from '../support/process.ts';

let database: TestDatabase;
let env: Record<string, string>;
beforeAll(async () => {
  database = await createTestDatabase();
  env = { DATABASE_URL: database.url };
});
afterAll(() => database.drop());

describe('kadam CLI', () => {
  it('lists its commands with --help', async () => {
    const result = await runKadam(['--help'], env);
    expect(result.code).toBe(0);
    for (const command of ['serve', 'migrate', 'seed', 'user']) expect(result.stdout).toContain(command);
    const userHelp = await runKadam(['user', '--help'], env);
    for (const command of ['create', 'disable', 'reset-password']) expect(userHelp.stdout).toContain(command);
  });

  it('exits 2 on an unknown command or a missing option', async () => {
    expect((await runKadam(['fly'], env)).code).toBe(2);
    const missing = await runKadam(['user', 'create', '--username', 'x'], env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--name');
  });

  it('migrates, and loads reference data with progress, saying when there is nothing to do', async () => {
    expect((await runKadam(['migrate'], env)).stdout).toContain('Migrations applied.');
    const seeded = await runKadam(['seed', 'reference'], env);
    expect(seeded.code).toBe(0);
    expect(seeded.stderr).toContain('[3/4] org-units.json');
    expect(seeded.stderr).toContain('[4/4] criminal-code.json');
    expect(seeded.stdout).toContain('already loaded, nothing to do');
  });

  it('creates a user with a role at a unit and prints a temporary password once', async () => {
    const result = await runKadam(['user', 'create', '-u', 'a.usenov', '-n', 'Азамат Үсөнов', '-r', 'prison_officer@PRISON_47'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Temporary password .*: \S{16}/);
  });

  it('fails with one clear line and exit 1 for a duplicate user, an unknown role or unit, or a short password', async () => {
    const duplicate = await runKadam(['user', 'create', '-u', 'a.usenov', '-n', 'X', '-r', 'prison_officer@PRISON_47'], env);
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr.trim()).toBe('kadam: error: A user named "a.usenov" already exists.');
    expect((await runKadam(['user', 'create', '-u', 'b.b', '-n', 'B', '-r', 'wizard@PRISON_47'], env)).stderr).toContain(
      'Unknown role "wizard"',
    );
    expect((await runKadam(['user', 'create', '-u', 'b.b', '-n', 'B', '-r', 'prison_officer@NOWHERE'], env)).stderr).toContain(
      'Unknown organisation unit "NOWHERE"',
    );
    expect(
      (await runKadam(['user', 'create', '-u', 'b.b', '-n', 'B', '-r', 'prison_officer@PRISON_47', '--password', 'short'], env)).stderr,
    ).toContain('at least 12 characters');
  });

  it('resets a password and disables a user, refusing unknown users', async () => {
    const reset = await runKadam(['user', 'reset-password', 'a.usenov'], env);
    expect(reset.code).toBe(0);
    expect(reset.stdout).toContain('ended all of their sessions');
    expect((await runKadam(['user', 'disable', 'a.usenov'], env)).code).toBe(0);
    const unknown = await runKadam(['user', 'disable', 'nobody'], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No user named "nobody"');
    // Three processes, each starting Node and tsx: on two busy cores that can pass the default 30 s.
  }, 90_000);

  it('refuses to load demo data into production', async () => {
    const result = await runKadam(['seed', 'demo'], { ...env, NODE_ENV: 'production', SESSION_SECRET: 'p'.repeat(40) });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Refusing to load demo data into a production system.');
  });

  it('names the problem when the configuration is invalid', async () => {
    const result = await runKadam(['migrate'], { DATABASE_URL: 'not-a-url' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('DATABASE_URL');
  });
});
