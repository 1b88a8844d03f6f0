/**
 * Name variants that turn a listed person's name into the name an applicant presents: old/new
 * spelling, titles, Muhammad spellings, token order, dropped/added tokens, joined/split tokens,
 * typos, apostrophes, bin/binti, Hokkien spellings. Each operation is written from how Indonesian
 * names are actually varied, never from what the engine folds.
 */
import { POOLS } from './name-stock.ts';
import { createWeightedPicker, type Rng } from './prng.ts';
import {
  DEGREE_SUFFIXES,
  hasOldSpelling,
  hasOldSpellingTarget,
  isMuhammadToken,
  MUHAMMAD_FAMILY,
  pickPrefixTitle,
  restoreCase,
  SPLITTABLE_PREFIXES,
  swapChineseSpelling,
  toModernSpelling,
  toOldSpelling,
} from './spelling.ts';
import type { Sex } from './types.ts';

/** A name being varied: its tokens plus decorations written around them. */
export interface NameDraft {
  tokens: string[];
  prefix: string | null;
  suffix: string | null;
  /** Written "Last, First ..." as on some forms. */
  lastFirst: boolean;
}

/** Facts a variant may need about the person and the query. */
export interface VariantContext {
  sex: Sex;
  /** The query will carry a full birth date, so a shorter name still identifies the person. */
  fullDate: boolean;
}

type VariantOp = (rng: Rng, draft: NameDraft, ctx: VariantContext) => boolean;

/** Indices of tokens that are real name parts (not bin/binti, not initials). */
function nameTokenIndices(draft: NameDraft, minLength = 1): number[] {
  const out: number[] = [];
  draft.tokens.forEach((t, i) => {
    if (!/^bint?i?$/i.test(t) && t.replace(/\W/g, '').length >= minLength) out.push(i);
  });
  return out;
}

const KEYBOARD_NEIGHBOURS: Readonly<Record<string, string>> = {
  a: 'sqz',
  b: 'vn',
  c: 'xv',
  d: 'sf',
  e: 'wr',
  f: 'dg',
  g: 'fh',
  h: 'gj',
  i: 'uo',
  j: 'hk',
  k: 'jl',
  l: 'k',
  m: 'n',
  n: 'bm',
  o: 'ip',
  p: 'o',
  q: 'w',
  r: 'et',
  s: 'ad',
  t: 'ry',
  u: 'yi',
  v: 'cb',
  w: 'qe',
  x: 'zc',
  y: 'tu',
  z: 'x',
};
const VOWEL_CONFUSIONS: Readonly<Record<string, string>> = {
  a: 'e',
  e: 'i',
  i: 'e',
  o: 'u',
  u: 'o',
};

/** Applies one random typing error (substitution, deletion, insertion, transposition) that changes the token. */
export function applyTypo(rng: Rng, token: string): string {
  // Swapping equal neighbours ("Hanna") or a substitution by the same letter would leave the token as it was.
  for (let attempt = 0; attempt < 8; attempt++) {
    const out = typoOnce(rng, token);
    if (out.toLowerCase() !== token.toLowerCase()) return out;
  }
  return `${token}${token.slice(-1)}`;
}

/** One typing error, which may happen to leave the token unchanged. */
function typoOnce(rng: Rng, token: string): string {
  const lower = token.toLowerCase();
  // The first letter is kept most of the time: people rarely mistype the start of a name.
  const pos = rng.chance(0.9) ? rng.range(1, lower.length - 1) : 0;
  const ch = lower[pos] ?? 'a';
  const kind = rng.int(5);
  let out: string;
  if (kind === 0) {
    const pool = KEYBOARD_NEIGHBOURS[ch] ?? 'a';
    out = lower.slice(0, pos) + rng.pick([...pool]) + lower.slice(pos + 1);
  } else if (kind === 1) {
    out =
      lower.slice(0, pos) + (VOWEL_CONFUSIONS[ch] ?? rng.pick([...'aiueo'])) + lower.slice(pos + 1);
  } else if (kind === 2 && lower.length > 4) {
    out = lower.slice(0, pos) + lower.slice(pos + 1);
  } else if (kind === 3) {
    out = lower.slice(0, pos) + ch + lower.slice(pos);
  } else {
    const p = Math.min(pos, lower.length - 2);
    out = lower.slice(0, p) + (lower[p + 1] ?? '') + (lower[p] ?? '') + lower.slice(p + 2);
  }
  return restoreCase(token, out);
}

