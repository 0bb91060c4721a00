import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { childEnvironment, KADAM_BIN } from '../tests/support/process.ts';
import { freePort } from '../tests/support/global-database.ts';

/** Seconds from `kadam serve` being launched until /ping answers. */
async function timeToServe(env: Record<string, string>, port: number): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, [KADAM_BIN, 'serve'], { env: childEnvironment({ ...env, PORT: String(port) }), stdio: 'ignore' });
  try {
    for (;;) {
      const answered = await fetch(`http://127.0.0.1:${port}/ping`).then(
        (response) => response.ok,
        () => false,
      );
      if (answered) return (performance.now() - started) / 1000;
      if (performance.now() - started > 120_000) throw new Error('kadam serve did not answer within 120 s');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    const exited = new Promise((resolve) => child.on('close', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}

/** The goal: a second `npm start` reuses the data and is serving within 5 seconds. */
export async function startUpBenchmark() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kadam-bench-'));
  try {
    const env = { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()) };
    await timeToServe(env, await freePort());
    const second = await timeToServe(env, await freePort());
    return { name: 'second start until serving (embedded PostgreSQL, demo data present)', value: second, goal: 5, unit: 's' };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
