import { describe, expect, it } from 'vitest';
import { readOpening, speakingLevel } from './opening.js';

describe('readOpening', () => {
  it.each([
    ['各位代表：\n我代表国务院，向第六届全国人民代表大会第一次会议作政府工作报告，请予审议。', '第六届全国人民代表大会第一次会议', 'work_report'],
    ['同志们：\n中国共产党第十四次全国代表大会，在新形势下召开了！现在，我代表十三届中央委员会向大会作报告。', '中国共产党第十四次全国代表大会', 'party_report'],
    ['同志们：\n现在，我代表中国共产党第十一届中央委员会，向党的第十二次全国代表大会作报告。', '党的第十二次全国代表大会', 'party_report'],
    ['各位代表：\n我们第一届全国人民代表大会第一次会议，在听了关于宪法草案的报告以后，完成了一件历史性的工作。', '第一届全国人民代表大会第一次会议', 'work_report'],
    ['各位代表：\n现在，我代表江苏省人民政府，向江苏省第十四届人民代表大会第四次会议报告政府工作，请予审议。', '江苏省第十四届人民代表大会第四次会议', 'work_report'],
    ['各位代表：\n从第七届全国人民代表大会第一次会议以来，已经过去了五年。', null, 'work_report'],
    ['同志们：\n我受十二届中央委员会委托，向大会作报告。\n一、历史性成就\n党的第十二次全国代表大会，坚持和发展了三中全会的路线。', null, 'party_report'],
    ['同志们：\n党的第二十次全国代表大会胜利闭幕以后，我们认真学习贯彻大会精神。', null, null],
  ])('%s', (body, venue, genre) => {
    const o = readOpening(body);
    expect(o.venue).toBe(venue);
    expect(o.genre).toBe(genre);
  });

  it('reads a speaker told in the third person, with where the name is written', () => {
    const body = '五年来，我国建设取得了成就。\n周恩来总理在报告中首先指出，调整任务已经完成。';
    const o = readOpening(body);
    expect(o.speaker).toMatchObject({ name: '周恩来', role: '总理' });
    expect(body.slice(o.speakerAt!, o.speakerAt! + 3)).toBe('周恩来');
    expect(o.genre).toBe('work_report');
  });
});

describe('speakingLevel', () => {
  it.each([
    ['国务院', 'central'],
    ['十二届中央委员会', 'central'],
    ['中国共产党第十一届中央委员会', 'central'],
    ['中共江苏省委员会', 'provincial'],
    ['省政府', 'provincial'],
  ])('%s → %s', (body, level) => {
    expect(speakingLevel(body)).toBe(level);
  });
});
