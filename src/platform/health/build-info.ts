import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type BuildInfo = { name: string; version: string; commit: string | null; node: string };

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Version from package.json; commit from COMMIT_SHA or, in a checkout, from .git without spawning git. */
export function readBuildInfo(commitFromEnv?: string): BuildInfo {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
  return { name: pkg.name, version: pkg.version, commit: commitFromEnv ?? readGitCommit(), node: process.version };
}

function readGitCommit(): string | null {
  try {
    const gitDir = path.join(ROOT, '.git');
    const head = readFileSync(path.join(gitDir, 'HEAD'), 'utf8').trim();
    if (!head.startsWith('ref: ')) return head;
    const ref = head.slice(5);
    const loose = path.join(gitDir, ref);
    if (existsSync(loose)) return readFileSync(loose, 'utf8').trim();
    const packed = readFileSync(path.join(gitDir, 'packed-refs'), 'utf8');
    return (
      packed
        .split('\n')
        .find((line) => line.endsWith(` ${ref}`))
        ?.split(' ')[0] ?? null
    );
  } catch {
    return null;
  }
}
