/**
 * «المسؤول الأممي», «المسؤولة الأممية»: the press describes the United Nations' officials by an adjective it writes in
 * place of a nationality (the nationality vocabulary reads it as the country "UN"); the officials layer gives them no
 * country, so the one meant is the one whose role names the UN («المفوض السامي للأمم المتحدة لشؤون اللاجئين»).
 */

/** The country code the nationality vocabulary gives «الأممي». */
export const UNITED_NATIONS = 'UN';

/** Whether a role's normalised words name the United Nations («للامم المتحده», «الاممي», «الامميه»). */
export function roleNamesUnitedNations(words: readonly string[]): boolean {
  return words.some((w, k) => (/^[وف]?(ال|لل|بال)?امم$/.test(w) && words[k + 1] === 'المتحده') || /^[وف]?(ال)?اممي(ه)?$/.test(w));
}
