/**
 * The country an official is shown with where the article's words give his office none: the state the story is about,
 * when the office is a state's office the title places nowhere («المتحدث باسم الحكومة», «وزيرة العمل», «الرئيس X» in
 * a story of Rabat). Only where the story tells one state plainly: most of its placed officials hold office there and
 * its words name it most, or no official tells any state and its words name one most (see storyCountry). An office of
 * an international body (the UN's Secretary-General, the AU Commission's chairperson) is of no state.
 *
 * The country is the one shown; the layers that read an official's country to place him (delegations' sides, speakers
 * of a nation) keep reading only what the article says, so it is added once they have run.
 */
import institutions from '../../assets/institutions.json';
import meetingVocab from '../../assets/meeting-vocab.json';
import { normalize } from '../arabic/normalize';
import { originOf } from '../english/origin';
import { officeState } from './office-state';
import type { Institution, Role, Title } from './titles';

/** International bodies by their English name (a body the title grammar read as a place carries no flag of its own). */
const INTERNATIONAL = new Set((institutions.bodies as { en: string; intl?: boolean }[]).filter((b) => b.intl).map((b) => b.en));

const international = (inst: Institution | null | undefined): boolean => !!inst && (!!inst.intl || INTERNATIONAL.has(inst.en) || international(inst.of));

/**
 * An office the English role places in an international body by its name, full or short (IMF Managing Director, Head of
 * the IMF Mission to Egypt, OAS Secretary-General, European Commissioner for Internal Affairs), and not as the place a
 * state's envoy is sent to (Permanent Representative to the United Nations).
 */
const INTERNATIONAL_NAMES = [
  ...(institutions.bodies as { en: string; short?: string; intl?: boolean }[]).filter((b) => b.intl).flatMap((b) => [b.en, ...(b.short ? [b.short] : [])]),
  ...(meetingVocab.organisations as { en: string; key?: string }[]).flatMap((o) => [o.en, ...(o.key && /^[A-Z][A-Za-z-]+$/.test(o.key) && o.key.length >= 2 && !/^(AL|WB)$/.test(o.key) ? [o.key] : [])]),
].flatMap((n) => (/ Commission$/.test(n) ? [n, `${n}er`] : [n]));
const escape = (n: string) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const INTERNATIONAL_OFFICE = new RegExp(`(?<!\\bto (the )?)\\b(${[...new Set(INTERNATIONAL_NAMES)].sort((a, b) => b.length - a.length).map(escape).join('|')})\\b`);

export const internationalOffice = (roleEn: string | null | undefined): boolean => !!roleEn && INTERNATIONAL_OFFICE.test(roleEn);

/** A role in an international body, itself or through the office it deputises or the body its tail names. */
export function ofInternationalBody(role: Role): boolean {
  const c = role.complement;
  if (role.tailInsts?.some(international)) return true;
  if (c?.kind === 'inst') return international(c.inst);
  if (c?.kind === 'role') return ofInternationalBody(c.role);
  return false;
}

/**
 * The state the story is about, if it tells one plainly: `home` (the state most of its placed officials serve) where
 * its words name it most too (`named`), or name no state plainly and no other state twice (`mentions`, see
 * countryMentions: a Beirut paper's story of a committee of its parliament seldom names Lebanon); or the state its
 * words name most where no official tells one.
 */
export function storyState(home: string | null, named: string | null, mentions: readonly (readonly [string, number])[] = []): string | null {
  if (!home) return named;
  return named === home || (!named && !mentions.some(([c, n]) => c !== home && n >= 2)) ? home : null;
}

/**
 * The country to show for an official the article gives none: the story's state, for an office the title places in
 * no state and no international body (by its words or by its English), or a bare rank («الرئيس X»).
 */
export function seatOf(title: Title | null | undefined, rank: boolean, roleEn: string | null, state: string | null): string | null {
  if (!state || internationalOffice(roleEn)) return null;
  if (!title) return rank ? state : null;
  return officeState(title, state) && !title.roles.some(ofInternationalBody) ? state : null;
}

/** A name of Arab lineage: «علي بن مسعود السنيدي», «فاطمة بنت علي» (the press of the Gulf writes its officials so). */
const LINEAGE = /(^| )(بن|بنت)( |$)/;
/** The traditions of states whose own names are Arabic, «بن» among them (the Maghreb's Ben Yahia, Bengrina). */
const ARABIC_NAMES = new Set(['arab', 'maghreb']);

/**
 * The state to seat one named `nameAr` in, of the story's `state`: a name of Arab lineage is not of a state whose names
 * are not Arabic nor Berber-Arabic (Oman's minister at the farewell of Ghana's vice-president, in a Muscat story that names Ghana most),
 * but of the Arab state the words name most (`mentions`, most named first), if they name it twice or more.
 */
export function seatStateFor(nameAr: string, state: string | null, mentions: readonly (readonly [string, number])[]): string | null {
  if ((state && ARABIC_NAMES.has(originOf(state)!)) || !LINEAGE.test(normalize(nameAr))) return state;
  const [arab, next] = mentions.filter(([c]) => ARABIC_NAMES.has(originOf(c)!));
  // (With no plain state, only a state of the East named twice as often as any other Arab one, the Maghreb's included.)
  return arab && originOf(arab[0]) === 'arab' && arab[1] >= 2 && (state || !next || arab[1] >= 2 * next[1]) ? arab[0] : null;
}
