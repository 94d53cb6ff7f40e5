import { describe, expect, it } from 'vitest';
import { captionSpeaker, normaliseRole, parseByline, parseNameLine, titleSpeaker } from './byline.js';

describe('parseByline', () => {
  it.each([
    ['省长 叶建春', '叶建春', '省长'],
    ['省长\u3000王小明', '王小明', '省长'],
    ['上海市市长 龚 正', '龚正', '市长'],
    ['河北省人民政府省长 王某某', '王某某', '省长'],
    ['自治区人民政府主席 包钢', '包钢', '自治区人民政府主席'],
    ['广西壮族自治区主席 韦 韬', '韦韬', '自治区主席'],
    ['自治区主席 艾尔肯·吐尼亚孜', '艾尔肯·吐尼亚孜', '自治区主席'],
    ['省长王清宪', '王清宪', '省长'],
    ['某某中学党委书记、校长 王 琛', '王琛', '党委书记、校长'],
    ['区委书记 ××', '××', '区委书记'],
  ])('%s → %s (%s)', (line, name, role) => {
    expect(parseByline(line)).toMatchObject({ name, role });
  });

  it('gives the offsets of the name as written', () => {
    const b = parseByline('  市长 龚 正')!;
    expect('  市长 龚 正'.slice(b.start, b.end)).toBe('龚 正');
  });

  it.each(['各位代表：', '大力推进乡村振兴', '一、工作回顾', '省长强调，要抓好落实。'])('is not a byline: %s', (line) => {
    expect(parseByline(line)).toBeNull();
  });
});

describe('normaliseRole', () => {
  it.each([
    ['某某省人民政府省长', '省长'],
    ['某某市副市长', '副市长'],
    ['某某自治区人民政府主席', '自治区人民政府主席'],
    ['市委书记', '市委书记'],
    ['某某省委书记', '省委书记'],
    ['某某中学党委书记、校长', '党委书记、校长'],
  ])('%s → %s', (role, want) => {
    expect(normaliseRole(role)).toBe(want);
  });
});

describe('parseNameLine', () => {
  it('reads a bare name, letter-spaced or a leader', () => {
    expect(parseNameLine('王 琛')?.name).toBe('王琛');
    expect(parseNameLine('习近平')?.name).toBe('习近平');
    expect(parseNameLine('同志们')).toBeNull();
    expect(parseNameLine('大力推进')).toBeNull();
  });
});

describe('captionSpeaker', () => {
  it.each([
    ['省长叶建春作政府工作报告。本报记者林君摄', '叶建春', '省长'],
    ['张工作政府工作报告。', '张工', null],
    ['1月27日，艾尔肯·吐尼亚孜代表自治区人民政府，向大会作政府工作报告。', '艾尔肯·吐尼亚孜', null],
    ['省长王某在省十四届人大五次会议上作政府工作报告。', '王某', '省长'],
  ])('%s → %s', (line, name, role) => {
    expect(captionSpeaker(line)).toMatchObject({ name, role });
  });

  it('needs the act of speaking', () => {
    expect(captionSpeaker('会场外景。本报记者 张三 摄')).toBeNull();
  });
});

describe('titleSpeaker', () => {
  it.each([
    ['习近平：在北京大学师生座谈会上的讲话', '习近平', '在北京大学师生座谈会上的讲话'],
    ['胡锦涛在庆祝某大学建校100周年大会上的讲话', '胡锦涛', '在庆祝某大学建校100周年大会上的讲话'],
    ['马某某书记在全市干部大会上的讲话', '马某某', '在全市干部大会上的讲话'],
  ])('%s → %s', (title, name, rest) => {
    expect(titleSpeaker(title)).toMatchObject({ speaker: { name }, rest });
  });

  it.each(['在全市经济工作会议上的讲话', '全市上下在新起点上的讲话精神', '学习心得在会上的发言'])('no speaker in %s', (title) => {
    expect(titleSpeaker(title)).toBeNull();
  });
});

describe('bylines as other pages write them', () => {
  it('reads a stray ? between office and name', () => {
    expect(parseByline('国务院总理?李克强')).toMatchObject({ name: '李克强', role: '国务院总理' });
  });

  it('reads a line that holds only a role (the name on the next line)', async () => {
    const { parseRoleLine } = await import('./byline.js');
    expect(parseRoleLine('国务院总理　')).toBe('国务院总理');
    expect(parseRoleLine('代区长')).toBe('区长');
    expect(parseRoleLine('国务院总理?')).toBe('国务院总理');
    expect(parseRoleLine('各位代表：')).toBeNull();
  });
});
