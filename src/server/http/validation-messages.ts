/**
 * Plain-language messages for schema issues, in Bahasa Indonesia and English. The problem
 * document names the field by its path; the message says what is wrong with it, in words a
 * user understands ("Wajib diisi.", "Minimal 10 karakter.") instead of the schema library's.
 */

/** One schema issue as the HTTP layer receives it: its code and the issue's other properties. */
export interface SchemaIssue {
  code: string;
  message?: string;
  params: Record<string, unknown>;
}

/** A message in both languages. */
export interface BilingualMessage {
  id: string;
  en: string;
}

const both = (id: string, en: string): BilingualMessage => ({ id, en });

/** True when a value counts as not given: absent, null, or blank text. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && !value.trim());
}

function num(value: unknown): string {
  return typeof value === 'number' || typeof value === 'bigint' ? String(value) : '?';
}

/** The smallest (or largest) count the bound allows, for "at least n" wording. */
function bound(value: unknown, inclusive: unknown, step: 1 | -1): string {
  if (typeof value === 'number' && Number.isInteger(value) && inclusive === false) {
    return String(value + step);
  }
  return num(value);
}

function formatDate(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : num(value);
}

function tooSmall(p: Record<string, unknown>, blank: boolean): BilingualMessage {
  const n = bound(p.minimum, p.inclusive, 1);
  switch (p.origin) {
    case 'string':
      if (blank) {
        return n === '1'
          ? both('Wajib diisi.', 'Required.')
          : both(`Wajib diisi, minimal ${n} karakter.`, `Required, at least ${n} characters.`);
      }
      return both(`Minimal ${n} karakter.`, `At least ${n} characters.`);
    case 'array':
    case 'set':
      return n === '1'
        ? both('Wajib diisi, sedikitnya satu.', 'Required, at least one.')
        : both(`Isi sedikitnya ${n}.`, `Give at least ${n}.`);
    case 'date':
      return both(
        `Tidak boleh sebelum ${formatDate(p.minimum)}.`,
        `Must not be before ${formatDate(p.minimum)}.`,
      );
    default:
      return p.inclusive === false
        ? both(`Harus lebih dari ${num(p.minimum)}.`, `Must be more than ${num(p.minimum)}.`)
        : both(`Minimal ${num(p.minimum)}.`, `Must be at least ${num(p.minimum)}.`);
  }
}

function tooBig(p: Record<string, unknown>): BilingualMessage {
  const n = bound(p.maximum, p.inclusive, -1);
  switch (p.origin) {
    case 'string':
      return both(`Maksimal ${n} karakter.`, `At most ${n} characters.`);
    case 'array':
    case 'set':
      return both(`Paling banyak ${n}.`, `At most ${n} items.`);
    case 'date':
      return both(
        `Tidak boleh setelah ${formatDate(p.maximum)}.`,
        `Must not be after ${formatDate(p.maximum)}.`,
      );
    default:
      return p.inclusive === false
        ? both(`Harus kurang dari ${num(p.maximum)}.`, `Must be less than ${num(p.maximum)}.`)
        : both(`Maksimal ${num(p.maximum)}.`, `Must be at most ${num(p.maximum)}.`);
  }
}

const FORMATS: Record<string, BilingualMessage> = {
  email: both('Alamat email tidak valid.', 'Not a valid email address.'),
  uuid: both('Pengenal (UUID) tidak valid.', 'Not a valid identifier (UUID).'),
  guid: both('Pengenal (UUID) tidak valid.', 'Not a valid identifier (UUID).'),
  date: both('Tanggal harus berformat YYYY-MM-DD.', 'The date must be YYYY-MM-DD.'),
  datetime: both(
    'Waktu harus berformat ISO 8601 (YYYY-MM-DDTHH:MM:SSZ).',
    'The time must be ISO 8601 (YYYY-MM-DDTHH:MM:SSZ).',
  ),
  time: both('Jam harus berformat HH:MM.', 'The time must be HH:MM.'),
  url: both('Alamat URL tidak valid.', 'Not a valid URL.'),
  ipv4: both('Alamat IPv4 tidak valid.', 'Not a valid IPv4 address.'),
  ipv6: both('Alamat IPv6 tidak valid.', 'Not a valid IPv6 address.'),
};

