import { describe, expect, it } from 'vitest';
import { findLayout } from './layout.js';

// Synthetic boilerplate, deliberately unlike any corpus file: the rules must work on shape and vocabulary.
const HEADER = ['本站所有范文均来自网络', '更多精彩内容请关注微信公众号：范文大全', '客服电话：400-123-4567', ''];
const FOOTER = ['', '（本文来源：某某网，转载请注明出处）', '点击下载完整版 www.example.com'];
const BODY = ['同志们：', '今天召开这次会议，主要任务是总结工作、部署任务。', '一、统一思想', '大家要提高认识。'];

describe('findLayout', () => {
  it('drops advertising before the title and after the end, and finds the title', () => {
    const text = [...HEADER, '在全市安全生产工作会议上的讲话', '', ...BODY, ...FOOTER].join('\n');
    const l = findLayout(text);
    expect(l.title).toBe('在全市安全生产工作会议上的讲话');
    expect(text.slice(l.body.start, l.body.end).startsWith('同志们：')).toBe(true);
    expect(text.slice(l.body.start, l.body.end).endsWith('大家要提高认识。')).toBe(true);
    expect(l.diagnostics.filter((d) => d.code === 'DROPPED_LINE')).toHaveLength(5);
  });

  it('joins a title split over two lines and removes letter-spacing', () => {
    const text = ['在全县乡村振兴工作推进会议', '上的讲 话', '', ...BODY].join('\n');
    expect(findLayout(text).title).toBe('在全县乡村振兴工作推进会议上的讲话');
    const spaced = ['在 全 区 干 部 大 会 上 的 讲 话', ...BODY].join('\n');
    expect(findLayout(spaced).title).toBe('在全区干部大会上的讲话');
  });

  it('reads a title without the genre word a download site added to it', () => {
    const text = ['在全县安全生产工作会议上的讲话范文(3篇)', ...BODY].join('\n');
    const l = findLayout(text);
    expect(l.title).toBe('在全县安全生产工作会议上的讲话');
    expect(text.slice(l.titleRange!.start, l.titleRange!.end)).toBe('在全县安全生产工作会议上的讲话');
  });

  it('drops a credit line between title and body and keeps a date line as metadata', () => {
    const text = ['关于加强基层治理的几点思考', '（2021年3月5日）', '编辑整理：某某文秘网', ...BODY].join('\n');
    const l = findLayout(text);
    expect(l.title).toBe('关于加强基层治理的几点思考');
    expect(l.metaLines).toEqual([1]);
    expect(l.dropped.has(2)).toBe(true);
  });

  it('reports NO_TITLE for a text that starts with its first paragraph', () => {
    const l = findLayout(BODY.join('\n'));
    expect(l.title).toBe('');
    expect(l.titleRange).toBeNull();
    expect(l.diagnostics.map((d) => d.code)).toContain('NO_TITLE');
    expect(l.body.start).toBe(0);
  });

  it('keeps prose that mentions promotion words inside the body', () => {
    const text = ['在全镇民生工作会议上的讲话', ...BODY, '要关注困难群众，落实免费体检和优惠政策。', '谢谢大家！'].join('\n');
    const l = findLayout(text);
    expect(l.dropped.size).toBe(0);
    expect(text.slice(l.body.start, l.body.end).endsWith('谢谢大家！')).toBe(true);
  });

  it('drops a contact line that sits inside the body', () => {
    const text = ['在全市招商工作会议上的讲话', ...BODY, '获取更多资料加QQ 12345678', '大家要抓好落实。'].join('\n');
    expect([...findLayout(text).dropped]).toEqual([BODY.length + 1]);
  });

  it('finds the title below advertising prose that has no promotion words', () => {
    const ad = '本站长期致力于为广大机关干部提供优质原创的公文写作参考，内容涵盖各类讲话稿、心得体会与工作总结。';
    const text = [ad, '', '在全县秋季农业生产工作会议上的讲话', ...BODY].join('\n');
    const l = findLayout(text);
    expect(l.title).toBe('在全县秋季农业生产工作会议上的讲话');
    expect(l.dropped.has(0)).toBe(true);
    expect(text.slice(l.body.start).startsWith('同志们：')).toBe(true);
  });
});
