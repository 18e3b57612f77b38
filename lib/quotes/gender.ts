/**
 * Grammatical gender of speakers, so that a feminine verb (وقالت، مشيرة، معتبرة أنها) goes to a woman or a
 * feminine institution (الوزارة، الحكومة) and a masculine one to a man, not to the nearest name.
 */
import { normalize } from '../arabic/normalize';
import type { Gender } from '../vocab/reporting';
import { heads } from '../vocab/titles';
import type { Speaker } from './speaker';
import { stripAl } from '../arabic/article';
import { isWomansGivenName } from '../vocab/given-gender';


/** The gender a title phrase says (وزيرة، المتحدثة، السفيرة: feminine; وزير، رئيس: masculine), or null. */
export function titleGender(words: readonly string[], i = 0): Gender | null {
  const w = words[i];
  if (!w) return null;
  // With or without a conjunction و ("ووزيرة").
  const m = heads.match(stripAl(w), words, i) ?? (w.length > 4 && w[0] === 'و' ? heads.match(stripAl(w.slice(1)), words, i) : null);
  if (m) return m.value.fem ? 'f' : 'm';
  return null;
}

const cache = new WeakMap<object, Gender | null>();

const PUNCTUATION = /[،,:؛.]/g;

/**
 * The gender an official's role says. A role the officials layer kept across its holder's name («رئيس منغوليا معالي
 * باتمونخ باتسيتسيغ وزيرة الخارجية», from «الوفد المرافق لرئيس منغوليا معالي …»; «النائب فيبى فوزى جرجس، وكيلة
 * المجلس») joins another person's office, or a style, written before the name to the office written after it: the
 * office after the name is the holder's own, and its title says their gender (وزيرة: a woman, though the role opens
 * with «رئيس»). Any other role, by its first title.
 */
export function officeGender(official: { role_ar: string | null; name_ar: string }): Gender | null {
  const written = official.role_ar ? official.role_ar.split(/\s+/).filter(Boolean) : [];
  const role = official.role_ar ? normalize(official.role_ar).split(/\s+/).filter(Boolean) : [];
  const own = officeAfterName(role, normalize(official.name_ar).split(/\s+/).filter(Boolean));
  if (!own.length && heldAsWoman(role, written)) return 'f';
  return (own.length ? titleGender(own) : null) ?? titleGender(role);
}

/**
 * «النائب الأول لرئيس الوزراء وزيرة الخارجية …»: a role of several offices held together, a later one opening with
 * its own head (no article) right after a definite word closes the one before, whose head is feminine as written
 * («وزيرة», with ة): the holder is a woman, though the first title is written in the masculine, as the press often
 * writes a woman's office; a feminine title never names a man. (Never the genitive of a deputy or an assistant:
 * «مساعد وزيرة الخارجية» is a man.)
 */
function heldAsWoman(role: readonly string[], written: readonly string[]): boolean {
  if (written.length !== role.length) return false;
  for (let k = 1; k < role.length; k++) {
    if (/^(ال|لل)/.test(role[k]!) || !/^ال/.test(role[k - 1]!) || !/ة$/.test(written[k]!)) continue;
    if (titleGender(role, k) === 'f') return true;
  }
  return false;
}

/** The role's words after the holder's name when the role holds that name with words on both sides; else none. */
function officeAfterName(role: readonly string[], name: readonly string[]): string[] {
  const bare = role.map((w) => w.replace(PUNCTUATION, ''));
  for (let i = 1; name.length && i + name.length < bare.length; i++) {
    if (name.every((w, k) => bare[i + k] === w)) return bare.slice(i + name.length).filter(Boolean);
  }
  return [];
}

/** «نظيره», «نظيرها» (his or her counterpart) is a man; «نظيرته», «نظيرتها» a woman: the role says whose counterpart. */
const COUNTERPART = /^[وف]?(ال)?نظير(ه|ها|هم|هما|ي|نا)?$/;
const COUNTERPART_F = /^[وف]?(ال)?نظيرت(ه|ها|هم|هما|ي|نا)$/;

/**
 * A speaker whose gender neither the title nor the name says, read from a verb that had them for its written subject
 * ("وقالت بيني وونغ", "وقال نظيرها"): in verb–subject order a singular verb agrees with its subject in gender.
 */
export function noteGender(s: Speaker, gender: Gender): void {
  if (!s.official || isPluralSpeaker(s) || speakerGender(s)) return;
  cache.set(s.official, gender);
}

