import type { SloganLexicon } from './sloganLexicon.js';
import { sloganKey, splitParts } from './normaliseSlogan.js';

// 之 as a noun suffix (之外, 之中 …) is ordinary modern vocabulary; elsewhere it marks classical prose.
const CLASSICAL_ZHI = /之(?![外内中后前间上下处所一])/;
const NOT_PLAIN_HAN = /[^\u3400-\u9fff、，,；;\s　]/;

/** True when the text right before an opening quote introduces reported speech (说：, 指出，, 所谓). */
export function introducesSpeech(before: string, lex: SloganLexicon): boolean {
  const trimmed = before.replace(/[\s　]+$/, '');
  if (/[：:]$/.test(trimmed)) return true;
  const bare = trimmed.replace(/[，,]$/, '');
  return lex.reportVerbs.some((v) => bare.endsWith(v));
}

/**
 * Decides whether quoted text is a policy catchphrase: short parallel parts (担当实干、马上就办),
 * policy vocabulary, no figure of speech (金钥匙), no classical or full sentence, no reported speech.
 * `before` is the text just before the opening quote; `known` are formula names (lexicon and text).
 */
export function isCatchphrase(content: string, before: string, lex: SloganLexicon, known: ReadonlySet<string>): boolean {
  const key = sloganKey(content);
  if (NOT_PLAIN_HAN.test(content)) return false;
  const parts = splitParts(content);
  if (parts.length >= 3 && parts.every((p) => p.part.length === 1)) return true;
  if (key.length < 4 || key.length > 16) return false;
  if (parts.some((p) => p.part.length > 8)) return false;
  if (key.includes('的')) return false;
  if ([...key].some((c) => lex.sentenceParticles.has(c)) || CLASSICAL_ZHI.test(key)) return false;
  if (introducesSpeech(before, lex)) return false;
  if (lex.figurativeVocabulary.some((w) => key.includes(w))) return false;
  if (lex.policyVocabulary.some((w) => key.includes(w))) return true;
  for (const name of known) if (name.length >= 3 && key.includes(name)) return true;
  return false;
}
