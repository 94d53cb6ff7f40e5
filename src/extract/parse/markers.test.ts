import { describe, expect, it } from 'vitest';
import { findInlineMarkers, markerAt } from './markers.js';

describe('markerAt', () => {
  it.each([
    ['一、加强领导', 'cn-dun', 1, '一、'],
    ['十二、附则说明', 'cn-dun', 12, '十二、'],
    ['（三）完善机制', 'cn-paren', 3, '（三）'],
    ['(二)完善机制', 'cn-paren', 2, '(二)'],
    ['第一，要提高站位', 'di', 1, '第一，'],
    ['第二是抓好落实', 'di', 2, '第二是'],
    ['一是抓学习', 'shi', 1, '一是'],
    ['三抓基层基础', 'verb:抓', 3, '三抓'],
    ['三要抓作风', 'yao', 3, '三要'],
    ['1.总体要求', 'ar-dot', 1, '1.'],
    ['2、工作目标', 'ar-dun', 2, '2、'],
    ['(1)具体措施', 'ar-paren', 1, '(1)'],
    ['（4）具体措施', 'ar-paren', 4, '（4）'],
    ['②加强保障', 'circled', 2, '②'],
    ['一.提高认识', 'cn-dun', 1, '一.'],
    ['3）抓落实', 'ar-paren', 3, '3）'],
    ['2)抓落实', 'ar-paren', 2, '2)'],
    ['⑶抓项目', 'paren-num', 3, '⑶'],
  ])('reads %s as a %s marker', (line, family, ordinal, marker) => {
    expect(markerAt(line, 0)).toMatchObject({ family, ordinal, marker, start: 0, end: marker.length });
  });

  it.each([
    ['第一方阵要走在前列'],
    ['第一书记要驻村'],
    ['第一要务是发展'],
    ['2.3%的增速来之不易'],
    ['1.5亿元资金到位'],
    ['10）'],
    ['2021)年度'],
    ['一是一、二是二，实事求是'],
    ['三要素缺一不可'],
    ['一把手要负总责'],
    ['一、'],
    ['各地要抓好落实'],
  ])('does not read %s as a marker', (line) => {
    expect(markerAt(line, 0)).toBeNull();
  });
});

describe('findInlineMarkers', () => {
  const ordinals = (s: string): string[] => findInlineMarkers(s, 0, s.length).map((m) => m.marker);

  it.each([
    ['要抓好三件事：一是抓学习；二是抓调研；三是抓落实。', ['一是', '二是', '三是']],
    ['具体来说，一要稳增长，二要保民生。', ['一要', '二要']],
    ['①建机制，②强考核。', ['①', '②']],
    ['工作中，第一，要讲政治；第二，要守规矩。', ['第一，', '第二，']],
  ])('finds the run in %s', (text, expected) => {
    expect(ordinals(text)).toEqual(expected);
  });

  it.each([
    ['做到一是一、二是二，不含糊。'],
    ['只有一是不够的。'],
    ['驻村第一书记和第一方阵都要带头。'],
    ['增速为2.3%，二是指标。'],
    ['当好一把手，要敢担当。'],
  ])('finds no enumeration in %s', (text) => {
    expect(ordinals(text)).toEqual([]);
  });
});
