/**
 * Indonesian wording of the notes the region resolver attaches to a candidate (it writes them in
 * English), so `waspada regions find` prints one language under its Indonesian header. A note of
 * an unknown shape is printed as it came.
 */
const NOTE_PATTERNS: readonly [RegExp, (...parts: string[]) => string][] = [
  [/^"(.+)" is spelled "(.+)" officially$/, (a, b) => `"${a}" ditulis resmi "${b}"`],
  [/^"(.+)" is the old spelling of "(.+)"$/, (a, b) => `"${a}" ejaan lama dari "${b}"`],
  [/^"(.+)" stands for (.+)$/, (a, b) => `"${a}" singkatan dari ${b}`],
  [
    /^"(.+)" is only part of the official name "(.+)"$/,
    (a, b) => `"${a}" hanya sebagian dari nama resmi "${b}"`,
  ],
  [/^"(.+)" is officially a (\w+), not a (\w+)$/, (a, b, c) => `"${a}" resminya ${b}, bukan ${c}`],
  [/^"(.+)" was not found; ignored$/, (a) => `"${a}" tidak ditemukan; diabaikan`],
  [
    /^"(.+)" is a (\w+) \(([\d.]+)\), not a (\w+); read as (.+), which contains the place$/,
    (a, b, c, d, e) =>
      `"${a}" adalah ${b} (${c}), bukan ${d}; dibaca sebagai ${e} yang memuat tempat itu`,
  ],
  [
    /^"(.+)" is a (\w+) \(([\d.]+)\), not a (\w+); parent ignored$/,
    (a, b, c, d) => `"${a}" adalah ${b} (${c}), bukan ${d}; induk diabaikan`,
  ],
];

/** One resolver note in Indonesian. */
export function regionNoteId(note: string): string {
  for (const [pattern, render] of NOTE_PATTERNS) {
    const match = pattern.exec(note);
    if (match) return render(...match.slice(1).map((part) => part ?? ''));
  }
  return note;
}
