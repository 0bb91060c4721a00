/** The CLI's only way to talk: results to stdout, progress and errors to stderr. */
export const out = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};
export const progress = (line: string): void => {
  process.stderr.write(`  ${line}\n`);
};

export class CliError extends Error {
  override name = 'CliError';
  /** 1 unless a command has a more specific meaning to report (see `kadam audit verify`). */
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}
