import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { loadReferenceData } from '../src/modules/reference/reference.seeds.ts';
import { createUser } from '../src/platform/auth/users.service.ts';
import { ensureDatabaseExists } from '../src/platform/db/database-url.ts';
import { startEmbeddedPostgres } from '../src/platform/db/embedded.ts';
import { runMigrations } from '../src/platform/db/migrate.ts';
import { createDatabase } from '../src/platform/db/pool.ts';
import { createLogger } from '../src/platform/logging/logger.ts';
import { freePort } from '../tests/support/global-database.ts';
import { startKadam } from '../tests/support/process.ts';
import { load, type LoadResult, signInSessions } from './load.ts';
import { openLoop } from './open-loop.ts';
import { addAuditEvents, growPeople, measureImport, settle } from './people-data.ts';

export type Goal = { name: string; value: number; goal: number; unit: string; atMost: boolean };

const log = (line: string) => process.stderr.write(`${line}\n`);
const RESULTS = fileURLToPath(new URL('./results/people.json', import.meta.url));
const PASSWORD = 'Kadam-load-test-passphrase-2026';
/**
 * The peak rates latency is measured at (docs/performance.md): the national service's ~2,000 staff, at their
 * busiest, opening one person's page every 20 s each is 100 pages/s — about 60 % of what this 2-core machine
 * serves flat out, so p99 measures the server with ordinary queueing, not a backlog the load generator builds
 * (the run of 2026-11-25 asked for 200/s, above the machine's ~166/s, and measured only its queue). Searches
 * come about a tenth as often as page views.
 */
const PAGE_RATE = 100;
const SEARCH_RATE = 20;

/** The server under test: sealing left to its own run (1,000,000 unsealed events), no per-address limit. */
const serverEnv = (url: string, port: number) => ({
  DATABASE_URL: url,
  PORT: String(port),
  LOG_LEVEL: 'warn',
  RATE_LIMIT_PER_MINUTE: '1000000',
  AUDIT_SEAL_INTERVAL_MS: '3600000',
  DB_POOL_MAX: '20',
});
// Surnames of the demo population, typed as staff type them: Latin, lower case, Cyrillic, with a typo (Usenov), the start of one (Tokto).
const SEARCHES = ['Usonov', 'Usenov', 'zhusupov', 'Асанов', 'Tokto', 'Mambetov', 'Осмонов', 'Sydykov', 'Ibraimov', 'Jeenbekov', 'Kasymov'];

/**
 * The people module under load, on the project's own machine size: 100,000 people (then 1,000,000 for
 * search) and 1,000,000 audit events in an embedded PostgreSQL; `kadam serve` as a separate process; 50
 * connections, each with its own signed-in session; /ping measured in the same run as the ceiling.
 */
