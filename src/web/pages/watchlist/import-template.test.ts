import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en.ts';
import { id } from '../../i18n/id.ts';
import { IMPORT_COLUMNS, IMPORT_TEMPLATE_CSV, IMPORT_TEMPLATE_HREF } from './import-template.ts';

describe('the import help', () => {
  it('explains every column in both languages, the id column first and required', () => {
    for (const column of IMPORT_COLUMNS) {
      expect(id).toHaveProperty(`importColumn.${column}`);
      expect(en).toHaveProperty(`importColumn.${column}`);
    }
    expect(id['importColumn.id']).toMatch(/^Wajib\. Pengenal baris/);
  });

  it('offers the template as a downloadable CSV', () => {
    expect(decodeURIComponent(IMPORT_TEMPLATE_HREF.split(',').slice(1).join(','))).toBe(
      `${IMPORT_TEMPLATE_CSV}\n`,
    );
  });
});
