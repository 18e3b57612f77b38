/** A word without its definite article («الوزير» → «وزير»); a short word keeps it («الي» may be a word of its own). */
export const stripAl = (w: string): string => (w.startsWith('ال') && w.length > 3 ? w.slice(2) : w);

/** A word without the conjunction و or ف before its article («والوزير» → «الوزير»). */
export const withoutConjunction = (w: string): string => w.replace(/^[وف](?=ال)/, '');
