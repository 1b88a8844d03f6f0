/**
 * The text a PDF shows when it was written without compression (pdfkit with `compress: false`
 * writes each line as a TJ array of hex strings): one line per TJ array.
 */
export function pdfText(pdf: Buffer): string {
  const lines: string[] = [];
  for (const match of pdf.toString('latin1').matchAll(/\[([^\]]*)\]\s*TJ/g)) {
    const parts = [...(match[1] ?? '').matchAll(/<([0-9a-f]*)>/gi)].map((m) =>
      Buffer.from(m[1] ?? '', 'hex').toString('latin1'),
    );
    lines.push(parts.join(''));
  }
  return lines.join('\n');
}
