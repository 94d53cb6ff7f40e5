import meetings from '../lexicon/meetings.json' with { type: 'json' };
import type { AdminLevel } from '../types.js';

const LEVELS = meetings.levels as Record<AdminLevel, string[]>;

/**
 * The administrative level a phrase names (全省/省委 → provincial, 全市/市委 → city, …): the level
 * word occurring first wins; a bare 省/市/县/区 counts only at the start (市“…”大讨论). Null when none.
 */
export function levelOf(phrase: string): AdminLevel | null {
  let best: { at: number; level: AdminLevel } | null = null;
  for (const [level, words] of Object.entries(LEVELS) as Array<[AdminLevel, string[]]>) {
    for (const w of words) {
      const at = w.length === 1 ? (phrase.startsWith(w) ? 0 : -1) : phrase.indexOf(w);
      if (at >= 0 && (best === null || at < best.at || (at === best.at && w.length > 1))) best = { at, level };
    }
  }
  return best?.level ?? null;
}

const SCOPES: ReadonlyArray<[string, AdminLevel]> = [
  ['全国', 'central'],
  // 全党 addresses the whole party: only the centre speaks to it (全党全国各族人民).
  ['全党', 'central'],
  ['全省', 'provincial'],
  ['全市', 'city'],
  ['全县', 'county'],
  ['全区', 'county'],
  ['全镇', 'township'],
  ['全乡', 'township'],
];

/**
 * The audience scope a speech keeps addressing (全市上下, 全县政府系统 …): the level whose scope words
 * (全国/全党, 全省, 全市, 全县/全区, 全镇/全乡) occur most often in `texts`, when that is at least `min`
 * times and clearly leads; else null.
 */
export function dominantScope(texts: string[], min = 3): AdminLevel | null {
  const byLevel = new Map<AdminLevel, number>();
  for (const [w, level] of SCOPES) byLevel.set(level, (byLevel.get(level) ?? 0) + texts.reduce((sum, t) => sum + t.split(w).length - 1, 0));
  const counts = [...byLevel].map(([level, n]) => ({ level, n }));
  counts.sort((a, b) => b.n - a.n);
  const [top, second] = counts;
  if (!top || top.n < min || (second && second.n * 2 > top.n)) return null;
  return top.level;
}