/** The gender of a speaker: an official's by the title of their role, an institution's by its head noun. */
export function speakerGender(s: Speaker): Gender | null {
  const key = s.official ?? s;
  if (cache.has(key)) return cache.get(key)!;
  let g: Gender | null = null;
  if (s.official) {
    const role = s.official.role_ar ? normalize(s.official.role_ar).split(' ') : [];
    g = officeGender(s.official) ?? (COUNTERPART_F.test(role[0] ?? '') ? 'f' : COUNTERPART.test(role[0] ?? '') ? 'm' : null);
    // "زعيمه" (his leader) is written with ه, "زعيمة" (a woman leader) with ة: alike once normalised.
    const written = s.official.role_ar?.trim().split(/\s+/)[0] ?? '';
    if (g === 'f' && /ه$/.test(written) && heads.has(stripAl(role[0]!.slice(0, -1)))) g = 'm';
    // A woman under a masculine title («وزير الدولة للمالية عائشة غوث باشا»): the writer may make the verb agree with
    // the title (وأوضح) and the participle with her (مشيرة), so either gender may be hers.
    if (g === 'm' && isWomansGivenName(s.official.name_ar)) g = null;
  } else {
    const words = normalize(s.ar).split(' ').filter(Boolean);
    g = titleGender(words);
    // A body whose head noun ends in ة takes a feminine verb (وقالت الوزارة، أكدت الحكومة); so does a woman's name as
    // written («نادية»), not a man's that ends in ه («خوسيه», «طه»).
    const feminine = s.kind === 'person' ? /ة$/.test(s.ar.trim().split(/\s+/)[0] ?? '') : /ه$/.test(words[0] ?? '');
    if (!g && words[0] && feminine && !/^(مصادر|اوساط|اطراف)$/.test(stripAl(words[0])) && !PEOPLE_IN_TA.has(stripAl(words[0]))) g = 'f';
    // A body named by a plural of things takes a feminine verb too (قالت الأمم المتحدة، أعلنت السلطات، طالبت القوات).
    if (!g && s.kind !== 'person' && words[0] && /^(امم|دول)$|..ات$/.test(stripAl(words[0]))) g = 'f';
  }
  cache.set(key, g);
  return g;
}

/** Whether a speaker may be the subject of a verb of that gender (unknown genders agree with anything). */
export function agrees(s: Speaker | null, gender: Gender | null | undefined): boolean {
  if (!s || !gender) return true;
  const g = speakerGender(s);
  return !g || g === gender;
}

/** The latest speaker in `history` of that gender (known, not merely compatible), or null. */
export function lastOfGender(history: readonly Speaker[], gender: Gender): Speaker | null {
  for (let k = history.length - 1; k >= 0; k--) if (speakerGender(history[k]!) === gender) return history[k]!;
  return null;
}

/**
 * Broken plurals of people written with ة (القضاة، الدعاة، القادة، الطلبة): several men or women, not a feminine body,
 * so a masculine verb («وأشار القضاة الخمسة») agrees with them.
 */
const PEOPLE_IN_TA = new Set(['قضاه', 'دعاه', 'ولاه', 'رعاه', 'قاده', 'ساده', 'طلبه', 'اساتذه', 'باعه', 'رماه', 'غزاه', 'رواه', 'هواه', 'مشاه', 'سعاه', 'كفاه', 'بناه', 'جناه', 'عصاه']);

/** Broken plurals of groups that speak (مصادر، خبراء، شهود…); sound plurals end in ون/ين. */
const GROUPS = new Set([...PEOPLE_IN_TA, 'مصادر', 'اوساط', 'خبراء', 'علماء', 'شهود', 'سكان', 'نشطاء', 'زعماء', 'اطراف', 'جماعات', 'منظمات', 'فصايل', 'انصار', 'تجار', 'عمال', 'طلاب', 'اطباء']);

/** A speaker that is a group or several people (المراقبون، مصادر مطلعة، الوزيران), never one official. */
export function isPluralSpeaker(s: Speaker): boolean {
  // A person named by their name is one person, whatever the name ends with ("إحسان", "عثمان", "ياسين").
  if (s.official || s.kind === 'person' || s.named) return false;
  const first = normalize(s.ar).split(' ')[0] ?? '';
  const bare = stripAl(first.replace(/^و(?=...)/, ''));
  return GROUPS.has(bare) || (/(ون|ين|ان)$/.test(bare) && bare.length > 4);
}
