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
