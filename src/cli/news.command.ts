import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { AnalysisResult, ArticleResult, NewsInput } from '../news/index.ts';

/** Reads the named files; an unreadable file becomes content that the pipeline reports as an error. */
async function readInputs(
  files: readonly string[],
): Promise<{ inputs: NewsInput[]; unreadable: { file: string; error: string }[] }> {
  const inputs: NewsInput[] = [];
  const unreadable: { file: string; error: string }[] = [];
  for (const file of files) {
    try {
      inputs.push({ file, content: await readFile(file) });
    } catch (error) {
      const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unknown';
      unreadable.push({ file, error: `Berkas tidak dapat dibaca / cannot read file (${reason})` });
    }
  }
  return { inputs, unreadable };
}

/** Formats the analysis as a short readable summary in Indonesian. */
function formatSummary(result: AnalysisResult): string {
  const lines: string[] = [];
  for (const article of result.articles) {
    if ('error' in article) {
      lines.push(`✗ ${article.file}: ${article.error}`);
      continue;
    }
    const a: ArticleResult = article;
    lines.push(`■ ${a.file}${a.title ? ` — ${a.title}` : ''}`);
    lines.push(
      `  terbit: ${a.published ?? '-'}  media: ${a.outlet ?? '-'}  tanggal kejadian: ${a.eventDate ?? '-'}`,
    );
    lines.push(`  jenis: ${a.types.map((t) => `${t.code} (${t.evidence.join(', ')})`).join('; ')}`);
    if (a.offices.length > 0) lines.push(`  kantor: ${a.offices.map((o) => o.name).join('; ')}`);
    for (const p of a.places) {
      lines.push(
        `  tempat: ${p.text} → ${p.code ?? '?'} ${p.name ?? ''} (${p.level ?? '-'})${p.notes.length ? ` [${p.notes.join('; ')}]` : ''}`,
      );
    }
    if (a.dates.length > 0)
      lines.push(
        `  tanggal: ${a.dates.map((d) => `${d.text} → ${d.date}${d.inferred ? '*' : ''}`).join('; ')}`,
      );
    if (a.persons.length > 0)
      lines.push(
        `  orang: ${a.persons.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join('; ')}`,
      );
    if (a.numbers.length > 0)
      lines.push(`  angka: ${a.numbers.map((n) => `${n.kind}=${n.value}`).join('; ')}`);
  }
  lines.push('');
  for (const event of result.events) {
    lines.push(
      `◆ ${event.id} ${event.date ?? '(tanggal tidak diketahui)'} ${event.types.join(', ')}`,
    );
    lines.push(`  berita: ${event.files.join(', ')}`);
    for (const conflict of event.conflicts) {
      lines.push(
        `  beda antar-media (${conflict.field}): ${conflict.values.map((v) => `${v.value} [${v.files.join(', ')}]`).join(' vs ')}`,
      );
    }
    if (event.related.length > 0) lines.push(`  terkait: ${event.related.join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}

/** `waspada news analyze <files...> [--json]`: cleans, extracts and groups news articles. */
export function registerNewsCommand(program: Command): void {
  const news = program.command('news').description('pemantauan berita TPPO / TPPO news monitoring');
  news
    .command('analyze')
    .description('analisis berita (HTML, teks, RSS/Atom) / analyse news files')
    .argument(
      '<files...>',
      'berkas .html/.htm, .txt, .xml/.rss/.atom / .html/.htm, .txt, .xml/.rss/.atom files',
    )
    .option('--json', 'cetak JSON {articles, events} / print JSON')
    .action(async (files: string[], options: { json?: boolean }) => {
      const [{ analyzeDocuments }, { loadRegions }] = await Promise.all([
        import('../news/index.ts'),
        import('../regions/index.ts'),
      ]);
      const { inputs, unreadable } = await readInputs(files);
      const regions = await loadRegions();
      const analysed = analyzeDocuments(inputs, { regions });
      // Keep the command-line order in the output, unreadable files included.
      const order = new Map(files.map((file, i) => [file, i]));
      const rank = (file: string): number => order.get(file.replace(/#\d+$/, '')) ?? files.length;
      const result: AnalysisResult = {
        articles: [...analysed.articles, ...unreadable].sort((a, b) => rank(a.file) - rank(b.file)),
        events: analysed.events,
      };
      process.stdout.write(
        options.json ? `${JSON.stringify(result, null, 2)}\n` : formatSummary(result),
      );
      const analysedCount = result.articles.filter((a) => !('error' in a)).length;
      process.exitCode = analysedCount > 0 ? 0 : 1;
    });
}
