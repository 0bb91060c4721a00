// Where Debian's Chromium is: used by `npm test` (scripts/test-all.mjs) and the journeys (tests/e2e), so both
// agree on whether the browser is there. Plain ESM: `npm test` reads it before anything is compiled.
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** CHROMIUM_PATH if set, else /usr/bin/chromium, else `chromium` on PATH; undefined when none is there. */
export function findChromium(environment = process.env) {
  const configured = environment.CHROMIUM_PATH;
  if (configured) return isExecutable(configured) ? configured : undefined;
  if (isExecutable('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const dir of (environment.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, 'chromium');
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}
