/**
 * The one-syllable family names of Senegal, the Gambia, Mauritania, Mali and Guinea (Wolof, Pulaar, Soninke), as their
 * French-speaking press spells them: a closed -al doubles its l (Macky Sall, Aïssata Tall Sall, Fall) and the Pulaar
 * -ow, -y keep their letters (Sow, Ly, Sy). The world's lists, led by other bearers, read them Sal, Val, Tal, Su, Li.
 * Wolof's common family names too, whose French letters the Arabic hides: its prenasal n and m (انجاي Ndiaye, امباي
 * Mbaye), its -eye and -eck (غي Gueye, not the given Guy; سيك Seck) and its th, gn and di (ثيام Thiam, جاني Diagne).
 */
const SAHEL_FAMILY: Record<string, string> = {
  'سال': 'Sall', 'فال': 'Fall', 'تال': 'Tall', 'سو': 'Sow', 'لي': 'Ly', 'سي': 'Sy', 'با': 'Ba', 'كا': 'Ka', 'ديا': 'Dia',
  'غي': 'Gueye', 'غاي': 'Gueye', 'سيك': 'Seck', 'انجاي': 'Ndiaye', 'ندياي': 'Ndiaye', 'نجاي': 'Ndiaye', 'امباي': 'Mbaye', 'مباي': 'Mbaye',
  'ثيام': 'Thiam', 'تيام': 'Thiam', 'جاني': 'Diagne', 'دياني': 'Diagne', 'نياس': 'Niasse', 'مبو': 'Mbow', 'جوب': 'Diop', 'جوف': 'Diouf',
};

/** The French-speaking Sahel's spelling of a normalised one-syllable family name, or undefined. */
export function sahelFamilyName(norm: string): string | undefined {
  return SAHEL_FAMILY[norm];
}
