/**
 * The Latin letters as the Arabic press spells their names, normalised (آر → ار, إم → ام): the initials of a South
 * Asian name («آر. إم. إيه. إل. راتنايكي»: R.M.A.L. Rathnayake).
 */
const LETTER_NAMES = new Map<string, string>([
  ['ايه', 'A'], ['بي', 'B'], ['سي', 'C'], ['دي', 'D'], ['اي', 'E'], ['اف', 'F'], ['جي', 'G'], ['اتش', 'H'], ['جيه', 'J'], ['كيه', 'K'],
  ['كي', 'K'], ['ال', 'L'], ['ام', 'M'], ['ان', 'N'], ['او', 'O'], ['كيو', 'Q'], ['ار', 'R'], ['اس', 'S'], ['تي', 'T'], ['يو', 'U'],
  ['في', 'V'], ['دبليو', 'W'], ['اكس', 'X'], ['واي', 'Y'], ['زد', 'Z'],
]);

/** The Latin letter a normalised word spells the name of («ار»: R), or undefined. */
export function latinLetterNamed(norm: string): string | undefined {
  return LETTER_NAMES.get(norm);
}
