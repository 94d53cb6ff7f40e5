import { captionSpeaker, parseByline } from './byline.js';
import { readSubtitle } from './subtitle.js';
import { dateLineOf } from './titleInfo.js';
import { isBareLabel, isPublicationLine, webNoiseKind } from './webNoise.js';

/**
 * What a line around a title is: web furniture (`noise`), a publication stamp (`published`), a photo
 * caption, a subtitle (——date在…会议上), a byline (省长 叶建春), a date line, a bracketed note
 * (（1月13日下午，会议室）), or `text` (a title candidate or prose).
 */
export type HeaderLineKind = 'noise' | 'published' | 'caption' | 'subtitle' | 'byline' | 'dateLine' | 'note' | 'text';

const BRACKETED = /^[（(〔【][^（(〔【）)〕】]{2,60}[）)〕】]$/;
// A one-sentence caption naming who spoke: 省长某某作政府工作报告。 (the credit may be missing).
const CAPTION_SENTENCE = /^[^。！？]{4,70}[。.]?$/;

/**
 * Classifies a (trimmed) line of the header zone. `afterBareLabel` is true when the line before was
 * a label without its value (来源:), so this line is that value.
 */
export function headerLineKind(t: string, afterBareLabel = false): HeaderLineKind {
  if (t === '') return 'noise';
  if (isPublicationLine(t)) return 'published';
  const noise = webNoiseKind(t);
  if (noise === 'caption') return 'caption';
  if (noise !== null) return 'noise';
  if (afterBareLabel && t.length <= 24 && !/[。！？]/.test(t)) return 'noise';
  if (readSubtitle(t)) return 'subtitle';
  if (parseByline(t)) return 'byline';
  if (dateLineOf(t)) return 'dateLine';
  if (BRACKETED.test(t)) return 'note';
  if (CAPTION_SENTENCE.test(t) && captionSpeaker(t)) return 'caption';
  return 'text';
}

/**
 * Kinds of the lines of a text, classified on demand (only the lines around a title are ever
 * asked for): a bare label (来源:) makes the next non-blank line its value.
 */
export class LineKinds {
  private readonly cache = new Map<number, HeaderLineKind>();

  constructor(private readonly compact: readonly string[]) {}

  get(i: number): HeaderLineKind | undefined {
    const t = this.compact[i] ?? '';
    if (t === '') return undefined;
    let kind = this.cache.get(i);
    if (kind === undefined) {
      let prev = i - 1;
      while (prev >= 0 && this.compact[prev] === '') prev--;
      kind = headerLineKind(t, prev >= 0 && isBareLabel(this.compact[prev] ?? ''));
      this.cache.set(i, kind);
    }
    return kind;
  }

  /** The kinds of every non-blank line before `first` and after `last`. */
  outside(first: number, last: number): Map<number, HeaderLineKind> {
    const out = new Map<number, HeaderLineKind>();
    for (let i = 0; i < this.compact.length; i++) {
      if (i >= first && i <= last) continue;
      const k = this.get(i);
      if (k !== undefined) out.set(i, k);
    }
    return out;
  }
}
