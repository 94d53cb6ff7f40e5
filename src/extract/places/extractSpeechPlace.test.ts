import { describe, expect, it } from 'vitest';
import { extractSpeech } from '../extractSpeech.js';

describe('extractSpeech: place and level', () => {
  it('reports the speaking body with its chain, and its level follows the place', () => {
    const s = extractSpeech({ text: '2026年昆山市政府工作报告\n各位代表：\n现在，我代表市人民政府报告工作。\n', source: 't' });
    expect(s.place).toEqual({
      code: '320583',
      name: '昆山市',
      level: 'county',
      within: [
        { code: '320500', name: '苏州市', level: 'city' },
        { code: '320000', name: '江苏省', level: 'provincial' },
        { code: '100000', name: '中华人民共和国', level: 'central' },
      ],
    });
    expect(s.level).toBe('county');
  });

  it('makes a municipality provincial, not central', () => {
    const s = extractSpeech({ text: '政府工作报告\n——在北京市第十六届人民代表大会第四次会议上\n各位代表：\n全国两会后，全市上下……\n', source: 't' });
    expect(s.place?.name).toBe('北京市');
    expect(s.level).toBe('provincial');
  });
});
