import { describe, expect, it } from 'vitest';
import { documentKind, findDocuments } from './documents.js';
import { findPersons } from './persons.js';

const noLocation = () => ({ sectionId: null, sentence: 0 });
const persons = (text: string) => findPersons(text, [{ start: 0, end: text.length }], noLocation).map((p) => `${p.name}×${p.count}`);

describe('findPersons', () => {
  it.each([
    ['以习近平同志为核心的党中央，习总书记强调。', ['习近平×2']],
    ['省委书记王某明同志指出，', ['王某明×1']],
    ['市长李明在会上强调，', ['李明×1']],
    ['老书记赵大为的经验值得学习。', ['赵大为×1']],
    ['邓小平同志曾经说过。', ['邓小平×1']],
    ['正如××同志所说，', ['×××1']],
    ['县委书记XX强调，', ['×××1']],
    ['省委车俊书记在会上讲话。', ['车俊×1']],
    ['胡适先生写过一篇文章。', ['胡适×1']],
    ['习近平总书记强调。', ['习近平×1']],
    ['苏轼说：“立志”。', ['苏轼×1']],
    ['同陈毅等同志一起重建新四军。', ['陈毅×1']],
    ['梁启超、冯友兰、吴晗等大师。', ['梁启超×1', '冯友兰×1', '吴晗×1']],
    ['回顾历史，毛泽东、邓小平等老一辈。', ['毛泽东×1', '邓小平×1']], // leaders listed: no tagger needed
    ['深刻汲取孙某骋、王莉霞涉嫌严重违纪违法教训。', ['孙某骋×1', '王莉霞×1']],
    ['吸取张三案件教训。', ['张三×1']],
    ['以及指导组李明远同志到会。', ['李明远×1']],
    ['组织参观马寅初故居。', ['马寅初×1']],
  ])('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  it.each([
    ['同志们，大家好。'], ['相关部门同志要负责。'], ['老同志要发挥作用。'], ['书记专题会议研究。'], ['总书记指引的方向。'],
    // A theory's name is no mention of the person; a verb after a title is no name.
    ['坚持马克思列宁主义、毛泽东思想、邓小平理论。'], ['以习近平新时代中国特色社会主义思想为指导。'], ['总书记曾说，'],
    ['省委常委、纪委书记出席。'], ['北京、上海、广州等城市。'],
    ['查处违纪违法案件。'], ['开展调研、学习、考察活动。'], ['严肃查处涉嫌违纪违法问题。'], ['高新区违纪违法案件。'],
  ])(
    'finds no person in %s',
    (text) => {
      expect(persons(text)).toEqual([]);
    },
  );
});

describe('documents', () => {
  it.each([
    ['人民日报', 'newspaper'],
    ['求是', 'newspaper'],
    ['×时报', 'newspaper'],
    ['学习时报', 'newspaper'],
    ['关于进一步加强作风建设的意见', 'document'],
    ['情况通报', 'document'],
    ['决定', 'document'],
  ] as const)('《%s》 is a %s', (title, kind) => {
    expect(documentKind(title)).toBe(kind);
  });

  it('groups titles in 《》 with their mentions', () => {
    const text = '认真学习《条例》，对照《条例》和《人民日报》评论员文章。';
    const docs = findDocuments(text, [{ start: 0, end: text.length }], noLocation);
    expect(docs.map((d) => [d.title, d.kind, d.count])).toEqual([
      ['条例', 'document', 2],
      ['人民日报', 'newspaper', 1],
    ]);
    expect(docs[0]!.mentions[0]).toMatchObject({ start: 4, end: 8, text: '《条例》' });
  });
});
