/**
 * The one-syllable family names of Senegal, the Gambia, Mauritania, Mali and Guinea (Wolof, Pulaar, Soninke), as their
 * French-speaking press spells them: a closed -al doubles its l (Macky Sall, Aïssata Tall Sall, Fall) and the Pulaar
 * -ow, -y keep their letters (Sow, Ly, Sy). The world's lists, led by other bearers, read them Sal, Val, Tal, Su, Li.
 */
const SAHEL_FAMILY: Record<string, string> = {
  'سال': 'Sall', 'فال': 'Fall', 'تال': 'Tall', 'سو': 'Sow', 'لي': 'Ly', 'سي': 'Sy', 'با': 'Ba', 'كا': 'Ka', 'ديا': 'Dia',
};

/** The French-speaking Sahel's spelling of a normalised one-syllable family name, or undefined. */
export function sahelFamilyName(norm: string): string | undefined {
  return SAHEL_FAMILY[norm];
}
