import { describe, expect, it } from 'vitest';
import { extractSpeech } from '../../extract/extractSpeech.js';
import { importLinesOutcome } from './importLinesOutcome.js';

const AT = '2026-01-01T00:00:00.000Z';
const speech = (text: string) => extractSpeech({ text, source: 'a.txt' });

describe('importLinesOutcome', () => {
  it('passes a failed extraction on', () => {
    expect(importLinesOutcome({ ok: false, reason: 'a.txt: not UTF-8' }, AT)).toEqual({ ok: false, reason: 'a.txt: not UTF-8' });
  });

  it('shapes a speech into its lines', () => {
    const outcome = importLinesOutcome({ ok: true, speech: speech('在全县干部大会上的讲话\n要增强“四个意识”，做到“两个维护”。\n') }, AT);
    expect(outcome.ok && outcome.lines.entities.filter(([kind]) => kind === 'slogans').map(([, key]) => key).sort()).toEqual(['两个维护', '四个意识']);
    expect(outcome.ok && outcome.lines.units.names.speeches).toEqual([['两个维护', '四个意识']]);
  });

  it('turns a value the files cannot hold into a failure of that speech', () => {
    const s = speech('在全县干部大会上的讲话\n要增强“四个意识”。\n');
    const bad = { ...s, slogans: s.slogans.map((x) => ({ ...x, variants: ['四个\u001f意识'] })) };
    expect(importLinesOutcome({ ok: true, speech: bad }, AT)).toMatchObject({ ok: false, reason: expect.stringMatching(/U\+001F/) });
  });
});
