import { describe, expect, it } from 'vitest';
import { headerLineKind } from './headerLines.js';
import { isPhotoCaption, isPublicationLine, isToolbar, webNoiseKind } from './webNoise.js';

describe('webNoiseKind', () => {
  it.each([
    ['下载', 'toolbar'],
    ['【字号：', 'toolbar'],
    ['大 中 小', 'toolbar'],
    ['打印 | 关闭', 'toolbar'],
    ['来源：某某日报', 'label'],
    ['文章来源：本站 作者：佚名 发布时间：2020年05月14日', 'label'],
    ['当前位置：首页 > 要闻', 'navigation'],
    ['首页 > 时政 > 正文', 'navigation'],
    ['市长某某作工作报告。本报记者 张三 摄', 'caption'],
    ['2025-02-03 09:02:33', 'timestamp'],
    ['2025年02月10日 07时41分', 'timestamp'],
    ['2018-05-02 22:56:27 来源：某某社', 'timestamp'],
    ['分享到： 微信 微博 QQ空间', 'articleEnd'],
    ['【我要打印】【关闭】', 'toolbar'],
    ['相关报道：', 'articleEnd'],
    ['上一篇：某某文章', 'articleEnd'],
    ['【打印正文】', 'articleEnd'],
  ])('%s → %s', (line, kind) => {
    expect(webNoiseKind(line)).toBe(kind);
  });

  it.each([
    '大力发展数字经济。',
    '一、2025年工作回顾',
    '各位代表：',
    '2026年政府工作报告',
    '在全市经济工作会议上的讲话',
    '时间就是生命，效率就是金钱，我们要抓紧落实。',
  ])('leaves text alone: %s', (line) => {
    expect(webNoiseKind(line)).toBeNull();
  });

  it('tells toolbar buttons from words that merely contain them', () => {
    expect(isToolbar('下载 打印 全屏 收藏')).toBe(true);
    expect(isToolbar('大力发展')).toBe(false);
  });

  it('reads a caption only when it ends in a photo credit', () => {
    expect(isPhotoCaption('某某在会上讲话。新华社记者 李四 摄')).toBe(true);
    expect(isPhotoCaption('要把好事办好、实事办实。')).toBe(false);
  });

  it('knows a publication line from a delivery date line', () => {
    expect(isPublicationLine('时间：2025-02-05')).toBe(true);
    expect(isPublicationLine('（2025年1月31日）')).toBe(false);
  });
});

describe('headerLineKind', () => {
  it.each([
    ['——2025年1月20日在某省第九届人民代表大会第三次会议上', 'subtitle'],
    ['2025年1月20日在某省第九届人民代表大会第三次会议上', 'subtitle'],
    ['——在全市干部大会上的讲话', 'subtitle'],
    ['在全市干部大会上的讲话', 'text'],
    ['省长 王某某', 'byline'],
    ['自治区人民政府主席 包某', 'byline'],
    ['（2025年5月2日）', 'dateLine'],
    ['（1月13日下午，第一会议室）', 'note'],
    ['王某某作政府工作报告。', 'caption'],
    ['2025年政府工作报告', 'text'],
  ])('%s → %s', (line, kind) => {
    expect(headerLineKind(line)).toBe(kind);
  });

  it('reads the value of a bare label on the next line as noise', () => {
    expect(headerLineKind('某某日报', true)).toBe('noise');
    expect(headerLineKind('某某日报', false)).toBe('text');
  });
});
