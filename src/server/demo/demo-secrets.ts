import { randomInt } from 'node:crypto';

// No look-alike characters (0/O, 1/l/I), so a password read off a terminal types correctly.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789';

/**
 * A random demo password: four groups of five characters from a 54-letter alphabet (about 115
 * bits), drawn with an unbiased generator.
 */
export function generateDemoPassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < 4; g += 1) {
    let group = '';
    for (let i = 0; i < 5; i += 1) group += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(group);
  }
  return groups.join('-');
}
