// A deterministic synthetic corpus: N speeches written from our own sentence templates and the
// synthetic lexicon, with slogan and meeting frequencies like those of real speeches (slogans
// that travel together in real texts, 四个意识 with 两个维护, 六稳 with 六保, are drawn together).
import { MEETING_FREQUENCY, SLOGAN_FREQUENCY, SYNTHETIC_LEXICON } from './syntheticLexicon.js';
import { renderSpeech, type SpeechSpec } from './syntheticSpeech.js';

/** mulberry32: a tiny seeded PRNG, so the same (n, seed) always gives the same corpus. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AREAS = ['市', '县', '区', '省'];
// Real place names at three levels, one list per area word (the extractor resolves the speaking body
// from the title's name and the body's 全市/全县/全区/全省); a quarter of the titles name a meeting instead.
const PLACES: Record<string, readonly string[]> = {
  市: ['苏州市', '杭州市', '郑州市', '湖州市', '成都市', '济南市'],
  县: ['中牟县', '长兴县', '德清县', '安吉县', '沭阳县', '新郑市'],
  区: ['余杭区', '萧山区', '金水区', '双流区', '鼓楼区', '历城区'],
  省: ['江苏省', '浙江省', '河南省', '四川省', '山东省'],
};
const TOPICS = ['作风建设', '经济工作', '重点项目推进', '优化营商环境', '安全生产', '乡村振兴', '民生实事', '党风廉政建设'];
const HEADINGS = [
  '提高政治站位，切实增强责任感', '突出工作重点，推动高质量发展', '狠抓工作落实，确保各项任务见效',
  '坚持改革创新，持续优化营商环境', '强化底线思维，守牢安全发展底线', '加强自身建设，锻造过硬干部队伍',
];
const SUBHEADINGS = ['抓好学习教育', '完善工作机制', '强化督查考核', '压实各方责任'];
const SLOGAN_SENTENCES = [
  '要进一步增强“{s}”，把各项工作抓细抓实。',
  '我们必须坚持“{s}”不动摇，切实担负起{t}的政治责任。',
  '各级干部要把“{s}”落实到{t}的全过程和各方面。',
  '围绕“{s}”，统筹推进{t}和{t2}。',
  '做到“{s}”，不能停留在口头上，要体现在{t}的具体行动中。',
];
const FILLER = [
  '今年以来，全{a}上下攻坚克难，{t}取得明显成效。',
  '同时也要清醒看到，{t}方面还存在不少短板和弱项。',
  '对这些问题，必须高度重视，认真加以解决。',
  '要坚持问题导向，以钉钉子精神抓好{t}。',
  '各部门要主动作为，形成推进{t}的强大合力。',
  '群众满意不满意，是检验{t}成效的根本标准。',
];
const MEETING_SENTENCES = ['{m}对{t}作出了全面部署，我们要认真学习领会。', '深入贯彻落实{m}精神，是当前和今后一个时期的重大任务。'];
// The long tail: every real speech coins local numbered formulas (五个抓实, 六个破除, 三大提升 …).
const TAIL_NUMERALS = ['两', '三', '四', '五', '六', '八', '十'];
const TAIL_HEADS = ['个聚焦', '个到位', '个一批', '大突破', '大提升', '个着力', '个坚持', '个破除', '个抓实', '个引领', '大行动', '项机制', '个强化', '大工程', '个优先', '个围绕'];
// Local meetings are numbered: 市委八届五次全会, 县委十三届九次全会 …
const LOCAL_BODIES = ['省委', '市委', '县委', '区委'];
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三'];
const MARKERS = ['一、', '二、', '三、', '四、', '五、', '六、'];
// Drawn through the bundles below, not on their own.
const BUNDLED = new Set(['四个意识', '两个维护', '四个自信', '六稳', '六保']);
const SUBMARKERS = ['（一）', '（二）', '（三）'];

/** Generates `n` speech specs (render with renderSpeech, or build with buildSpeech); same (n, seed), same corpus. */
export function generateSpeechSpecs(n: number, seed = 1): SpeechSpec[] {
  return [...speechSpecs(n, seed)];
}

