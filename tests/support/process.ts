import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const KADAM_BIN = path.resolve('bin/kadam.js');

/** The environment for a child `kadam`: nothing inherited that would point it at another database. */
export function childEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const { DATABASE_URL: _url, DATA_DIR: _dir, NODE_ENV: _env, PORT: _port, ...rest } = process.env;
  return { ...rest, LOG_LEVEL: 'warn', ...extra };
}

export type RunResult = { code: number | null; stdout: string; stderr: string };

/** Runs `kadam …` to completion. */
export function runKadam(args: string[], env: Record<string, string>): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [KADAM_BIN, ...args], { env: childEnvironment(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export type Server = { child: ChildProcess; output: () => string; stop: (signal?: NodeJS.Signals) => Promise<number | null> };

/** Starts `kadam serve` and resolves once it says it is serving (or rejects with its output if it exits). */
export function startKadam(env: Record<string, string>, timeoutMs = 60_000, user: { uid?: number; gid?: number } = {}): Promise<Server> {
  const child = spawn(process.execPath, [KADAM_BIN, 'serve'], { env: childEnvironment(env), stdio: ['ignore', 'pipe', 'pipe'], ...user });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`kadam serve did not start in time:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Kadam is serving')) {
        clearTimeout(timer);
        resolve({
          child,
          output: () => output,
          stop: (signal = 'SIGTERM') => {
            child.kill(signal);
            return exited;
          },
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`kadam serve exited with ${code}:\n${output}`));
    });
  });
}
