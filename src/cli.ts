import { Command, CommanderError } from 'commander';
import { CliError } from './cli/CliError.js';
import { createCliContext } from './cli/context.js';
import { registerNeo4jCommand } from './cli/neo4jCommand.js';
import { registerUpCommand } from './cli/upCommand.js';
import { registerExtractCommand } from './cli/extractCommand.js';
import { registerEvalCommand } from './cli/evalCommand.js';
import { registerIngestCommand } from './cli/ingestCommand.js';
import { registerRemoveCommand } from './cli/removeCommand.js';
import { registerServeCommand } from './cli/serveCommand.js';
import { registerQueryCommand } from './cli/queryCommand.js';
import { registerExportCommand } from './cli/exportCommand.js';
import { registerCheckCommand } from './cli/checkCommand.js';
import { registerImportCommand } from './cli/importCommand.js';

/** Errors whose message says it all: CliError, InputError (src/app), ConfigError, Neo4jSetupError, CypherFileError and the DatabaseError family. */
const KNOWN_ERRORS = new Set(['CliError', 'InputError', 'ConfigError', 'Neo4jSetupError', 'CypherFileError', 'DatabaseError', 'DatabaseUnavailableError', 'DatabaseTimeoutError']);

/** Runs the `tifa` command line with the given argv; resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = new Command('tifa')
    .description('Chinese political speeches → a Neo4j graph of official formulations (tifa), served over GraphQL')
    .option('--verbose', 'print stack traces and debug output')
    .showHelpAfterError()
    .exitOverride();
  const ctx = createCliContext(() => Boolean(program.opts().verbose));

  // Each command lives in src/cli/<name>Command.ts and registers itself here.
  registerNeo4jCommand(program, ctx);
  registerUpCommand(program, ctx);
  registerExtractCommand(program, ctx);
  registerEvalCommand(program, ctx);
  registerIngestCommand(program, ctx);
  registerImportCommand(program, ctx);
  registerRemoveCommand(program, ctx);
  registerServeCommand(program, ctx);
  registerQueryCommand(program, ctx);
  registerExportCommand(program, ctx);
  registerCheckCommand(program, ctx);

  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are "errors" to commander but successes to the user.
      return error.exitCode;
    }
    // Errors whose message is the whole story for the user need no "--verbose" hint. Matched by
    // name, so that printing an error does not load the driver or the extractor.
    const known = error instanceof Error && KNOWN_ERRORS.has(error.name);
    ctx.err(`tifa: ${error instanceof Error ? error.message : String(error)}`);
    if (ctx.verbose() && error instanceof Error && error.stack) ctx.err(error.stack);
    else if (!known) ctx.err('(run with --verbose for details)');
    return error instanceof CliError ? error.exitCode : 1;
  }
}
