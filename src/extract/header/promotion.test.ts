import { describe, expect, it } from 'vitest';
import { isPromotionLine } from './promotion.js';

describe('isPromotionLine', () => {
  it.each([
    ['微信公众号：某某材料库', 'header'],
    ['客服热线 400-800-1234', 'header'],
    ['加入VIP，享全站下载特权', 'header'],
    ['访问 https://example.org 获取全文', 'footer'],
    ['【版权声明】', 'header'],
    ['更多精彩请关注', 'footer'],
    ['来源：某某网', 'footer'],
    ['资料整理：某某工作室', 'body'],
    ['扫码加群 88886666', 'body'],
    ['（扫码关注公众号，获取更多讲话稿）', 'body'],
    ['【本文来源：某某文秘网】', 'body'],
    ['本文由会员上传，下载后可编辑。', 'body'],
    ['相关推荐：', 'footer'],
  ] as const)('%s is promotion in the %s', (line, zone) => {
    expect(isPromotionLine(line, zone)).toBe(true);
  });

  it.each([
    ['要关注困难群众的冷暖。', 'body'],
    ['（掌声）', 'body'],
    ['要引导商会会员企业积极参与光彩事业，主动承担社会责任，下载安装“政企通”客户端及时了解惠企政策。', 'body'],
    ['落实减税降费优惠政策，让企业有获得感。', 'body'],
    ['全面推进城市更新行动', 'title'],
    ['在全市平台经济发展大会上的讲话', 'title'],
    ['县长在全县安全生产工作会议上的讲话范文', 'title'],
    ['在全市经济工作会议上的讲话稿范文（3篇）', 'title'],
    ['同志们：', 'header'],
    ['', 'header'],
  ] as const)('%s is not promotion in the %s', (line, zone) => {
    expect(isPromotionLine(line, zone)).toBe(false);
  });
});
