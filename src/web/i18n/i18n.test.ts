import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { id, type MessageKey } from './id.ts';
import { formatMessage } from './i18n.tsx';

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}

describe('the message catalogues', () => {
  const keys = Object.keys(id) as MessageKey[];

  it('fill every key in both languages with text', () => {
    for (const key of keys) {
      expect(id[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
    }
    expect(Object.keys(en).sort()).toEqual([...keys].sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const key of keys) expect(placeholders(en[key]), key).toEqual(placeholders(id[key]));
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(formatMessage('{count} pengguna', { count: 3 })).toBe('3 pengguna');
    expect(formatMessage('Halo {name}', {})).toBe('Halo {name}');
  });

  it('picks the singular or plural word by number', () => {
    const template = '{count} {count|event|events}';
    expect(formatMessage(template, { count: 1 })).toBe('1 event');
    expect(formatMessage(template, { count: 0 })).toBe('0 events');
    expect(formatMessage(template, { count: 2 })).toBe('2 events');
    for (const key of [
      'news.total',
      'news.openLeads',
      'news.articles',
      'watchlist.total',
    ] as const) {
      expect(formatMessage(en[key], { count: 1 }), key).not.toMatch(/\b1 [a-z ]*s\b/);
    }
  });
});
