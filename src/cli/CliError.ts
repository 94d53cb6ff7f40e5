/** An error meant for the person at the terminal: printed as one line, then the process exits non-zero. */
export class CliError extends Error {
  override name = 'CliError';
  constructor(
    message: string,
    /** The process exit code; 1 unless the command documents another. */
    readonly exitCode = 1,
  ) {
    super(message);
  }
}
