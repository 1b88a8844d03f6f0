import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeSchemaIssue, valueAtPath, type BilingualMessage } from './validation-messages.ts';

/** Parses `input` with `schema` and describes its first issue, as the HTTP layer would. */
function firstMessage(schema: z.ZodType, input: unknown): BilingualMessage {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected the input to be refused');
  const [issue] = result.error.issues;
  if (!issue) throw new Error('no issue');
  const { code, message, path, ...params } = issue;
  return describeSchemaIssue({ code, message, params }, valueAtPath(input, path));
}

const field = (schema: z.ZodType) => z.object({ field: schema });

describe('describeSchemaIssue', () => {
  it('says a missing, null or blank field is required, in both languages', () => {
    const name = field(z.string().trim().min(1).max(100));
    for (const input of [{}, { field: null }, { field: '' }, { field: '   ' }]) {
      expect(firstMessage(name, input)).toEqual({ id: 'Wajib diisi.', en: 'Required.' });
    }
  });

  it('says an empty field with a longer minimum is required and names the minimum', () => {
    expect(firstMessage(field(z.string().trim().min(10)), { field: '' })).toEqual({
      id: 'Wajib diisi, minimal 10 karakter.',
      en: 'Required, at least 10 characters.',
    });
  });

  it('names the minimum of text that is too short', () => {
    expect(firstMessage(field(z.string().trim().min(10)), { field: 'pendek' })).toEqual({
      id: 'Minimal 10 karakter.',
      en: 'At least 10 characters.',
    });
  });

  it('names the maximum of text that is too long and of a list with too many items', () => {
    expect(firstMessage(field(z.string().max(5)), { field: 'terlalu panjang' })).toEqual({
      id: 'Maksimal 5 karakter.',
      en: 'At most 5 characters.',
    });
    expect(firstMessage(field(z.array(z.string()).max(2)), { field: ['a', 'b', 'c'] })).toEqual({
      id: 'Paling banyak 2.',
      en: 'At most 2 items.',
    });
  });

  it('says an empty list needs at least one item', () => {
    expect(firstMessage(field(z.array(z.string()).min(1)), { field: [] })).toEqual({
      id: 'Wajib diisi, sedikitnya satu.',
      en: 'Required, at least one.',
    });
  });

  it('lists the allowed values when the value is not one of them', () => {
    expect(firstMessage(field(z.enum(['biasa', 'segera'])), { field: 'kilat' })).toEqual({
      id: 'Pilih salah satu: biasa, segera.',
      en: 'Must be one of: biasa, segera.',
    });
    expect(firstMessage(field(z.enum(['biasa', 'segera'])), {})).toEqual({
      id: 'Wajib dipilih. Pilih salah satu: biasa, segera.',
      en: 'Required. Must be one of: biasa, segera.',
    });
  });

  it('names the expected format', () => {
    expect(firstMessage(field(z.iso.date()), { field: '2026-13-01' })).toEqual({
      id: 'Tanggal harus berformat YYYY-MM-DD.',
      en: 'The date must be YYYY-MM-DD.',
    });
    expect(firstMessage(field(z.email()), { field: 'bukan-email' }).id).toBe(
      'Alamat email tidak valid.',
    );
    expect(firstMessage(field(z.uuid()), { field: 'x' }).en).toBe('Not a valid identifier (UUID).');
    expect(firstMessage(field(z.string().regex(/^\d+$/)), { field: 'abc' })).toEqual({
      id: 'Formatnya tidak sesuai.',
      en: 'The format is not valid.',
    });
  });

  it('names the range of a number out of range, and a number of the wrong kind', () => {
    const count = field(z.number().int().min(1).max(10));
    expect(firstMessage(count, { field: 0 })).toEqual({
      id: 'Minimal 1.',
      en: 'Must be at least 1.',
    });
    expect(firstMessage(count, { field: 11 })).toEqual({
      id: 'Maksimal 10.',
      en: 'Must be at most 10.',
    });
    expect(firstMessage(count, { field: 2.5 })).toEqual({
      id: 'Harus berupa bilangan bulat.',
      en: 'Must be a whole number.',
    });
    expect(firstMessage(field(z.number().gt(0)), { field: 0 }).en).toBe('Must be more than 0.');
    expect(firstMessage(count, { field: 'tiga' }).id).toBe('Harus berupa angka.');
  });

  it('names unknown fields and keeps a rule’s own message in each language', () => {
    expect(firstMessage(z.object({}).strict(), { extra: 1 })).toEqual({
      id: 'Kolom tidak dikenal: extra.',
      en: 'Unknown field: extra.',
    });
    const rule = field(
      z.string().refine((v) => v === 'L' || v === 'P', {
        message: 'Jenis kelamin harus L atau P',
        params: { en: 'Sex must be L or P' },
      }),
    );
    expect(firstMessage(rule, { field: 'X' })).toEqual({
      id: 'Jenis kelamin harus L atau P',
      en: 'Sex must be L or P',
    });
  });

  it('never passes on the schema library’s own wording', () => {
    const schema = z.object({
      a: z.string().trim().min(2),
      b: z.enum(['x', 'y']),
      c: z.number().max(3),
      d: z.iso.date(),
    });
    const result = schema.safeParse({ a: 'x', b: 'z', c: 9, d: 'kemarin' });
    expect(result.success).toBe(false);
    for (const { code, message, path, ...params } of result.error?.issues ?? []) {
      const text = describeSchemaIssue({ code, message, params }, valueAtPath({}, path));
      expect(text.en).not.toMatch(/expected|Too (small|big)|Invalid/);
      expect(text.id).not.toMatch(/diharapkan|Terlalu/);
    }
  });
});
