import { describe, expect, it } from 'vitest';
import { choosePool, textPhraseQuery } from './speechPages.js';

describe('textPhraseQuery', () => {
  it.each([
    ['营商环境', '"营商环境"'],
    ['两个维护', '"两个维护"'],
  ])('sends %s of Han characters to the index as a phrase', (text, query) => expect(textPhraseQuery(text)).toBe(query));
  it.each(['党', '5G网络', 'G网', '营商 环境', 'AND', '"营商'])('leaves %s to the walk (the index could miss a speech holding it)', (text) => {
    expect(textPhraseQuery(text)).toBeNull();
  });
});

describe('choosePool', () => {
  const plan = (sizes: Array<['slogan' | 'text', number]>, speeches = 100_000) => ({ speeches, slogan: null, sizes, textHits: null });
  it('walks the date index for a hub slogan (half the speeches)', () => expect(choosePool(plan([['slogan', 50_000]]), 21)).toBeNull());
  it('starts from a rare slogan', () => expect(choosePool(plan([['slogan', 300]]), 21)).toBe('slogan'));
  it('starts from the smallest side', () => expect(choosePool(plan([['slogan', 2000], ['text', 40]]), 21)).toBe('text'));
  it('walks when nothing gives a side', () => expect(choosePool(plan([]), 21)).toBeNull());
  it('weighs a side against the walk at its share: √(limit × speeches) × 2', () => {
    expect(choosePool(plan([['slogan', 2800]]), 21)).toBe('slogan');
    expect(choosePool(plan([['slogan', 3000]]), 21)).toBeNull();
  });
});
