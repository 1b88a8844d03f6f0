import { describe, expect, it } from 'vitest';
import { cleanDocument } from './article.clean.ts';
import { readDocument } from './document.read.ts';

const BODY =
  'Kantor Imigrasi menunda penerbitan paspor tiga warga yang diduga akan bekerja di luar negeri secara tidak resmi. Petugas juga memberikan penyuluhan kepada keluarga pemohon.';

describe('readDocument', () => {
  it('reads header lines of plain text', () => {
    const [article] = readDocument({
      file: 'a.txt',
      content: `URL: https://regional.kompas.com/x\nTITLE: Judul Berita\nPUBLISHED: 2024-05-21T09:00:00+07:00\n\n${BODY}`,
    }) as { url: string; title: string; published: string; body: string }[];
    expect(article).toMatchObject({
      url: 'https://regional.kompas.com/x',
      title: 'Judul Berita',
      published: '2024-05-21',
    });
    expect(article?.body.trim()).toBe(BODY);
  });

  it('yields one article per RSS item, named file#N from 1', () => {
    const rss = `<?xml version="1.0"?><rss><channel><title>Kabar</title>
      <item><title>A</title><link>https://a.example/1</link><pubDate>Tue, 21 May 2024 10:00:00 +0700</pubDate><description><![CDATA[<p>${BODY}</p>]]></description></item>
      <item><title>B</title><link>https://a.example/2</link><description>${BODY}</description></item></channel></rss>`;
    const items = readDocument({ file: 'feed.xml', content: rss });
    expect(Array.isArray(items) && items.map((i) => [i.file, i.title, i.published])).toEqual([
      ['feed.xml#1', 'A', '2024-05-21'],
      ['feed.xml#2', 'B', null],
    ]);
  });

  it('reads Atom entries with their alternate link', () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><title>E</title><link rel="alternate" href="https://c.example/1"/><published>2024-05-22T01:00:00Z</published><summary>${BODY}</summary></entry></feed>`;
    const items = readDocument({ file: 'x.atom', content: atom });
    expect(Array.isArray(items) && items[0]).toMatchObject({
      file: 'x.atom#1',
      url: 'https://c.example/1',
      published: '2024-05-22',
    });
  });

  it('takes the article out of an HTML page and drops in-body boilerplate', () => {
    const html = `<html><head><title>Imigrasi Tunda Paspor - Kabar Daerah</title><meta property="article:published_time" content="2024-05-21T08:00:00+07:00"><meta property="og:url" content="https://www.detik.com/x"></head>
      <body><nav><a href="/">Beranda</a> <a href="/x">Nasional</a></nav><article><h1>Imigrasi Tunda Paspor</h1><p>${BODY}</p><p>BACA JUGA: Polisi Tangkap Perekrut di Batam</p><p>${BODY} Tambahan.</p><p>ADVERTISEMENT</p></article><footer>Hak cipta</footer></body></html>`;
    const [article] = cleanDocument({ file: 'p.html', content: html });
    expect(article).toMatchObject({
      title: 'Imigrasi Tunda Paspor',
      outlet: 'detikcom',
      published: '2024-05-21',
    });
    expect(article && 'text' in article && article.text.split('\n')).toEqual([
      BODY,
      `${BODY} Tambahan.`,
    ]);
  });

  it.each([
    ['empty', '', /kosong/],
    ['binary', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]), /biner/],
    [
      'English',
      'The weather in London was fine and nothing else happened there today at all.',
      /bukan teks berbahasa Indonesia/i,
    ],
  ])('reports %s input as an error entry', (_name, content, message) => {
    const [entry] = cleanDocument({ file: 'x.txt', content });
    expect(entry && 'error' in entry && entry.error).toMatch(message);
  });
});
