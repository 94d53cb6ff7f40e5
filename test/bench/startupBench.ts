// Start-up benchmark: `node -e 0`, `tifa --help` and `tifa extract` of a two-line file, run in turn
// (round-robin, so a load spike hits all three alike): median wall time and median CPU time (user +
// system, from bash's `time`) each, and the wall-time ratio to bare Node. On a shared, loaded machine
// the wall times stretch with the load while the CPU times and the ratios hold. Usage:
// npm run bench:startup [-- --rounds N]. Prints the machine's load so figures say how busy it was.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const TIFA = join(ROOT, 'bin', 'tifa.mjs');
const roundsArg = process.argv.indexOf('--rounds');
const ROUNDS = roundsArg > 0 ? Math.max(1, Number(process.argv[roundsArg + 1])) : 7;

const dir = mkdtempSync(join(tmpdir(), 'tifa-startup-'));
const twoLines = join(dir, 'two-lines.txt');
writeFileSync(twoLines, '在全县作风建设大会上的讲话\n要增强“四个意识”，做到“两个维护”。\n');

interface Case {
  name: string;
  args: string[];
  /** Target in seconds. */
  target?: number;
}
const CASES: Case[] = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: 'tifa --help', args: [TIFA, '--help'], target: 0.3 },
  { name: 'tifa extract <two-line file>', args: [TIFA, 'extract', twoLines], target: 1.2 },
];

// bash's `time` reports the child's wall, user and system seconds; the command's own output is dropped.
const TIMED = 'TIMEFORMAT="%3R %3U %3S"; { time "$@" >/dev/null 2>&1; } 2>&1';

function timeOnce(c: Case): { wall: number; cpu: number } {
  const r = spawnSync('bash', ['-c', TIMED, 'bench', process.execPath, ...c.args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NEO4J_URI: '' } });
  if (r.status !== 0) throw new Error(`${c.name} exited ${r.status} (run it by hand to see why)`);
  const [wall, user, sys] = r.stdout.toString().trim().split('\n').at(-1)!.split(' ').map(Number);
  return { wall: wall!, cpu: user! + sys! };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

try {
  // One warm-up of each (builds dist/ if stale, fills the page cache), not counted.
  for (const c of CASES) timeOnce(c);
  const load = loadavg()[0]!;
  const times = new Map<string, Array<{ wall: number; cpu: number }>>(CASES.map((c) => [c.name, []]));
  for (let round = 0; round < ROUNDS; round++) for (const c of CASES) times.get(c.name)!.push(timeOnce(c));
  const base = median(times.get(CASES[0]!.name)!.map((t) => t.wall));
  console.log(`start-up, median of ${ROUNDS} runs each, run round-robin; Node ${process.version}, ${cpus().length} cores, load average ${load.toFixed(1)} → ${loadavg()[0]!.toFixed(1)} during the run`);
  console.log(`${'command'.padEnd(30)} ${'wall s'.padStart(7)} ${'min s'.padStart(7)} ${'cpu s'.padStart(7)} ${'× node -e 0'.padStart(12)}  target (wall; cpu on a loaded machine)`);
  for (const c of CASES) {
    const xs = times.get(c.name)!;
    const wall = median(xs.map((t) => t.wall));
    const cpu = median(xs.map((t) => t.cpu));
    const verdict = c.target === undefined ? '' : `≤ ${c.target} s: wall ${wall <= c.target ? 'met' : 'missed'}, cpu ${cpu <= c.target ? 'met' : 'missed'}`;
    console.log(
      `${c.name.padEnd(30)} ${wall.toFixed(3).padStart(7)} ${Math.min(...xs.map((t) => t.wall)).toFixed(3).padStart(7)} ${cpu.toFixed(3).padStart(7)} ${(wall / base).toFixed(1).padStart(12)}  ${verdict}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
