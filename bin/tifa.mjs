#!/usr/bin/env node
// The published entry point: runs the compiled JavaScript in dist/ (built by `npm install`,
// `npm start` and `npm test`; rebuilt here first when a source is newer), so no TypeScript
// compiler runs at start.
import { followParent, relaunch, relaunchEnv } from './hugePages.mjs';

// The commands that load jieba start again with glibc's malloc on huge pages (why: bin/hugePages.mjs).
const hugePagesEnv = relaunchEnv(process.argv, process.env, process.platform);
if (hugePagesEnv) await relaunch(hugePagesEnv);
followParent();

const { ensureBuilt } = await import('../tools/build.mjs');

const verbose = process.argv.includes('--verbose');
const fail = (error) => {
  // Start-up failures (a missing .cypher file, a broken lexicon, a failed build) are one line, like every other error.
  process.stderr.write(`tifa: ${verbose && error instanceof Error ? error.stack : error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
};

// `tifa extract x | head` closes stdout early: stop quietly instead of throwing EPIPE.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

let main;
try {
  ensureBuilt((line) => process.stderr.write(`tifa: ${line}\n`));
  ({ main } = await import('../dist/cli.js'));
} catch (error) {
  fail(error);
}
process.exitCode = await main(process.argv);
