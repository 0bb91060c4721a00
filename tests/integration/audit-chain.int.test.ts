import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor, recordAudit } from '../../src/platform/audit/audit.service.ts';
import { startAuditSealing } from '../../src/platform/audit/audit.sealing-job.ts';
import { SealingBusy, sealPendingEvents, verifyAuditTrail } from '../../src/platform/audit/audit.sealing.ts';
import type { ChainVerification } from '../../src/platform/audit/audit.verify.ts';
import { createDatabase } from '../../src/platform/db/pool.ts';
import { createLogger } from '../../src/platform/logging/logger.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { freePort } from '../support/global-database.ts';
import { runKadam, startKadam } from '../support/process.ts';

let database: TestDatabase;
const actor = cliActor('test');

const record = (action: string, details: Record<string, unknown> = {}) =>
  recordAudit(database.db, actor, { action, resourceType: 'thing', resourceId: action, details });

/**
 * Runs `tamper` as someone who switched the append-only triggers off (a DBA going around Kadam), verifies inside
 * the same transaction, and rolls everything back, so each case starts from the intact trail.
 */
async function verifyAfterTampering(tamper: (client: pg.Client) => Promise<unknown>): Promise<ChainVerification> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('ALTER TABLE audit_events DISABLE TRIGGER USER');
    await client.query('ALTER TABLE audit_seals DISABLE TRIGGER USER');
    await tamper(client);
    return await verifyAuditTrail(drizzle({ client }));
  } finally {
    await client.query('ROLLBACK');
    await client.end();
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
  for (let index = 1; index <= 3; index += 1) await record(`test.event_${index}`, { index, text: 'Үсөнов' });
  // A transaction that rolls back still uses up its sequence number: event 4 never exists.
  await database.db
    .transaction(async (tx) => {
      await recordAudit(tx, actor, { action: 'test.rolled_back' });
      throw new Error('roll back');
    })
    .catch(() => undefined);
  for (let index = 5; index <= 7; index += 1) await record(`test.event_${index}`, { index, text: 'Үсөнов' });
  expect(await sealPendingEvents(database.db)).toBe(6);
});
afterAll(() => database.drop());

describe('the append-only audit trail', () => {
  it("refuses the application's connection any UPDATE, DELETE or TRUNCATE of audit events and seals", async () => {
    const { pool } = database;
    for (const statement of [
      "UPDATE audit_events SET reason = 'x' WHERE seq = 1",
      'DELETE FROM audit_events WHERE seq = 1',
      'TRUNCATE audit_events',
      "UPDATE audit_seals SET chain_hash = 'x' WHERE position = 1",
      'DELETE FROM audit_seals WHERE position = 1',
      'TRUNCATE audit_seals',
    ]) {
      await expect(pool.query(statement), statement).rejects.toThrow(/append-only/);
    }
    expect((await pool.query('SELECT count(*)::int AS n FROM audit_events')).rows[0]).toEqual({ n: 6 });
  });
});

