import type { SloganLexicon } from './sloganLexicon.js';
import { sloganKey, splitParts } from './normaliseSlogan.js';

// 之 as a noun suffix (之外, 之中 …) is ordinary modern vocabulary; elsewhere it marks classical prose.
const CLASSICAL_ZHI = /之(?![外内中后前间上下处所一])/;
const NOT_PLAIN_HAN = /[^\u3400-\u9fff、，,；;\s　]/;

/** The text on either side of a quotation: `before` ends at the opening quote, `after` starts after the closing one. */
export interface QuoteContext {
  before: string;
  after: string;
}

/** True when the text right before an opening quote introduces reported speech (说：, 指出，, 所谓). */
export function introducesSpeech(before: string, lex: SloganLexicon): boolean {
  const trimmed = before.replace(/[\s　]+$/, '');
  if (/[：:]$/.test(trimmed)) return true;
  const bare = trimmed.replace(/[，,]$/, '');
  return lex.reportVerbs.some((v) => bare.endsWith(v));
}

/** True when the text right after a closing quote starts with a noun naming a policy (“…”政策, “…”机制). */
export function followedByPolicyNoun(after: string, lex: SloganLexicon): boolean {
  return lex.policyFollowers.some((w) => after.startsWith(w));
}

/**
 * True for parallel parts built on one frame whose open slot repeats inside each part
 * (宜农则农、宜林则林; 应保尽保、应收尽收): the shape of an allocation principle. Parts that vary
 * in one place only (含金量、含绿量) or whose slots differ (不破不立、不塞不流) do not qualify.
 */
export function isFramedEnumeration(parts: readonly string[]): boolean {
  const len = parts[0]?.length ?? 0;
  if (parts.length < 2 || len < 4 || parts.some((p) => p.length !== len)) return false;
  const slots: number[] = [];
  for (let i = 0; i < len; i++) if (parts.some((p) => p[i] !== parts[0]![i])) slots.push(i);
  if (slots.length < 2 || slots.length === len) return false;
  return parts.every((p) => slots.every((i) => p[i] === p[slots[0]!]));
}

/**
 * Decides whether quoted text is a policy catchphrase: short parallel parts (担当实干、马上就办),
 * policy vocabulary, a policy noun right after the quote (“先诊疗后付费”政策) or a framed enumeration
 * (宜农则农、宜林则林); no figure of speech (金钥匙), no classical or full sentence, no reported
 * speech, no ordinal role (第一责任人). `known` are formula names (lexicon and text).
 */
export function isCatchphrase(content: string, around: QuoteContext, lex: SloganLexicon, known: ReadonlySet<string>): boolean {
  const key = sloganKey(content);
  if (NOT_PLAIN_HAN.test(content)) return false;
  const parts = splitParts(content);
  if (parts.length >= 3 && parts.every((p) => p.part.length === 1)) return true;
  // 第一责任人, 第一书记 name a rank or role; ordinal formulas (第一议题) come from the lexicon.
  if (key[0] === '第' && lex.numerals.has(key[1] ?? '')) return false;
  const named = followedByPolicyNoun(around.after, lex);
  if (key.length < 4 || key.length > 16) return false;
  // A policy noun after the quote vouches for a longer single name (“五级书记抓乡村振兴”要求).
  if (parts.some((p) => p.part.length > (named ? 12 : 8))) return false;
  if (key.includes('的')) return false;
  if ([...key].some((c) => lex.sentenceParticles.has(c)) || CLASSICAL_ZHI.test(key)) return false;
  if (introducesSpeech(around.before, lex)) return false;
  // Problems described (“…”等现象), quotations (“…”等豪迈宣言) and sentences (宁可…但要…) are no slogans.
  const follows = around.after.replace(/^[，,]/, '');
  if (lex.problemFollowers.some((w) => follows.startsWith(w))) return false;
  if (lex.quotationNouns.some((w) => around.after.slice(0, 8).includes(w))) return false;
  if (lex.sentenceWords.some((w) => key.includes(w))) return false;
  // A single term after 的 with no policy noun close behind is quoted for emphasis (对…的“权力依赖”).
  const namedLater = lex.policyFollowers.some((w) => around.after.slice(0, 5).includes(w));
  if (parts.length === 1 && /的$/.test(around.before) && !namedLater) return false;
  if (lex.figurativeVocabulary.some((w) => key.includes(w))) return false;
  if (named) return true;
  if (lex.policyVocabulary.some((w) => key.includes(w))) return true;
  if (isFramedEnumeration(parts.map((p) => p.part))) return true;
  for (const name of known) if (name.length >= 3 && key.includes(name)) return true;
  return false;
}
