/**
 * Strings by slot in shared memory: UTF-8 bytes one after another and their offsets, decoded one
 * at a time when read (a search decodes the ids of its candidates and the entries it explains).
 */

/** The shared arrays: string i is bytes[offsets[i], offsets[i + 1]) (empty when absent). */
export interface SharedTextData {
  bytes: Uint8Array;
  offsets: Float64Array;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Copies `count` strings (undefined for an empty place) into shared memory. */
export function shareTexts(
  count: number,
  textAt: (i: number) => string | undefined,
): SharedTextData {
  const offsets = new Float64Array(new SharedArrayBuffer((count + 1) * 8));
  let total = 0;
  for (let i = 0; i < count; i++) total += utf8Length(textAt(i) ?? '');
  const bytes = new Uint8Array(new SharedArrayBuffer(Math.max(1, total)));
  let at = 0;
  for (let i = 0; i < count; i++) {
    offsets[i] = at;
    const text = textAt(i);
    if (text !== undefined) at += encoder.encodeInto(text, bytes.subarray(at)).written;
  }
  offsets[count] = at;
  return { bytes, offsets };
}

/** UTF-8 length of a string (a lone surrogate is written as U+FFFD, three bytes). */
function utf8Length(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) length += 1;
    else if (code < 0x800) length += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        length += 4;
        i++;
      } else length += 3;
    } else length += 3;
  }
  return length;
}

/** Decodes string `i` of shared texts ('' for an empty place). */
export function sharedTextAt(data: SharedTextData, i: number): string {
  const start = data.offsets[i] ?? 0;
  const end = data.offsets[i + 1] ?? 0;
  return end > start ? decoder.decode(data.bytes.subarray(start, end)) : '';
}
