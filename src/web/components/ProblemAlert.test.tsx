import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.ts';
import { I18nProvider } from '../i18n/i18n.tsx';
import { ProblemAlert } from './ProblemAlert.tsx';

function render(error: ApiError): string {
  return renderToStaticMarkup(
    <I18nProvider>
      <ProblemAlert error={error} />
    </I18nProvider>,
  );
}

const count = (text: string, part: string): number => text.split(part).length - 1;

describe('ProblemAlert', () => {
  it('says "check the marked fields" once when a local check already made it the title', () => {
    const local = new ApiError(400, {
      code: 'validation',
      detail: 'Periksa isian yang ditandai.',
      errors: [{ path: 'title', message: 'Tulis judul (sedikitnya 3 huruf).' }],
    });
    const html = render(local);
    expect(count(html, 'Periksa isian yang ditandai.')).toBe(1);
    expect(html).toContain('Tulis judul (sedikitnya 3 huruf).');
  });

  it('shows the server title, the request to check the fields, and every field message', () => {
    const server = new ApiError(400, {
      code: 'validation',
      title: 'Masukan tidak valid',
      detail: 'body.fullName: Wajib diisi.; body.username: Nama pengguna 3-40 karakter.',
      errors: [
        { path: 'body.fullName', message: 'Wajib diisi.' },
        { path: 'body.username', message: 'Nama pengguna 3-40 karakter.' },
      ],
    });
    const html = render(server);
    expect(html).toContain('Masukan tidak valid');
    expect(count(html, 'Periksa isian yang ditandai.')).toBe(1);
    expect(count(html, '<li>')).toBe(2);
  });
});