export async function peopleBenchmark(options: {
  people: number;
  searchPeople: number;
  auditEvents: number;
  seconds: number;
}): Promise<Goal[]> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kadam-bench-people-'));
  const embedded = await startEmbeddedPostgres({ dataDir, port: await freePort() });
  await ensureDatabaseExists(embedded.connectionString(), 'kadam');
  const url = embedded.connectionString('kadam');
  const handle = createDatabase({ connectionString: url, max: 4, logger: createLogger({ level: 'silent' }) });
  try {
    await runMigrations(handle.db);
    await loadReferenceData(handle.db);
    log(`people: growing to ${options.people.toLocaleString('en')}…`);
    await growPeople(handle.db, options.people);
    // After the demo population, so its PINs (serials 90,000+) are new people in PRISON_16, on top of the rest.
    log('import: 20,000 rows through kadam import people…');
    const importRate = await measureImport(handle.db, 20_000);
    log(`audit: adding ${options.auditEvents.toLocaleString('en')} events…`);
    await addAuditEvents(handle.db, options.auditEvents);
    await createUser(handle.db, {
      username: 'bench.officer',
      displayName: 'Bench Officer',
      password: PASSWORD,
      roles: [{ role: 'prison_officer', unitCode: 'PRISON_47' }],
      mustChangePassword: false,
    });
    const ids = (
      await handle.db.execute<{ id: string }>(
        sql`select id from people where unit_id = (select id from org_units where code = 'PRISON_47') order by random() limit 2000`,
      )
    ).rows.map((row) => row.id);
    if (ids.length === 0) throw new Error('no people in PRISON_47 to open: the demo population did not reach it');
    log('settle: vacuum and checkpoint after the bulk load…');
    await settle(handle.db);
    const port = await freePort();
    const server = await startKadam(
      {
        DATABASE_URL: url,
        PORT: String(port),
        LOG_LEVEL: 'warn',
        RATE_LIMIT_PER_MINUTE: '1000000',
        AUDIT_SEAL_INTERVAL_MS: '3600000',
        DB_POOL_MAX: '20',
      },
      120_000,
    );
    const baseUrl = `http://127.0.0.1:${port}`;
    try {
      const sessions = await signInSessions(baseUrl, 'bench.officer', PASSWORD, 50);
      const pagePath = (n: number) => `/people/${ids[n % ids.length]!}`;
      const searchPath = (n: number) => `/people?name=${encodeURIComponent(SEARCHES[n % SEARCHES.length]!)}`;
      const run = (name: string, pathFor: (n: number) => string, rate?: number) =>
        load({ name, baseUrl, sessions, seconds: options.seconds, pathFor, ...(rate ? { rate } : {}) });
      // Other work on the machine slows every figure: the load average goes into the results beside them.
      const loadAtStart = os.loadavg().map((value) => Number(value.toFixed(2)));
      await run('warm-up', pagePath);
      // Throughput: 50 connections as fast as they go (closed loop); /ping is the ceiling of this server here.
      const ping = await run('/ping, most requests', () => '/ping');
      const page = await run('person page, most requests', pagePath);
      const search = await run(`name search at ${options.people.toLocaleString('en')} people, most requests`, searchPath);
      // Latency: a fixed peak rate over 50 connections (open loop, bench/open-loop.ts), so p99 measures the server,
      // not a queue we made; /ping at the same rate shows what the load generator and HTTP alone add.
      const latency = (name: string, pathFor: (n: number) => string, rate: number, onSessions = sessions) =>
        openLoop({ name, baseUrl, sessions: onSessions, seconds: options.seconds, rate, pathFor });
      // The closed-loop runs above saturate the machine on purpose; their dirty pages are written out before the
      // latency runs, which measure an ordinary peak hour, not the aftermath of a flat-out burst.
      await handle.db.execute(sql`checkpoint`);
      const pingLatency = await latency(`/ping at ${PAGE_RATE} req/s`, () => '/ping', PAGE_RATE);
      const pageLatency = await latency(`person page at ${PAGE_RATE} req/s`, pagePath, PAGE_RATE);
      await server.stop();
      log(`people: growing to ${options.searchPeople.toLocaleString('en')} for the search goal…`);
      await growPeople(handle.db, options.searchPeople);
      await settle(handle.db);
      const bigServer = await startKadam(serverEnv(url, port), 120_000);
      let bigSearch: LoadResult;
      try {
        const bigSessions = await signInSessions(baseUrl, 'bench.officer', PASSWORD, 50);
        bigSearch = await latency(
          `name search at ${options.searchPeople.toLocaleString('en')} people, ${SEARCH_RATE} req/s`,
          searchPath,
          SEARCH_RATE,
          bigSessions,
        );
      } finally {
        await bigServer.stop();
      }
      const loads = [ping, page, search, pingLatency, pageLatency, bigSearch];
      await writeFile(
        RESULTS,
        `${JSON.stringify({ measuredAt: new Date().toISOString(), machine: { cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), loadAverage1m5m15m: { atStart: loadAtStart, atEnd: os.loadavg().map((value) => Number(value.toFixed(2))) } }, options, importRowsPerSecond: Math.round(importRate), loads }, null, 2)}\n`,
      );
      for (const entry of loads)
        log(
          `${entry.name}: ${Math.round(entry.requestsPerSecond)} req/s, p50 ${entry.p50Ms} ms, p99 ${entry.p99Ms} ms, status ${JSON.stringify(entry.statusCodes)}, errors ${entry.errors}`,
        );
      return [
        { name: `person page p99 at ${PAGE_RATE} req/s`, value: pageLatency.p99Ms, goal: 50, unit: 'ms', atMost: true },
        {
          name: 'person page throughput / ping',
          value: (100 * page.requestsPerSecond) / ping.requestsPerSecond,
          goal: 10,
          unit: '%',
          atMost: false,
        },
        {
          name: `name search p99 at ${options.searchPeople.toLocaleString('en')} people`,
          value: bigSearch.p99Ms,
          goal: 100,
          unit: 'ms',
          atMost: true,
        },
        { name: 'import', value: importRate, goal: 5000, unit: 'rows/s', atMost: false },
        {
          name: 'requests answered with an error',
          value: loads.reduce((sum, entry) => sum + entry.errors + entry.non2xx, 0),
          goal: 0,
          unit: '',
          atMost: true,
        },
      ];
    } finally {
      await server.stop().catch(() => undefined);
    }
  } finally {
    await handle.close();
    await embedded.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
