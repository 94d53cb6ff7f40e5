#!/usr/bin/env node
// The published entry point: registers tsx so the TypeScript sources run without a build step,
// then hands over to src/cli.ts.
import { register } from 'tsx/esm/api';

register();
let main;
try {
  ({ main } = await import('../src/cli.ts'));
} catch (error) {
  // Start-up failures (a missing .cypher file, a broken lexicon) are one line, like every other error.
  const verbose = process.argv.includes('--verbose');
  process.stderr.write(`tifa: ${verbose && error instanceof Error ? error.stack : error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
process.exitCode = await main(process.argv);