const OPS: Readonly<Record<string, VariantOp>> = {
  old_spelling(rng, d) {
    const idx = d.tokens
      .map((t, i) =>
        hasOldSpellingTarget(t) && !hasOldSpelling(t) && !isMuhammadToken(t) ? i : -1,
      )
      .filter((i) => i >= 0);
    if (idx.length === 0) return false;
    let changed = false;
    for (const i of idx) {
      if (!changed || rng.chance(0.6)) {
        const before = d.tokens[i] ?? '';
        const after = toOldSpelling(before, rng, 0.8);
        if (after !== before) {
          d.tokens[i] = after;
          changed = true;
        }
      }
    }
    return changed;
  },
  new_spelling(_rng, d) {
    if (!d.tokens.some(hasOldSpelling)) return false;
    d.tokens = d.tokens.map((t) => (hasOldSpelling(t) ? toModernSpelling(t) : t));
    return true;
  },
  title(rng, d, ctx) {
    if (d.prefix || d.suffix) return false;
    const roll = rng.next();
    if (roll < 0.6 || roll >= 0.85) d.prefix = pickPrefixTitle(rng, ctx.sex);
    if (roll >= 0.6) d.suffix = rng.pick(DEGREE_SUFFIXES);
    return true;
  },
  muhammad(rng, d) {
    const i = d.tokens.findIndex(isMuhammadToken);
    if (i < 0) return false;
    const current = (d.tokens[i] ?? '').toLowerCase();
    d.tokens[i] = rng.pick(MUHAMMAD_FAMILY.filter((m) => m.toLowerCase() !== current));
    return true;
  },
  reorder(rng, d) {
    if (d.tokens.length < 2 || d.tokens.some((t) => /^bint?i$/i.test(t))) return false;
    const roll = rng.next();
    if (roll < 0.35) d.lastFirst = true;
    else if (roll < 0.7) d.tokens = [...d.tokens.slice(-1), ...d.tokens.slice(0, -1)];
    else {
      const a = rng.int(d.tokens.length);
      const b = (a + 1 + rng.int(d.tokens.length - 1)) % d.tokens.length;
      const t = d.tokens[a] as string;
      d.tokens[a] = d.tokens[b] as string;
      d.tokens[b] = t;
    }
    return true;
  },
  drop_token(rng, d, ctx) {
    const idx = nameTokenIndices(d);
    // A dropped token must leave a name a reviewer could still tie to the person.
    if (idx.length < 3 && !(idx.length === 2 && ctx.fullDate)) return false;
    const i = rng.pick(idx);
    const next = d.tokens[i + 1];
    if (i > 0 && /^bint?i$/i.test(d.tokens[i - 1] ?? '')) d.tokens.splice(i - 1, 2);
    else if (next && /^bint?i$/i.test(next)) return false;
    else d.tokens.splice(i, 1);
    return true;
  },
  add_token(rng, d, ctx) {
    const pool =
      ctx.sex === 'L'
        ? rng.pick([POOLS.arabicMale, POOLS.javaneseMale, POOLS.muhammad])
        : rng.pick([POOLS.arabicFemale, POOLS.javaneseFemale]);
    const token = pool.draw(rng);
    if (d.tokens.some((t) => t.toLowerCase() === token.toLowerCase())) return false;
    if (rng.chance(0.6)) d.tokens.unshift(token);
    else d.tokens.push(token);
    return true;
  },
  join(rng, d) {
    const pairs: number[] = [];
    for (let i = 0; i + 1 < d.tokens.length; i++) {
      const a = d.tokens[i] ?? '';
      if (
        SPLITTABLE_PREFIXES.some((p) => p.toLowerCase() === a.toLowerCase()) &&
        /^[a-z]/i.test(d.tokens[i + 1] ?? '')
      )
        pairs.push(i);
    }
    if (pairs.length === 0) return false;
    const i = rng.pick(pairs);
    d.tokens.splice(i, 2, `${d.tokens[i] ?? ''}${(d.tokens[i + 1] ?? '').toLowerCase()}`);
    return true;
  },
  split(rng, d) {
    const options: [number, string][] = [];
    d.tokens.forEach((t, i) => {
      for (const p of SPLITTABLE_PREFIXES) {
        if (t.length >= p.length + 3 && t.toLowerCase().startsWith(p.toLowerCase()))
          options.push([i, p]);
      }
    });
    if (options.length === 0) return false;
    const [i, p] = rng.pick(options);
    const t = d.tokens[i] ?? '';
    const rest = t.slice(p.length);
    d.tokens.splice(i, 1, t.slice(0, p.length), rest.charAt(0).toUpperCase() + rest.slice(1));
    return true;
  },
  typo(rng, d) {
    const idx = nameTokenIndices(d, 4);
    if (idx.length === 0) return false;
    const edits = rng.chance(0.7) ? 1 : 2;
    for (let e = 0; e < edits; e++) {
      const i = rng.pick(idx);
      d.tokens[i] = applyTypo(rng, d.tokens[i] ?? '');
    }
    return true;
  },
  apostrophe(rng, d) {
    const i = d.tokens.findIndex((t) => /['`’]/.test(t));
    if (i < 0) return false;
    d.tokens[i] = (d.tokens[i] ?? '').replace(/['`’]/, rng.pick(['', '`', '’', ' ']));
    if ((d.tokens[i] ?? '').includes(' ')) d.tokens.splice(i, 1, ...(d.tokens[i] ?? '').split(' '));
    return true;
  },
  patronymic(rng, d, ctx) {
    const b = d.tokens.findIndex((t) => /^bint?i?$/i.test(t));
    if (b > 0) {
      d.tokens.splice(b);
      return d.tokens.length >= 2 || ctx.fullDate;
    }
    const father = rng.chance(0.6) ? POOLS.arabicMale.draw(rng) : POOLS.javaneseMale.draw(rng);
    d.tokens.push(ctx.sex === 'P' ? 'binti' : 'bin', father);
    return true;
  },
  chinese(rng, d) {
    const idx = d.tokens
      .map((t, i) => (swapChineseSpelling(t, rng) ? i : -1))
      .filter((i) => i >= 0);
    if (idx.length === 0) return false;
    for (const i of idx) {
      if (i === idx[0] || rng.chance(0.5))
        d.tokens[i] = swapChineseSpelling(d.tokens[i] ?? '', rng) ?? (d.tokens[i] as string);
    }
    return true;
  },
  exact() {
    return true;
  },
};

/** Names of the name operations with their weights when picking the main variant of a positive query. */
const OP_WEIGHTS: readonly (readonly [string, number])[] = [
  ['old_spelling', 12],
  ['new_spelling', 14],
  ['title', 10],
  ['muhammad', 12],
  ['reorder', 8],
  ['drop_token', 7],
  ['add_token', 6],
  ['join', 8],
  ['split', 8],
  ['typo', 14],
  ['apostrophe', 10],
  ['patronymic', 6],
  ['chinese', 30],
  ['exact', 4],
];

/** Applies 1-3 applicable name operations to a draft and returns their names. */
export function varyName(rng: Rng, draft: NameDraft, ctx: VariantContext): string[] {
  const applied: string[] = [];
  const wanted = rng.chance(0.3) ? (rng.chance(0.3) ? 3 : 2) : 1;
  for (let attempt = 0; attempt < 12 && applied.length < wanted; attempt++) {
    const candidates = OP_WEIGHTS.filter(
      ([name]) => !applied.includes(name) && (applied.length === 0 || name !== 'exact'),
    );
    const picker = createWeightedPicker(
      candidates.map(([n]) => n),
      candidates.map(([, w]) => w),
    );
    const name = picker.draw(rng);
    const op = OPS[name];
    // Operations are tried on a copy so an inapplicable one leaves the draft untouched.
    const copy: NameDraft = { ...draft, tokens: [...draft.tokens] };
    if (op && op(rng, copy, ctx)) {
      Object.assign(draft, copy);
      applied.push(name);
      if (name === 'exact') break;
    }
  }
  if (applied.length === 0) applied.push('exact');
  return applied;
}

/** Heavy garbling for NIK-only queries: a typo in every long token and one token dropped when possible. */
export function garbleName(rng: Rng, draft: NameDraft): void {
  draft.tokens = draft.tokens.map((t) => (t.length >= 4 ? applyTypo(rng, applyTypo(rng, t)) : t));
  if (draft.tokens.length >= 3) draft.tokens.splice(rng.int(draft.tokens.length), 1);
}

/** Renders a draft as the name string an officer would type. */
export function renderDraft(draft: NameDraft): string {
  const tokens = draft.tokens.filter((t) => t.length > 0);
  let body = tokens.join(' ');
  if (draft.lastFirst && tokens.length >= 2)
    body = `${tokens[tokens.length - 1] ?? ''}, ${tokens.slice(0, -1).join(' ')}`;
  if (draft.prefix) body = `${draft.prefix} ${body}`;
  if (draft.suffix) body = `${body}, ${draft.suffix}`;
  return body;
}
