/** Plain-text and Markdown tables for benchmark output. */

/** A table cell: text, a number (formatted by the caller), or null for "not measured". */
export type Cell = string | number | null;

/** Formats a cell for display; null becomes an en dash. */
function show(cell: Cell): string {
  if (cell === null) return '–';
  return typeof cell === 'number' ? String(cell) : cell;
}

/** Renders rows as a Markdown table padded the way Prettier formats tables (readable in a terminal too). */
export function formatTable(
  headers: readonly string[],
  rows: readonly (readonly Cell[])[],
): string {
  const text = [headers.map(show), ...rows.map((r) => r.map(show))];
  const widths = headers.map((_, c) => Math.max(...text.map((r) => (r[c] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join(' | ')} |`;
  const [head, ...body] = text;
  return [
    line(head ?? []),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...body.map(line),
  ].join('\n');
}

/** Formats a share in [0,1] as a percentage with the given decimals, or null when not measured. */
export function formatPercent(value: number | null | undefined, decimals = 1): string | null {
  if (value === null || value === undefined || Number.isNaN(value)) return null;
  return `${(value * 100).toFixed(decimals)}%`;
}

/** Formats a number with fixed decimals, or null when not measured. */
export function formatNumber(value: number | null | undefined, decimals = 1): string | null {
  if (value === null || value === undefined || Number.isNaN(value)) return null;
  return value.toFixed(decimals);
}
