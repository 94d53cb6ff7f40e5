import { loadConfig, type Config } from '../config.js';

/** What every command receives: the configuration (read once, on first use) and the output streams. */
export interface CliContext {
  config(): Config;
  out(line: string): void;
  err(line: string): void;
  /** True when the user asked for stack traces and debug output. */
  verbose(): boolean;
}

/** Builds the context of one CLI run; `verbose` is read lazily because options are parsed later. */
export function createCliContext(verbose: () => boolean): CliContext {
  let config: Config | undefined;
  return {
    config: () => (config ??= loadConfig()),
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    verbose,
  };
}