describe('sealing into a hash chain', () => {
  it('seals only new events, and the chain of all of them verifies', async () => {
    expect(await sealPendingEvents(database.db)).toBe(0);
    await record('test.event_8');
    expect(await verifyAuditTrail(database.db)).toMatchObject({ intact: true, sealed: 6, pending: 1 });
    expect(await sealPendingEvents(database.db)).toBe(1);
    const result = await verifyAuditTrail(database.db);
    expect(result).toMatchObject({ intact: true, sealed: 7, pending: 0, lastSeq: 8 });
  });

  it('lets two sealers run at once without sealing an event twice', async () => {
    for (let index = 0; index < 20; index += 1) await record('test.concurrent', { index });
    const counts = await Promise.all([sealPendingEvents(database.db), sealPendingEvents(database.db), sealPendingEvents(database.db)]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(20);
    expect(await verifyAuditTrail(database.db)).toMatchObject({ intact: true, sealed: 27, pending: 0 });
  });

  it('waits for a transaction still writing an earlier event instead of sealing past it', async () => {
    const slow = new pg.Client({ connectionString: database.url });
    await slow.connect();
    await slow.query('BEGIN');
    await recordAudit(drizzle({ client: slow }), actor, { action: 'test.slow' }); // takes the lower seq, not yet committed
    await record('test.fast'); // a higher seq, committed first
    const stuck = await sealPendingEvents(database.db, { lockTimeoutMs: 200 }).catch((error: Error) => error);
    expect((stuck as Error & { cause?: Error }).cause?.message).toMatch(/lock timeout/);
    // The background job does not wait (waiting would queue everyone's audit writes behind it): it is told at once.
    await expect(sealPendingEvents(database.db, { nowait: true })).rejects.toBeInstanceOf(SealingBusy);
    await slow.query('COMMIT');
    await slow.end();
    expect(await sealPendingEvents(database.db)).toBe(2);
    expect(await verifyAuditTrail(database.db)).toMatchObject({ intact: true, sealed: 29 });
  });

  it('runs in the background every interval, and logs a failed run instead of crashing', async () => {
    const warnings: string[] = [];
    const logger = { debug: () => {}, warn: (_: unknown, message: string) => warnings.push(message) };
    await record('test.background');
    const job = startAuditSealing({ db: database.db, intervalMs: 100, logger: logger as never });
    await expect.poll(() => verifyAuditTrail(database.db)).toMatchObject({ intact: true, sealed: 30, pending: 0 });
    await job.stop();

    const closed = createDatabase({ connectionString: database.url, max: 1, logger: createLogger({ level: 'silent' }) });
    await closed.close();
    const failing = startAuditSealing({ db: closed.db, intervalMs: 50, logger: logger as never });
    await expect.poll(() => warnings.length).toBeGreaterThanOrEqual(2);
    await failing.stop();
    expect(warnings[0]).toContain('audit sealing failed');
  });
});

describe('the server', () => {
  it('seals in the background while it serves, and stops the sealer cleanly on SIGTERM', async () => {
    const server = await startKadam({
      DATABASE_URL: database.url,
      PORT: String(await freePort()),
      DEMO_DATA: 'false',
      AUDIT_SEAL_INTERVAL_MS: '200',
    });
    try {
      await record('test.while_serving');
      await expect.poll(() => verifyAuditTrail(database.db), { timeout: 10_000 }).toMatchObject({ intact: true, pending: 0 });
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });
});

describe('kadam audit verify names the first tampered event', () => {
  it('finds a modified event', async () => {
    const result = await verifyAfterTampering((client) => client.query("UPDATE audit_events SET reason = 'covered up' WHERE seq = 3"));
    expect(result).toMatchObject({ intact: false, problem: { kind: 'modified', seq: 3 } });
    if (!result.intact) expect(result.message).toContain('Event 3 was modified');
  });

  it('finds a change to a jsonb detail or to a timestamp by a microsecond', async () => {
    expect(
      await verifyAfterTampering((client) => client.query(`UPDATE audit_events SET details = '{"index": 2, "text": "x"}' WHERE seq = 2`)),
    ).toMatchObject({ problem: { kind: 'modified', seq: 2 } });
    expect(
      await verifyAfterTampering((client) =>
        client.query("UPDATE audit_events SET occurred_at = occurred_at + interval '1 microsecond' WHERE seq = 6"),
      ),
    ).toMatchObject({ problem: { kind: 'modified', seq: 6 } });
  });

  it('finds a deleted event', async () => {
    const result = await verifyAfterTampering((client) => client.query('DELETE FROM audit_events WHERE seq = 5'));
    expect(result).toMatchObject({ intact: false, problem: { kind: 'deleted', seq: 5 } });
    if (!result.intact) expect(result.message).toContain('Event 5 was deleted');
  });

  it('finds an event inserted among the sealed ones', async () => {
    // Sequence number 4 was used by a transaction that rolled back; a forged event now fills the gap.
    const result = await verifyAfterTampering((client) =>
      client.query("INSERT INTO audit_events (seq, action, outcome, username) VALUES (4, 'person.view', 'success', 'someone.else')"),
    );
    expect(result).toMatchObject({ intact: false, problem: { kind: 'inserted', seq: 4 } });
    if (!result.intact) expect(result.message).toContain('Event 4 was inserted');
  });

  it('finds two swapped events and says they were reordered', async () => {
    const result = await verifyAfterTampering(async (client) => {
      await client.query('UPDATE audit_events SET seq = -1 WHERE seq = 2');
      await client.query('UPDATE audit_events SET seq = 2 WHERE seq = 3');
      await client.query('UPDATE audit_events SET seq = 3 WHERE seq = -1');
    });
    expect(result).toMatchObject({ intact: false, problem: { kind: 'reordered', seq: 2, sealedAs: 3 } });
    if (!result.intact) expect(result.message).toContain('Event 2 was reordered');
  });

  it('finds a changed link of the chain itself', async () => {
    const result = await verifyAfterTampering((client) =>
      client.query("UPDATE audit_seals SET chain_hash = repeat('a', 64) WHERE position = 4"),
    );
    expect(result).toMatchObject({ intact: false, problem: { kind: 'broken_link', position: 4, seq: 5 } });
  });

  it('answers as a command: exit 0 with the count and head hash when intact, 3 naming the event when not', async () => {
    const env = { DATABASE_URL: database.url };
    const intact = await runKadam(['audit', 'verify'], env);
    expect(intact.code, intact.stderr).toBe(0);
    expect(intact.stdout).toMatch(/Audit trail intact: 31 events sealed, 0 not sealed yet\.\nHead hash: [0-9a-f]{64} \(event \d+\)/);

    const dba = new pg.Client({ connectionString: database.url });
    await dba.connect();
    await dba.query('SET session_replication_role = replica'); // triggers off, as a superuser could
    await dba.query("UPDATE audit_events SET username = 'nobody' WHERE seq = 7");
    await dba.end();
    const tampered = await runKadam(['audit', 'verify'], env);
    expect(tampered.code).toBe(3);
    expect(tampered.stderr.trim()).toBe(
      'kadam: error: audit trail NOT intact. Event 7 was modified: its content no longer matches the hash sealed at position 6.',
    );
  });
});
