import { describe, expect, it } from 'vitest';
import { appPathOfLink, bulletinPath, knowledgePagePath, meetingPath } from './coord-paths.ts';

describe('appPathOfLink', () => {
  it.each([
    ['/meetings/3f1c', '/rapat?id=3f1c'],
    ['/bulletins/ab-12', '/buletin?id=ab-12'],
    ['/knowledge/ONLINE_SCAM', '/pengetahuan?jenis=ONLINE_SCAM'],
    ['/desa?laporan=1', '/desa?laporan=1'],
    ['/meetings/3f1c/minutes', '/meetings/3f1c/minutes'],
    ['/meetings/', '/meetings/'],
    ['/screenings/9a2b', '/pemeriksaan?id=9a2b'],
    ['/watchlist/77', '/daftar-pengawasan?entri=77'],
    ['/watchlist?status=proposed&office=k1', '/daftar-pengawasan?status=proposed&office=k1'],
    ['/alerts/5', '/peringatan?id=5'],
    ['/rule-packs/2026.2', '/aturan'],
    ['/audit?target=screening%3A1', '/audit'],
  ])('turns the server link %s into the app path %s', (link, path) => {
    expect(appPathOfLink(link)).toBe(path);
  });

  it('encodes ids that carry reserved characters', () => {
    expect(meetingPath('a&b')).toBe('/rapat?id=a%26b');
    expect(bulletinPath('x y')).toBe('/buletin?id=x%20y');
    expect(knowledgePagePath('A=B')).toBe('/pengetahuan?jenis=A%3DB');
  });
});
