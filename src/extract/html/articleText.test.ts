import { describe, expect, it } from 'vitest';
import { extractSpeech } from '../extractSpeech.js';
import { articleText } from './articleText.js';
import { stripSiteSuffix } from './pageTitle.js';

const P = (s: string) => `<p><span>${s}</span></p>`;
const SPEECH = [
  '同志们：',
  '今天召开全市干部大会，主要任务是总结工作、部署任务，动员全市上下奋发有为。',
  '一、统一思想，提高认识',
  '各级领导干部要切实增强责任感和紧迫感，把思想和行动统一到市委的部署上来。',
  '二、突出重点，狠抓落实',
  '要坚持问题导向，聚焦重点任务，一项一项抓落实，一件一件见成效，确保各项目标任务圆满完成。',
];
const OTHER_NEWS = ['全市春季植树活动举行', '一、活动情况', '三月十二日，市领导王某某同志与干部群众一起参加义务植树，共植树一万余株，场面热烈。'];
const page = (heading: string) => `<!DOCTYPE html><html><head><title>李某某：在全市干部大会上的讲话--学习专栏-某某中学</title>
<script>var x = "<p>不是正文</p>";</script></head><body>
<div class="nav"><ul>${['首页', '新闻中心', '学习专栏', '校务公开'].map((x) => `<li><a href="#">${x}</a></li>`).join('')}</ul></div>
<div class="side"><h3>推荐阅读</h3><ul>${[1, 2, 3].map((i) => `<li><a href="#">每周一学（第${i}期）学习党的创新理论的体会文章</a></li>`).join('')}</ul></div>
<div class="main"><h2 class="title">${heading}</h2>
<div class="property"><span>来源：本站</span> <span>发布时间：2021年05月14日</span></div>
<div class="content">${SPEECH.map(P).join('')}</div>
<div class="more">${OTHER_NEWS.map(P).join('')}</div>
<div class="links"><a href="#">上一篇：某某文章</a></div></div></body></html>`;

describe('articleText', () => {
  const text = articleText(page('李某某：在全市干部大会上的讲话'))!;

  it('keeps heading, metadata lines and the content block, and nothing around them', () => {
    expect(text.split('\n')).toEqual(['李某某：在全市干部大会上的讲话', '来源：本站 发布时间：2021年05月14日', ...SPEECH]);
  });

  it('gives the same speech as the text of the article alone', () => {
    const fromPage = extractSpeech({ text, source: 'p.html' });
    const fromText = extractSpeech({ text: ['李某某：在全市干部大会上的讲话', '发布时间：2021年05月14日', ...SPEECH].join('\n'), source: 'p.txt' });
    expect(fromPage).toMatchObject({ title: '在全市干部大会上的讲话', venue: '全市干部大会', speaker: { name: '李某某' }, published: '2021-05-14' });
    expect(fromPage.sections.map((s) => s.heading)).toEqual(fromText.sections.map((s) => s.heading));
    expect(fromPage.persons.map((p) => p.name)).toEqual(['李某某']);
  });

  it('does not print the heading twice when the block opens with it', () => {
    const html = page('李某某：在全市干部大会上的讲话').replace('<div class="content">', `<div class="content">${P('在全市干部大会上的讲话')}`);
    const t = articleText(html)!;
    expect(t.split('\n').filter((l) => l.includes('全市干部大会上的讲话'))).toEqual(['在全市干部大会上的讲话']);
  });

  it('drops processing instructions of Word-made pages', () => {
    const t = articleText(page('李某某：在全市干部大会上的讲话').replace('<p><span>同志们', '<?xml:namespace prefix = o ns = "urn:x" /><p><span>同志们'))!;
    expect(t).not.toContain('<?xml');
  });

  it('takes the heading that reads as a title when <title> names only the site, never a linked menu item', () => {
    const html = page('李某某：在全市干部大会上的讲话')
      .replace(/<title>.*<\/title>/, '<title>学习专栏 - 某某中学</title>')
      .replace('<div class="nav">', '<div class="nav"><h4><a href="#">学习专栏</a></h4>');
    expect(articleText(html)!.split('\n')[0]).toBe('李某某：在全市干部大会上的讲话');
  });

  it('without a heading keeps <title> and the short lines the container prints before the block', () => {
    const html = page('x').replace('<h2 class="title">x</h2>', '');
    expect(articleText(html)!.split('\n').slice(0, 2)).toEqual(['李某某：在全市干部大会上的讲话', '来源：本站 发布时间：2021年05月14日']);
  });

  it('gives null for a page without an article-sized block', () => {
    expect(articleText('<html><body><ul><li><a href="#">首页</a></li></ul><p>短文</p></body></html>')).toBeNull();
  });
});

describe('stripSiteSuffix', () => {
  it.each([
    ['在全市干部大会上的讲话--学习专栏-某某中学', '在全市干部大会上的讲话'],
    ['在全市干部大会上的讲话_某某网', '在全市干部大会上的讲话'],
    ['在全市干部大会上的讲话 - 某某新闻网', '在全市干部大会上的讲话'],
    ['2021-2025年发展规划纲要｜某某网', '2021-2025年发展规划纲要'],
    ['在全市干部大会上的讲话—某某网', '在全市干部大会上的讲话'],
    ['奋力开创新局面—在全市干部大会上的讲话', '奋力开创新局面—在全市干部大会上的讲话'],
  ])('%s → %s', (title, want) => {
    expect(stripSiteSuffix(title)).toBe(want);
  });
});
