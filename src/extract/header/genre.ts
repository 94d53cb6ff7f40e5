import type { Genre } from '../types.js';

const OUTLINE = /提纲$|提纲[（(]|[（(]提纲[）)]/;
const WORK_REPORT = /政府工作报告|人民政府工作报告/;
// A report to a party congress or a plenary session (党代会, 全会) of a party committee or its discipline commission.
const PARTY_VENUE = /(中国共产党|党的|[省市县区州旗]委|纪委|纪律检查委员会|党委|党组).{0,30}(代表大会|全体会议|全会)|党代会/;
const REPORT = /报告$|报告[（(]/;
const PEOPLES_CONGRESS = /人民代表大会/;
// A news story about a speech: a leader 强调/指出/出席 …, or a dateline (新华社北京…电, 本报讯).
const NEWS_TITLE = /(强调|指出|表示|出席|主持|召开|举行|会见|考察|调研|视察|发表重要讲话|发表讲话|并讲话|并致辞)(?!.*(讲话|发言|致辞)$)/;
const DATELINE = /^(新华社|中新社|本报讯|本报|人民网|新华网|央视网)[^。]{0,20}(电|讯)/;
// Texts that are not speeches whatever they mention: bulletins, notices, decisions, rules.
const NOT_SPEECH = /(统计公报|公报|通知|通告|公告|决定|条例|办法|规定|细则)$/;
const SPEECH = /(讲话|发言|致辞|讲稿|演讲|党课|主持词|报告会|辅导报告|总结讲话|动员讲话)|^在.{2,80}上/;

/**
 * The genre of a text from its title, subtitle, venue and first body line: an outline (提纲), a
 * government work report (政府工作报告, or a 工作报告 given to a people's congress), a party
 * congress or plenary report, a news story about a speech, a speech, or other (a bulletin or a
 * notice is never a speech). `opening` is the genre the opening sentences name, for texts with no header.
 */
export function genreOf(h: { title: string; subtitle: string | null; venue: string | null; firstLine: string; opening?: Genre | null }): Genre {
  const head = `${h.title} ${h.subtitle ?? ''}`;
  if (OUTLINE.test(h.title) || OUTLINE.test(h.subtitle ?? '')) return 'outline';
  // The genre word may stand in the title or only at the end of the subtitle (——在…代表大会上的报告).
  const report = REPORT.test(h.title) || REPORT.test(h.subtitle ?? '');
  if (WORK_REPORT.test(h.title) || (report && PEOPLES_CONGRESS.test(`${h.venue ?? ''}${head}`))) return 'work_report';
  if (report && PARTY_VENUE.test(`${h.venue ?? ''} ${head}`)) return 'party_report';
  if (DATELINE.test(h.firstLine.trim()) || (NEWS_TITLE.test(h.title) && !SPEECH.test(h.subtitle ?? ''))) return 'news';
  if (NOT_SPEECH.test(h.title)) return 'other';
  // Without a genre word in the header, the opening sentences may name the report (作政府工作报告).
  if (h.opening && !SPEECH.test(head)) return h.opening;
  if (SPEECH.test(head) || h.venue) return 'speech';
  return 'other';
}
