/**
 * The state whose own news agency wrote the story, by the agency the writers credit in the dateline or in the sign-off
 * under the text: «عمان 7 آذار (بترا) - …», «الكويت - 24 - 9 (كونا) -- …», «القاهرة في 18 نوفمبر /أ ش أ/ …»,
 * «--(بترا) ن ع/ ح س». A state agency reports its own state's officials by their offices alone («وزير المالية», «النائب»),
 * the state going without saying.
 */
import { normalize } from '../arabic/normalize';

/** State news agencies by their normalised short names, as the wires credit themselves. */
const STATE_AGENCIES: ReadonlyMap<string, string> = new Map([
  ['بترا', 'JO'], ['كونا', 'KW'], ['قنا', 'QA'], ['وام', 'AE'], ['واس', 'SA'], ['بنا', 'BH'], ['العمانيه', 'OM'],
  ['ا ش ا', 'EG'], ['سانا', 'SY'], ['سبا', 'YE'], ['واج', 'DZ'], ['وات', 'TN'], ['واع', 'IQ'], ['سونا', 'SD'],
  ['و م ع', 'MA'], ['ومع', 'MA'], ['وفا', 'PS'],
]);

/** How far into the text the dateline may credit the agency, and how far from its end the sign-off may. */
const DATELINE_CHARS = 200;
const SIGN_OFF_CHARS = 300;

const escape = (n: string) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The agency's name enclosed in brackets, slashes or dashes. */
const NAMES = [...STATE_AGENCIES.keys()].map(escape).join('|');
const CREDIT = new RegExp(`(?:^|[(/\\-–—])\\s*(${NAMES})\\s*(?=[)/\\-–—]|$)`, 'gm');
/** The agency's bare name right after the dateline's date: «الرياض 14 جمادى الآخرة 1446 هـ الموافق 15 ديسمبر 2024 م واس». */
const DATED = new RegExp(`(?:\\d| م) (${NAMES})(?=\\s)`, 'g');

/** The state of the one state agency the dateline or sign-off credits, if one (two agencies' credits tell none). */
export function agencyState(text: string): string | null {
  const [dateline, signOff] = [text.slice(0, DATELINE_CHARS), text.slice(-SIGN_OFF_CHARS)].map(normalize);
  const credits = [...dateline!.matchAll(CREDIT), ...dateline!.matchAll(DATED), ...signOff!.matchAll(CREDIT)];
  const states = new Set(credits.map((m) => STATE_AGENCIES.get(m[1]!)!));
  return states.size === 1 ? [...states][0]! : null;
}
