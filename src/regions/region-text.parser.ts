import {
  compactRegionName,
  levelOfPrefixWord,
  normaliseRegionName,
  stripLevelPrefix,
} from './region-name.normaliser.ts';
import type { MentionPart } from './region.types.ts';

const SEPARATORS = /[,;\n]+/;

/**
 * Splits a free-text place into the parts of its chain (a text that is a known name as a whole
 * stays whole): at commas, semicolons and line breaks,
 * or, when there are none and the whole text is not itself a known name, before each level word
 * in the middle of the text ("Desa Bumidaya Kec. Palas" → "Desa Bumidaya", "Kec. Palas"). A level
 * word right after another one ("Desa Kota Baru") or at the very end ("Pagar Desa") is part of a
 * name, not a separator, and neighbouring pieces that together form a known name stay together.
 */
export function splitPlaceText(
  text: string,
  isKnownName: (compact: string) => boolean,
): MentionPart[] {
  const isKnown = (segment: string): boolean => {
    const normalised = normaliseRegionName(segment);
    return (
      isKnownName(compactRegionName(stripLevelPrefix(normalised).name)) ||
      isKnownName(compactRegionName(normalised))
    );
  };
  // A few official names hold a comma ("Lubuk Pakam I,II").
  if (normaliseRegionName(text) !== '' && isKnown(text)) return [{ text: text.trim() }];
  const segments = text
    .split(SEPARATORS)
    .map((segment) => segment.trim())
    .filter((segment) => normaliseRegionName(segment) !== '');
  if (segments.length !== 1) return segments.map((segment) => ({ text: segment }));
  const only = segments[0] ?? '';
  if (isKnown(only)) return [{ text: only }];
  // Rejoin pieces that only together form a known name ("Pasar" + "Kota Bakti").
  const parts: string[] = [];
  for (const piece of splitAtLevelWords(only)) {
    const previous = parts[parts.length - 1];
    if (previous !== undefined && isKnown(`${previous} ${piece}`)) {
      parts[parts.length - 1] = `${previous} ${piece}`;
    } else {
      parts.push(piece);
    }
  }
  return parts.map((part) => ({ text: part }));
}

/** Cuts a text before every level word that follows a name word and precedes another word. */
function splitAtLevelWords(text: string): string[] {
  const words = text.split(/\s+/).filter((word) => word !== '');
  const isLevelWord = words.map((word) => {
    const normalised = normaliseRegionName(word);
    return (
      normalised !== '' && !normalised.includes(' ') && levelOfPrefixWord(normalised) !== undefined
    );
  });
  const segments: string[][] = [[]];
  words.forEach((word, i) => {
    const cut =
      i > 0 && isLevelWord[i] === true && isLevelWord[i - 1] === false && i < words.length - 1;
    if (cut) segments.push([]);
    segments[segments.length - 1]?.push(word);
  });
  return segments.map((segment) => segment.join(' '));
}

/**
 * Splits a text that is not a known name into a head and the longest known trailing name
 * ("Desa Juntinyuat Indramayu" → "Desa Juntinyuat", "Indramayu"), for places written without
 * commas or level words; undefined when no such split exists.
 */
export function splitAtKnownTail(
  text: string,
  isKnownName: (compact: string) => boolean,
): MentionPart[] | undefined {
  const isKnown = (segment: string): boolean =>
    isKnownName(compactRegionName(stripLevelPrefix(normaliseRegionName(segment)).name));
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || isKnown(text)) return undefined;
  for (let cut = 1; cut < words.length; cut++) {
    const head = words.slice(0, cut).join(' ');
    const tail = words.slice(cut).join(' ');
    const headWord = normaliseRegionName(head);
    // A head that is only a level word ("Desa" of "Desa Juntinyuat") is no place of its own.
    if (headWord === '' || (cut === 1 && levelOfPrefixWord(headWord) !== undefined)) continue;
    if (isKnown(tail)) return [{ text: head }, { text: tail }];
  }
  return undefined;
}