/** The specs of generateSpeechSpecs one at a time, so a large corpus never sits in memory. */
export function* speechSpecs(n: number, seed = 1): Generator<SpeechSpec> {
  const rnd = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const chance = (p: number): boolean => rnd() < p;
  const terms = SYNTHETIC_LEXICON.terms;
  const fill = (template: string, area: string): string =>
    template.replaceAll('{a}', area).replaceAll('{t2}', pick(terms)).replaceAll('{t}', pick(terms));

  for (let i = 0; i < n; i++) {
    const area = pick(AREAS);
    // Slogans travel in bundles in real speeches; the bundle probabilities keep the marginal shares near SLOGAN_FREQUENCY.
    const slogans = new Set<string>();
    if (chance(0.5)) {
      slogans.add('四个意识');
      if (chance(0.85)) slogans.add('两个维护');
      if (chance(0.7)) slogans.add('四个自信');
    }
    if (chance(0.28)) {
      slogans.add('六稳');
      slogans.add('六保');
    }
    for (const [name, p] of Object.entries(SLOGAN_FREQUENCY)) if (!BUNDLED.has(name) && chance(p)) slogans.add(name);
    const tail = 8 + Math.floor(rnd() * 10);
    for (let k = 0; k < tail; k++) slogans.add(`${pick(TAIL_NUMERALS)}${pick(TAIL_HEADS)}`);
    const meetings = Object.entries(MEETING_FREQUENCY).filter(([, p]) => chance(p)).map(([m]) => m);
    const localMeetings = Math.floor(rnd() * 4);
    for (let k = 0; k < localMeetings; k++) meetings.push(`${pick(LOCAL_BODIES)}${pick(CN)}届${pick(CN.slice(0, 9))}次全会`);
    const venue = meetings.length > 0 && chance(0.3) ? pick(meetings) : null;
    const uniqueMeetings = [...new Set(meetings)];
    const places = PLACES[area]!;
    const title = venue ? `在${venue}上的讲话` : `在${places[Math.floor(i / AREAS.length) % places.length]}${pick(TOPICS)}会议上的讲话`;

    const sectionCount = 4 + Math.floor(rnd() * 3);
    const paragraphs: string[][] = Array.from({ length: sectionCount + 1 }, () => []);
    const place = (sentence: string): void => {
      paragraphs[Math.floor(rnd() * paragraphs.length)]!.push(sentence);
    };
    for (const s of slogans) {
      const times = SLOGAN_FREQUENCY[s] === undefined ? 1 + Math.floor(rnd() * 2) : 1 + Math.floor(rnd() * 4);
      for (let k = 0; k < times; k++) place(fill(pick(SLOGAN_SENTENCES).replace('{s}', s), area));
    }
    // Real speeches chain the bundled slogans in one sentence (增强…、坚定…、做到…).
    if (slogans.has('四个意识') && slogans.has('两个维护') && chance(0.6)) {
      place(slogans.has('四个自信') ? '要增强“四个意识”、坚定“四个自信”、做到“两个维护”。' : '要树牢“四个意识”，做到“两个维护”。');
    }
    if (slogans.has('六稳') && chance(0.7)) place(fill('扎实做好“六稳”工作，全面落实“六保”任务，推动{t}。', area));
    for (const m of uniqueMeetings) place(fill(pick(MEETING_SENTENCES).replace('{m}', m), area));
    if (chance(0.4)) place(fill('习近平总书记强调，要把{t}摆在更加突出的位置。', area));
    if (chance(0.15)) place(fill(`《${pick(SYNTHETIC_LEXICON.documents)}》明确提出了{t}的目标任务。`, area));
    for (const p of paragraphs) for (let k = 0; k < 14 + Math.floor(rnd() * 10); k++) p.splice(Math.floor(rnd() * (p.length + 1)), 0, fill(pick(FILLER), area));

    const preamble = [venue ? `这次${venue}是一次十分重要的会议。${paragraphs[0]!.join('')}` : paragraphs[0]!.join('')];
    const sections = Array.from({ length: sectionCount }, (_, k) => {
      const body = paragraphs[k + 1]!;
      const withChildren = chance(0.3) && body.length >= 4;
      const half = Math.ceil(body.length / 2);
      return {
        marker: MARKERS[k]!,
        heading: HEADINGS[(k + i) % HEADINGS.length]!,
        paragraphs: withChildren ? body.slice(0, 1) : body,
        children: withChildren
          ? [
              { marker: SUBMARKERS[0]!, heading: pick(SUBHEADINGS), paragraphs: body.slice(1, half) },
              { marker: SUBMARKERS[1]!, heading: pick(SUBHEADINGS), paragraphs: body.slice(half) },
            ]
          : [],
      };
    });
    yield {
      source: `synthetic/${String(i).padStart(6, '0')}.txt`,
      title,
      level: area === '省' ? 'provincial' : area === '市' ? 'city' : 'county',
      // Twenty years of dates, so date filters and date order meet a realistic spread.
      date: `${2006 + (i % 20)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      venue,
      preamble,
      sections,
    };
  }
}

/** The texts of `generateSpeechSpecs(n, seed)`, as files would hold them. */
export function generateCorpusTexts(n: number, seed = 1): Array<{ source: string; text: string }> {
  return generateSpeechSpecs(n, seed).map((spec) => ({ source: spec.source, text: renderSpeech(spec) }));
}
