import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.ts';
import type { ApiForm } from '../../components/use-api-form.ts';
import { errorUnder, formatSize, linesOf, roleLabel, tppoLabel } from './coord-format.ts';

function formWith(paths: string[]): ApiForm {
  const error = new ApiError(400, {
    errors: paths.map((path) => ({ path, message: `bad ${path}` })),
  });
  return { error } as unknown as ApiForm;
}

describe('coordination formatting', () => {
  it.each([
    ['body.participantOfficeIds.0', 'participantOfficeIds', 'bad body.participantOfficeIds.0'],
    ['audience.officeIds[1]', 'audience.officeIds', 'bad audience.officeIds[1]'],
    ['audience', 'audience', 'bad audience'],
    ['audienceX', 'audience', undefined],
    ['body.title', 'titleX', undefined],
  ])('finds the message of %s under %s', (path, under, message) => {
    expect(errorUnder(formWith([path]), under)).toBe(message);
  });

  it('splits a text area into trimmed non-empty lines', () => {
    expect(linesOf(' BP3MI \n\n  Polda Lampung\n')).toEqual(['BP3MI', 'Polda Lampung']);
  });

  it('names TPPO types and roles in the chosen language and keeps unknown codes', () => {
    expect(tppoLabel('ONLINE_SCAM', 'id')).toBe('Dipaksa menjadi pelaku penipuan daring');
    expect(tppoLabel('ONLINE_SCAM', 'en')).toBe('Forced criminality in online-scam compounds');
    expect(tppoLabel('NOPE', 'en')).toBe('NOPE');
    expect(roleLabel('head', 'id')).toBe('Pimpinan');
    expect(roleLabel('ghost', 'id')).toBe('ghost');
  });

  it.each([
    [512, '512 B'],
    [2048, '2 KB'],
    [3 * 1024 * 1024, '3.0 MB'],
  ])('writes %d bytes as %s', (bytes, text) => {
    expect(formatSize(bytes)).toBe(text);
  });
});
