import { buildSpeech } from '../bench/syntheticSpeech.js';
import { SYNTHETIC_LEXICON } from '../bench/syntheticLexicon.js';

/**
 * A small synthetic speech for the row-shaping tests: a preamble, two top-level sections, the first
 * with a subsection; slogans at speech and section level, a meeting as the venue.
 */
export const twoSectionSpeech = buildSpeech(
  {
    source: '/x/a.txt',
    title: '在全县作风建设会议上的讲话',
    venue: '县委×届×次全会',
    preamble: ['这次县委×届×次全会很重要。要增强“四个意识”。'],
    sections: [
      { marker: '一、', heading: '提高站位', paragraphs: ['要增强“四个意识”，做到两个坚决维护。'], children: [{ marker: '（一）', heading: '抓学习', paragraphs: ['要落实“六稳”和营商环境。'] }] },
      { marker: '二、', heading: '抓落实', paragraphs: ['要做到“两个维护”，优化营商环境。'] },
    ],
  },
  SYNTHETIC_LEXICON,
);
