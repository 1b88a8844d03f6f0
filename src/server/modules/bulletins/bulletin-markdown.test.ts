import { describe, expect, it } from 'vitest';
import { renderBulletinMarkdown } from './bulletin-markdown.ts';

describe('renderBulletinMarkdown', () => {
  it('escapes raw HTML such as a script tag', () => {
    const html = renderBulletinMarkdown('Awas <script>alert(1)</script> modus baru');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script');
  });

  it.each([
    ['[klik](javascript:alert(1))', false],
    ['[klik](data:text/html;base64,PHNjcmlwdD4=)', false],
    ['[klik](vbscript:msgbox)', false],
    ['[klik](//evil.example/x)', false],
    ['[klik](https://imigrasi.go.id/)', true],
    ['[klik](/bulletins)', true],
  ])('renders %s as a link only when it is http(s) or relative (%s)', (source, linked) => {
    const html = renderBulletinMarkdown(source);
    expect(html.includes('<a ')).toBe(linked);
  });

  it('keeps Markdown structure: headings, lists and emphasis', () => {
    const html = renderBulletinMarkdown('# Judul\n\n- satu\n- **dua**');
    expect(html).toContain('<h1>Judul</h1>');
    expect(html).toContain('<li><strong>dua</strong></li>');
  });

  it('opens outside links without giving them a handle on the app', () => {
    expect(renderBulletinMarkdown('[x](https://a.example)')).toContain('rel="noopener noreferrer"');
  });
});
