import { readFileSync } from 'node:fs';
import type { SloganKind } from '../types.js';

/** One well-known formula from the lexicon. */
export interface LexiconFormula {
  name: string;
  kind: SloganKind;
  members: string[];
  variants: string[];
  /** An everyday phrase that is a slogan only where the text quotes it (走出去). */
  quotedOnly: boolean;
}

/** The slogan lexicon with the general vocabulary the rules use, as ready-to-query sets. */
export interface SloganLexicon {
  formulas: LexiconFormula[];
  numerals: Set<string>;
  quantityUnits: string[];
  quantityNouns: string[];
  numeralIdioms: Set<string>;
  /** Words that begin with a numeral character but count nothing (百姓, 千万, 一切). */
  numberlessWords: string[];
  formulaHeads: string[];
  policyChars: string;
  formulaTail: Set<string>;
  policyVocabulary: string[];
  figurativeVocabulary: string[];
  sentenceParticles: Set<string>;
  reportVerbs: string[];
  /** Nouns that, right after a closing quote, mark the quoted words as a policy's name (“…”政策). */
  policyFollowers: string[];
  /** Nouns that make a quoted plan number a formula (“九五”规划). */
  planFollowers: string[];
  /** Nouns that make quoted numerals the name of a historical event (“五四”运动). */
  eventFollowers: string[];
  /** Words after a quote that mark it as a problem described, not a slogan (“…”等现象). */
  problemFollowers: string[];
  /** Nouns after a quote that mark it as a quotation (“…”等豪迈宣言). */
  quotationNouns: string[];
  /** Conjunctions and hedges that only a sentence holds (宁可…但要…). */
  sentenceWords: string[];
  /** Names of historical events and groups, never current formulations (文化大革命). */
  historicalNames: string[];
  /** Words near a quoted number that make it a service or phone number (“12345”热线). */
  serviceNumberWords: string[];
  /** Verbs right before a quote that make it an honour's or title's name (入选“…”). */
  honourVerbs: string[];
  /** Nouns right after a quote that make it a proper name: a product, an institution, a river (“…”平台). */
  nameFollowers: string[];
  /** Endings of product names (…码). */
  productEndings: string[];
}

const LEXICON_URL = new URL('../lexicon/slogans.json', import.meta.url);
let cached: SloganLexicon | null = null;

function stringList(raw: Record<string, unknown>, key: string): string[] {
  const value = raw[key];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && v.length > 0)) {
    throw new Error(`${LEXICON_URL.pathname}: "${key}" must be a list of non-empty strings`);
  }
  return value as string[];
}

function plainString(raw: Record<string, unknown>, key: string): string {
  const value = raw[key];
  if (typeof value !== 'string' || value.length === 0) {
    throw new Error(`${LEXICON_URL.pathname}: "${key}" must be a non-empty string`);
  }
  return value;
}

function parseFormula(raw: unknown, index: number): LexiconFormula {
  const where = `${LEXICON_URL.pathname}: formulas[${index}]`;
  if (typeof raw !== 'object' || raw === null) throw new Error(`${where} is not an object`);
  const f = raw as Record<string, unknown>;
  if (typeof f.name !== 'string' || f.name.length < 2) throw new Error(`${where}: "name" is missing or too short`);
  if (f.kind !== 'NUMBERED' && f.kind !== 'CATCHPHRASE' && f.kind !== 'CODED') {
    throw new Error(`${where}: "kind" must be NUMBERED, CATCHPHRASE or CODED`);
  }
  const lists = ['members', 'variants'] as const;
  for (const key of lists) {
    const v = f[key];
    if (!Array.isArray(v) || !v.every((s) => typeof s === 'string' && s.length > 0)) {
      throw new Error(`${where}: "${key}" must be a list of non-empty strings`);
    }
  }
  if (f.quotedOnly !== undefined && typeof f.quotedOnly !== 'boolean') throw new Error(`${where}: "quotedOnly" must be true or false`);
  return {
    name: f.name,
    kind: f.kind,
    members: f.members as string[],
    variants: f.variants as string[],
    quotedOnly: f.quotedOnly === true,
  };
}

/** Parses and validates the lexicon JSON text; throws an error naming the file and the problem. */
export function parseSloganLexicon(json: string): SloganLexicon {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (err) {
    throw new Error(`${LEXICON_URL.pathname}: invalid JSON (${(err as Error).message})`);
  }
  if (typeof raw !== 'object' || raw === null || !Array.isArray((raw as { formulas?: unknown }).formulas)) {
    throw new Error(`${LEXICON_URL.pathname}: expected an object with a "formulas" list`);
  }
  const r = raw as Record<string, unknown>;
  const formulas = (r.formulas as unknown[]).map(parseFormula);
  return {
    formulas,
    numerals: new Set(plainString(r, 'numerals')),
    quantityUnits: stringList(r, 'quantityUnits'),
    quantityNouns: stringList(r, 'quantityNouns'),
    numeralIdioms: new Set(stringList(r, 'numeralIdioms')),
    numberlessWords: stringList(r, 'numberlessWords'),
    formulaHeads: stringList(r, 'formulaHeads'),
    policyChars: plainString(r, 'policyChars'),
    formulaTail: new Set(plainString(r, 'formulaTail')),
    policyVocabulary: stringList(r, 'policyVocabulary'),
    figurativeVocabulary: stringList(r, 'figurativeVocabulary'),
    sentenceParticles: new Set(plainString(r, 'sentenceParticles')),
    reportVerbs: stringList(r, 'reportVerbs'),
    policyFollowers: stringList(r, 'policyFollowers'),
    planFollowers: stringList(r, 'planFollowers'),
    eventFollowers: stringList(r, 'eventFollowers'),
    problemFollowers: stringList(r, 'problemFollowers'),
    quotationNouns: stringList(r, 'quotationNouns'),
    sentenceWords: stringList(r, 'sentenceWords'),
    historicalNames: stringList(r, 'historicalNames'),
    serviceNumberWords: stringList(r, 'serviceNumberWords'),
    honourVerbs: stringList(r, 'honourVerbs'),
    nameFollowers: stringList(r, 'nameFollowers'),
    productEndings: stringList(r, 'productEndings'),
  };
}

/** The slogan lexicon from `src/extract/lexicon/slogans.json`, read and validated once. */
export function sloganLexicon(): SloganLexicon {
  if (!cached) cached = parseSloganLexicon(readFileSync(LEXICON_URL, 'utf8'));
  return cached;
}