function invalidFormat(p: Record<string, unknown>): BilingualMessage {
  const format = typeof p.format === 'string' ? p.format : '';
  if (format === 'starts_with') {
    return both(`Harus diawali "${String(p.prefix)}".`, `Must start with "${String(p.prefix)}".`);
  }
  if (format === 'ends_with') {
    return both(`Harus diakhiri "${String(p.suffix)}".`, `Must end with "${String(p.suffix)}".`);
  }
  if (format === 'includes') {
    return both(`Harus memuat "${String(p.includes)}".`, `Must contain "${String(p.includes)}".`);
  }
  return FORMATS[format] ?? both('Formatnya tidak sesuai.', 'The format is not valid.');
}

const TYPES: Record<string, BilingualMessage> = {
  string: both('Harus berupa teks.', 'Must be text.'),
  number: both('Harus berupa angka.', 'Must be a number.'),
  int: both('Harus berupa bilangan bulat.', 'Must be a whole number.'),
  bigint: both('Harus berupa bilangan bulat.', 'Must be a whole number.'),
  boolean: both('Harus ya atau tidak (true/false).', 'Must be yes or no (true/false).'),
  array: both('Harus berupa daftar.', 'Must be a list.'),
  object: both('Harus berupa objek.', 'Must be an object.'),
  date: both('Harus berupa tanggal.', 'Must be a date.'),
};

function invalidValue(p: Record<string, unknown>): BilingualMessage {
  const values = Array.isArray(p.values) ? p.values.map((v) => String(v)) : [];
  if (values.length === 1) {
    return both(`Harus bernilai ${values[0]}.`, `Must be ${values[0]}.`);
  }
  const list = values.join(', ');
  return both(`Pilih salah satu: ${list}.`, `Must be one of: ${list}.`);
}

/**
 * The message for one schema issue. `value` is the input at the issue's path, so that a field
 * left empty reads "Wajib diisi" whatever rule it broke first.
 */
export function describeSchemaIssue(issue: SchemaIssue, value: unknown): BilingualMessage {
  const p = issue.params;
  const blank = isBlank(value);
  switch (issue.code) {
    case 'custom': {
      const custom = p.params as { en?: string } | undefined;
      const id = issue.message ?? '';
      return both(id, custom?.en ?? id);
    }
    case 'invalid_type':
      if (blank) return both('Wajib diisi.', 'Required.');
      return (
        TYPES[String(p.expected)] ??
        both(`Jenis isian salah (${String(p.expected)}).`, `Wrong type (${String(p.expected)}).`)
      );
    case 'too_small':
      return tooSmall(p, blank);
    case 'too_big':
      return tooBig(p);
    case 'invalid_value':
      return blank && p.values !== undefined
        ? both(`Wajib dipilih. ${invalidValue(p).id}`, `Required. ${invalidValue(p).en}`)
        : invalidValue(p);
    case 'invalid_format':
      return blank ? both('Wajib diisi.', 'Required.') : invalidFormat(p);
    case 'not_multiple_of':
      return both(`Harus kelipatan ${num(p.divisor)}.`, `Must be a multiple of ${num(p.divisor)}.`);
    case 'unrecognized_keys': {
      const keys = Array.isArray(p.keys) ? p.keys.join(', ') : '';
      return both(`Kolom tidak dikenal: ${keys}.`, `Unknown field: ${keys}.`);
    }
    default:
      if (blank) return both('Wajib diisi.', 'Required.');
      return both('Isian tidak valid.', 'Invalid value.');
  }
}

/** The input at a schema path (`['names', 1]`), or undefined where the path leads nowhere. */
export function valueAtPath(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
