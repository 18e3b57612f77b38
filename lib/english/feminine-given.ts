/**
 * A woman's given name the Arabic press writes as a man's (جين, ميشيل, كاري): the name readers, which know no gender,
 * give the man's (Gene, Michel, Carey); for a person the article says is a woman it is hers (Jane, Michelle, Carrie).
 */
import feminine from '../../assets/feminine-given.json';

const FEMININE = new Map(Object.entries(feminine as Record<string, string>).filter(([k]) => k !== '$comment'));

/** The English name with its opening given name in a woman's form, where the man's has one written alike. */
export function womansGivenName(english: string): string {
  const space = english.indexOf(' ');
  if (space < 0) return english;
  const hers = FEMININE.get(english.slice(0, space));
  return hers ? hers + english.slice(space) : english;
}
