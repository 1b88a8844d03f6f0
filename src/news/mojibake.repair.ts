/**
 * Repair of UTF-8 text that was decoded as Windows-1252 / Latin-1 (once or twice), the
 * commonest corruption in scraped Indonesian news ("â€œ" for a quote, "Â" before a space).
 */

/** Windows-1252 code points in 0x80-0x9F that differ from Latin-1, mapped back to their byte. */
const CP1252_REVERSE = new Map<number, number>([
  [0x20ac, 0x80],
  [0x201a, 0x82],
  [0x0192, 0x83],
  [0x201e, 0x84],
  [0x2026, 0x85],
  [0x2020, 0x86],
  [0x2021, 0x87],
  [0x02c6, 0x88],
  [0x2030, 0x89],
  [0x0160, 0x8a],
  [0x2039, 0x8b],
  [0x0152, 0x8c],
  [0x017d, 0x8e],
  [0x2018, 0x91],
  [0x2019, 0x92],
  [0x201c, 0x93],
  [0x201d, 0x94],
  [0x2022, 0x95],
  [0x2013, 0x96],
  [0x2014, 0x97],
  [0x02dc, 0x98],
  [0x2122, 0x99],
  [0x0161, 0x9a],
  [0x203a, 0x9b],
  [0x0153, 0x9c],
  [0x017e, 0x9e],
  [0x0178, 0x9f],
]);

/** Lead bytes of UTF-8 sequences as they look after a wrong Latin-1 decode (Â..ô). */
const MOJIBAKE_HINT =
  /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]/;

/** Residue that means a line is still garbled after repair. */
const GARBLED = /\ufffd|Ã[\u0080-\u00bf]|â€|Â(?=[\s\u00a0])/g;

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Maps one character back to the byte it came from, or -1 when it cannot be a mis-decoded byte. */
function toByte(ch: number): number {
  if (ch >= 0x80 && ch <= 0xff) return ch;
  return CP1252_REVERSE.get(ch) ?? -1;
}

/** Re-decodes one run of non-ASCII characters as UTF-8; returns the run unchanged when it is not mojibake. */
function repairRun(run: string): string {
  const bytes = new Uint8Array(run.length);
  for (let i = 0; i < run.length; i++) {
    const byte = toByte(run.charCodeAt(i));
    if (byte < 0) return run;
    bytes[i] = byte;
  }
  try {
    return decoder.decode(bytes);
  } catch {
    return run;
  }
}

/** Repairs UTF-8-as-Latin-1 mojibake, layer by layer; clean text comes back unchanged. */
export function repairMojibake(text: string): string {
  let current = text;
  // Each successful layer shortens the text, so the loop ends.
  while (MOJIBAKE_HINT.test(current)) {
    const next = current.replace(/[\u0080-\uffff]+/g, repairRun);
    if (next === current) break;
    current = next;
  }
  return current;
}

/** Counts the characters of a line that are still garbled after repair. */
export function countGarbled(line: string): number {
  let count = 0;
  for (const match of line.matchAll(GARBLED)) count += match[0].length;
  return count;
}

/** Removes leftover mojibake residue from a line. */
export function stripGarbled(line: string): string {
  let current = line;
  while (countGarbled(current) > 0) current = current.replace(GARBLED, '');
  return current.replace(/ {2,}/g, ' ').trim();
}
