// Builds public/assets: compiles the Sass, copies the browser script, GOV.UK Frontend's script and PT Sans.
// Skips the work when nothing changed since the last build, so `npm start` stays fast.
import { copyFile, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as sass from 'sass';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'public/assets');
const stampFile = path.join(outDir, '.build-stamp');
const force = process.argv.includes('--force');

async function newestInput(): Promise<number> {
  const files = [path.join(root, 'package-lock.json'), path.join(root, 'scripts/build-assets.ts')];
  for (const dir of ['assets/scss', 'assets/js', 'assets']) {
    for (const name of await readdir(path.join(root, dir))) files.push(path.join(root, dir, name));
  }
  const times = await Promise.all(
    files.map((file) =>
      stat(file).then(
        (info) => (info.isFile() ? info.mtimeMs : 0),
        () => 0,
      ),
    ),
  );
  return Math.max(...times);
}

async function upToDate(): Promise<boolean> {
  try {
    return Number(await readFile(stampFile, 'utf8')) >= (await newestInput());
  } catch {
    return false;
  }
}

if (!force && (await upToDate())) process.exit(0);
const started = performance.now();
await mkdir(path.join(outDir, 'fonts'), { recursive: true });
const css = sass.compile(path.join(root, 'assets/scss/app.scss'), {
  loadPaths: [root, path.join(root, 'node_modules'), path.join(root, 'assets/scss')],
  style: 'compressed',
  quietDeps: true,
  silenceDeprecations: ['import', 'global-builtin', 'color-functions', 'slash-div'],
});
// MoJ Frontend compiles its own copy of GOV.UK Frontend's settings, so its components name the GDS font that
// Kadam must not use (and does not ship). Point them at PT Sans like everything else.
const rebranded = css.css.replaceAll('"GDS Transport",arial,sans-serif', '"PT Sans",arial,sans-serif');
if (rebranded.includes('GDS Transport')) throw new Error('app.css still names the GDS Transport font');
await writeFile(path.join(outDir, 'app.css'), rebranded);
await copyFile(path.join(root, 'assets/js/app.js'), path.join(outDir, 'app.js'));
await copyFile(path.join(root, 'assets/favicon.svg'), path.join(outDir, 'favicon.svg'));
await copyFile(path.join(root, 'node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js'), path.join(outDir, 'govuk-frontend.min.js'));
for (const subset of ['latin', 'cyrillic', 'cyrillic-ext']) {
  for (const weight of [400, 700]) {
    const name = `pt-sans-${subset}-${weight}-normal.woff2`;
    await copyFile(path.join(root, 'node_modules/@fontsource/pt-sans/files', name), path.join(outDir, 'fonts', name));
  }
}
await writeFile(stampFile, String(Date.now()));
process.stderr.write(`  assets built in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
