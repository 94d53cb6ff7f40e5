#!/usr/bin/env node
// The published entry point: registers tsx so the TypeScript sources run without a build step,
// then hands over to src/cli.ts.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv);
