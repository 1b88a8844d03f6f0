import { describe, expect, it } from 'vitest';
import { WATCHLIST_HEADER, parseWatchlistRows } from '../src/engine/batch/watchlist-csv.ts';
import { IMPORT_COLUMNS, IMPORT_TEMPLATE_CSV } from '../src/web/pages/watchlist/import-template.ts';

// The web cannot import the engine, so the template the import dialog offers is checked here.
describe('the watchlist import template of the web app', () => {
  it('has the engine header and rows the engine reads without a problem', () => {
    expect([...IMPORT_COLUMNS]).toEqual([...WATCHLIST_HEADER]);
    const parsed = parseWatchlistRows(IMPORT_TEMPLATE_CSV);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows.map((r) => r.entry.kind)).toEqual(['person', 'phone']);
  });
});
