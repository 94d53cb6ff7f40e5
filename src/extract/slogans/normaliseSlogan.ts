// Separators written between the parts of a compound formula: 、 ， , ； ; and spaces.
const SEPARATORS = /[、，,；;\s　]+/g;

/** Canonical spelling of a slogan as written: trimmed, every separator between parts written as 、. */
export function normaliseSlogan(written: string): string {
  return written.trim().replace(SEPARATORS, '、').replace(/^、|、$/g, '');
}

/** Key that ignores separators, so 两不愁、三保障 and 两不愁三保障 compare equal. */
export function sloganKey(written: string): string {
  return written.replace(SEPARATORS, '');
}

/** Splits a written compound at its separators, keeping each part's offset relative to `written`. */
export function splitParts(written: string): { part: string; offset: number }[] {
  const parts: { part: string; offset: number }[] = [];
  const re = /[^、，,；;\s　]+/g;
  for (let m = re.exec(written); m; m = re.exec(written)) parts.push({ part: m[0], offset: m.index });
  return parts;
}

/** True when the written text contains a separator between parts. */
export function hasSeparator(written: string): boolean {
  return /[、，,；;]/.test(written);
}
