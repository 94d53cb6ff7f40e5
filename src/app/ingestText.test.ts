import { describe, expect, it } from 'vitest';
import { extractSpeech } from '../extract/extractSpeech.js';
import { givenTitle } from './ingestText.js';
import { withTitle } from './metadata/applyGiven.js';
import { InputError } from './InputError.js';

const TEXT = ['在全市作风建设大会上的讲话', '一、提高政治站位', '大家要增强“四个意识”。'].join('\n');

describe('a title given with a text', () => {
  const speech = extractSpeech({ text: TEXT, source: 'api:x' });

  it('replaces the found title and drops a range that would point at other text', () => {
    expect(speech.titleRange).not.toBeNull();
    const titled = withTitle(speech, '作风建设讲话');
    expect(titled.title).toBe('作风建设讲话');
    expect(titled.titleRange).toBeNull();
  });

  it('keeps the range when the text holds exactly that title', () => {
    const titled = withTitle(speech, '在全市作风建设大会上的讲话');
    expect(titled.titleRange).toEqual(speech.titleRange);
    expect(TEXT.slice(titled.titleRange!.start, titled.titleRange!.end)).toBe(titled.title);
  });

  it('leaves the speech alone without one', () => {
    expect(withTitle(speech, null)).toBe(speech);
  });

  it.each([
    [null, null],
    ['  ', null],
    ['  作风建设讲话 ', '作风建设讲话'],
  ])('reads %j as %j', (raw, title) => {
    expect(givenTitle(raw)).toBe(title);
  });

  it.each([['a\nb'], ['长'.repeat(201)]])('refuses %j', (raw) => {
    expect(() => givenTitle(raw)).toThrow(InputError);
  });
});
