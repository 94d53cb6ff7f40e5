import { once } from 'node:events';
import type { Command } from 'commander';
import type { ExtractedSpeech } from '../app/pipeline/speechFiles.js';
import { CliError } from './CliError.js';
import type { CliContext } from './context.js';

/** The JSON view of a speech: everything but the full text, which the offsets point into. */
export function speechJson(speech: ExtractedSpeech): Omit<ExtractedSpeech, 'text'> {
  const { text: _text, ...rest } = speech;
  return rest;
}

function summary(s: ExtractedSpeech): string[] {
  const out = [
    `title:     ${s.title || '(none)'}`,
    `venue:     ${s.venue ?? '-'}`,
    `level:     ${s.level ?? '-'}    place: ${s.place ? `${s.place.name} (${s.place.code})` : '-'}    date: ${s.date ?? '-'}    sha256: ${s.sha256.slice(0, 12)}`,
    `body:      ${s.body.start}..${s.body.end} (${s.sentences.length} sentences)`,
    `sections (${s.sections.length}):`,
  ];
  for (const x of s.sections) out.push(`  ${'  '.repeat(x.level - 1)}${x.marker}${x.heading}${x.inline ? '  [inline]' : ''}`);
  out.push(`slogans (${s.slogans.length}):`);
  for (const x of [...s.slogans].sort((a, b) => b.count - a.count)) {
    out.push(`  ${x.kind === 'NUMBERED' ? 'N' : 'C'} ${x.name} ×${x.count}${x.variants.length ? `  (${x.variants.join(' / ')})` : ''}`);
  }
  out.push(`meetings (${s.meetings.length}):`);
  for (const m of s.meetings) out.push(`  ${m.name} ×${m.count}  [${m.level ?? '?'}${m.anonymized ? ', anonymised' : ''}] ${m.key}`);
  out.push(`documents: ${s.documents.map((d) => `《${d.title}》${d.kind === 'newspaper' ? '(newspaper)' : ''}`).join(' ') || '-'}`);
  out.push(`persons:   ${s.persons.map((p) => `${p.name}×${p.count}`).join(' ') || '-'}`);
  out.push(`terms:     ${s.terms.slice(0, 20).map((t) => t.term).join(' ') || '-'}`);
  const notable = s.diagnostics.filter((d) => d.severity !== 'info');
  const infos = s.diagnostics.length - notable.length;
  out.push(`diagnostics: ${notable.length} warnings/errors, ${infos} info (boilerplate lines dropped etc.)`);
  for (const d of notable) out.push(`  ${d.severity} ${d.code}: ${d.message}`);
  return out;
}

/** Writes one line to stdout, waiting when the reader is slower (a pipe or a file of many GB). */
async function writeLine(line: string): Promise<void> {
  if (!process.stdout.write(`${line}\n`)) await once(process.stdout, 'drain');
}

/** Registers `tifa extract <file> [--json]` and `tifa extract --jsonl <files or folders…>`. */
export function registerExtractCommand(program: Command, ctx: CliContext): void {
  program
    .command('extract')
    .description('extract title, sections, slogans, meetings, documents, persons and terms from one speech file (or, with --jsonl, from many, for `tifa ingest --from-jsonl`)')
    .argument('<paths...>', 'a .txt/.md (UTF-8 or GBK) or .html speech; with --jsonl, files or folders')
    .option('--json', 'print one JSON object instead of a summary')
    .option('--jsonl', 'print one line of JSON per speech (text included), extracted on worker threads')
    .option('--workers <n>', 'with --jsonl: extraction worker threads (default: one per core)')
    .action(async (paths: string[], opts: { json?: boolean; jsonl?: boolean; workers?: string }) => {
      if (opts.jsonl) {
        const workers = opts.workers === undefined ? undefined : Number(opts.workers);
        if (workers !== undefined && (!Number.isInteger(workers) || workers < 0 || workers > 64)) throw new CliError(`--workers must be a whole number from 0 to 64, got "${opts.workers}"`);
        const { extractToJsonl } = await import('../app/extractToJsonl.js');
        const result = await extractToJsonl(paths, writeLine, { maxFileBytes: ctx.config().extract.maxFileBytes, ...(workers === undefined ? {} : { workers }) });
        for (const f of result.failures) ctx.err(`failed  ${f.file}: ${f.reason}`);
        ctx.err(`extracted ${result.written} speeches in ${result.seconds.toFixed(1)} s; ${result.failures.length} failed`);
        if (result.failures.length > 0) process.exitCode = 1;
        return;
      }
      if (paths.length !== 1) throw new CliError(`extract takes one file (use --jsonl for several files or folders), got ${paths.length}`);
      const [file] = paths as [string];
      const { extractSpeechFile } = await import('../app/pipeline/speechFiles.js');
      const speech = await extractSpeechFile(file, ctx.config().extract.maxFileBytes);
      if (opts.json) ctx.out(JSON.stringify(speechJson(speech), null, 2));
      else for (const line of summary(speech)) ctx.out(line);
    });
}
