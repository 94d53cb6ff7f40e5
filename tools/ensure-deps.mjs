#!/usr/bin/env node
// Installs the npm dependencies when they are missing or older than package-lock.json, so the
// README's two commands work word for word on a fresh clone. Plain Node: it runs before anything
// is installed.
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const marker = join(root, 'node_modules', '.package-lock.json');
const lock = join(root, 'package-lock.json');

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`tifa-graph needs Node.js >= 20.19; this is ${process.version}`);
  process.exit(1);
}

const modules = join(root, 'node_modules');
const installed = existsSync(marker) && existsSync(join(modules, 'nodejieba', 'build'));
// A node_modules that is a link to another checkout's is used as it is: npm ci would empty the
// folder it points to. The lock of a fresh clone is newer than any install, so age says nothing here.
const linked = existsSync(modules) && lstatSync(modules).isSymbolicLink();
if (linked && !installed) {
  console.error(`node_modules links to ${realpathSync(modules)}, which is not installed: run npm ci there`);
  process.exit(1);
}
const fresh = installed && (linked || statSync(marker).mtimeMs >= statSync(lock).mtimeMs);
if (!fresh) {
  console.error('Installing npm dependencies (npm ci)…');
  // nodejieba's install script runs `npx node-pre-gyp`; npx must be allowed to proceed without a prompt.
  const env = { ...process.env, npm_config_yes: 'true' };
  // node-gyp (for nodejieba) uses the headers installed with Node instead of downloading them.
  const prefix = resolve(dirname(process.execPath), '..');
  if (!env.npm_config_nodedir && existsSync(join(prefix, 'include', 'node', 'node_api.h'))) env.npm_config_nodedir = prefix;
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env });
  if (result.status !== 0) {
    console.error('npm ci failed: see the messages above');
    process.exit(result.status ?? 1);
  }
}
