/** The CLI's only way to talk: results to stdout, progress and errors to stderr. */
export const out = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};
export const progress = (line: string): void => {
  process.stderr.write(`  ${line}\n`);
};

export class CliError extends Error {
  override name = 'CliError';
}
