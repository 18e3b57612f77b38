/**
 * «عمان» unvowelled is both Amman, Jordan's capital (عَمّان), and Oman (عُمان). A story that writes Oman plainly
 * somewhere («سلطنة عمان», an Omani nisba «العماني», «العمانية», its capital «مسقط», «سلطان عمان») means Oman by the bare
 * word; one that writes none of these and names Jordan («الأردن», «الأردني»), credits Jordan's agency («بترا»), or places
 * the word as a city («العاصمة عمان», «أمين عمان», «محافظة عمان») means Amman: Petra's «عمان 14 تموز (بترا)» dateline, a
 * minister's programme «في العاصمة عمان».
 */
import { withoutParticles } from '../arabic/clitics';
import { matchCountryName, matchNationality } from '../vocab/nationalities';

const AMMAN = 'عمان';
/** An Omani nisba in any form: «العماني», «العمانية», «عمانيا», «العمانيين». */
const OMANI = /^(?:ال)?عماني(?:ه|ين|ون|ان|ا|تين|تان)?$/;
/** Oman's capital and ruler, which Jordan's capital never is. */
const OMAN_WORDS = new Set(['مسقط', 'بمسقط', 'لمسقط', 'ومسقط']);
/** A city's office or seat before the word: the word is a city, and Oman's capital is Muscat. */
const CITY_BEFORE = /^و?(?:امين|امانه|بلديه|محافظ|محافظه|عمده|العاصمه)$/;
/** Jordan's news agency, as datelines and sign-offs credit it. */
const JORDAN_AGENCY = 'بترا';

const readingOf = new WeakMap<readonly string[], boolean>();

/** Whether the words' bare «عمان» is Amman (Jordan), not Oman. Counted once per words array. */
export function bareAmmanIsJordan(norms: readonly string[]): boolean {
  let reading = readingOf.get(norms);
  if (reading === undefined) {
    reading = readsAmman(norms);
    readingOf.set(norms, reading);
  }
  return reading;
}

/** Whether «عمان» at token i is the bare word (with a particle or not), not the end of «سلطنة عمان». */
export function isBareAmman(norms: readonly string[], i: number): boolean {
  const w = norms[i] ?? '';
  return (w === AMMAN || withoutParticles(w).includes(AMMAN)) && !/^و?سلطنه$/.test(norms[i - 1] ?? '');
}

function readsAmman(norms: readonly string[]): boolean {
  let jordan = false;
  for (let i = 0; i < norms.length; i++) {
    const w = norms[i]!;
    const forms = [w, ...withoutParticles(w)];
    if (forms.some((f) => OMANI.test(f)) || OMAN_WORDS.has(w)) return false;
    if (forms.includes(AMMAN)) {
      const before = norms[i - 1] ?? '';
      if (/^و?(?:سلطنه|سلطان)$/.test(before)) return false;
      if (CITY_BEFORE.test(before)) jordan = true;
      continue;
    }
    if (w === JORDAN_AGENCY) jordan = true;
    else if (!jordan) {
      const found = matchCountryName(norms, i) ?? matchNationality(norms, i);
      if (found?.country === 'JO') jordan = true;
    }
  }
  return jordan;
}
