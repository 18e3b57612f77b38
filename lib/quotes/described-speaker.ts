/**
 * English for a speaker the text describes but does not name, when no title, body or group reading gave one: a
 * delegation by its nationality («الوفد التونسي» Tunisian delegation, «وفد فلبيني آخر» Another Philippine delegation),
 * one of a group of persons («أحد المسنين» An elderly man, «أحد البحارة البلغاريين» A sailor), or one person of no
 * office with the adjectives after the noun («طالبة جامعية» University student, «الضابط المتقاعد» Retired officer).
 * Never a transliteration: null when the head is no noun of persons the vocabularies know.
 */
import { withoutConjunction } from '../arabic/article';
import { normalize } from '../arabic/normalize';
import { matchNationality } from '../vocab/nationalities';
import { heads, institutionNouns } from '../vocab/titles';
import { institutionToEnglish } from '../english/roles';
import { groupNounAt, groupNumberWord, isPlainAdjective, matchSpeakerHead, ordinaryPersonAt, personAdjective, sourceAdjective } from '../vocab/speakers';

const DELEGATION = /^[وف]?(ال)?وفد$/;
const ANOTHER = /^(ال)?(اخر|اخري)$/;

export function describedSpeakerEnglish(ar: string): string | null {
  const norms = normalize(ar).split(' ').filter(Boolean);
  if (!norms.length) return null;
  return delegationEnglish(norms) ?? oneOfEnglish(norms) ?? ordinaryPersonEnglish(norms) ?? titleDualEnglish(norms);
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The adjectives from token k on, in English order (Arabic adjectives run inner to outer): nationalities, those of
 * sources («برلماني») and of persons («جامعية»). They stop at the first other word; «آخر» says it is another one.
 */
function adjectivesFrom(norms: readonly string[], from: number): { english: string[]; another: boolean; length: number } {
  const english: string[] = [];
  let k = from;
  let another = false;
  while (k < norms.length) {
    const w = norms[k]!;
    if (ANOTHER.test(w)) {
      another = true;
      k++;
      continue;
    }
    const nat = matchNationality(norms, k) ?? (w.startsWith('ال') ? null : matchNationality(['ال' + w], 0));
    const en = nat ? nat.adjective_en : personAdjective(w) ?? sourceAdjective(w);
    if (!en) break;
    english.push(en);
    k += nat?.length ?? 1;
  }
  return { english: english.reverse(), another, length: k - from };
}

/** «الوفد التونسي», «وفد برلماني مصري», «وفد فلبيني آخر»: the delegation by the adjectives the text gives it. */
function delegationEnglish(norms: readonly string[]): string | null {
  if (!DELEGATION.test(norms[0]!)) return null;
  const { english, another } = adjectivesFrom(norms, 1);
  if (!english.length) return another ? 'Another delegation' : /ال/.test(norms[0]!) ? 'The delegation' : 'A delegation';
  const phrase = `${english.join(' ')} delegation`;
  return another ? `Another ${phrase}` : capitalise(phrase);
}

/** «أحد المسنين», «إحدى الناجيات», «أحد تجار السوق»: one of a group of persons, as the speaker heads read it. */
function oneOfEnglish(norms: readonly string[]): string | null {
  if (!/^[وف]?(احد|احدي)$/.test(norms[0]!)) return null;
  const head = matchSpeakerHead(norms, 0);
  return head && head.kind === 'source' && head.words.length === 2 ? head.en : null;
}

/**
 * «طالبة جامعية», «الضابط المتقاعد», «امرأة تقيم في …»: one person of no office, with the adjectives after the noun;
 * with the article, the one the story spoke of («الأب» The father). A definite noun with more words after its
 * adjectives is a person named in apposition («الطالبة نور حياتي»): their name is theirs to give, not the noun.
 */
function ordinaryPersonEnglish(norms: readonly string[]): string | null {
  const bare = withoutConjunction(norms[0]!);
  const definite = bare.startsWith('ال');
  const head = ordinaryPersonAt([definite ? bare.slice(2) : bare, ...norms.slice(1)], 0);
  if (!head) return null;
  const { english, length } = adjectivesFrom(norms, head.length);
  if (definite && head.length + length < norms.length) return null;
  const phrase = [...english, head.en.toLowerCase()].join(' ');
  return definite ? `The ${phrase}` : capitalise(phrase);
}

/** English plural of a title's head noun ("minister" → "ministers", "chairman" → "chairmen"). */
function plural(en: string): string {
  if (/man$/.test(en)) return en.replace(/man$/, 'men');
  if (/(s|sh|ch|x)$/.test(en)) return `${en}es`;
  if (/[^aeiou]y$/.test(en)) return `${en.slice(0, -1)}ies`;
  return `${en}s`;
}

/**
 * «الوزيران», «الزعيمان», «رئيسين»: the dual of a one-word title with no name, the two holders the story spoke of
 * ("The two ministers"). Only a word whose stem the titles know as a head: «البرلمان», «الطيران» end the same way.
 */
function titleDualEnglish(norms: readonly string[]): string | null {
  if (norms.length !== 1) return null;
  const word = withoutConjunction(norms[0]!);
  const definite = word.startsWith('ال');
  const dual = (definite ? word.slice(2) : word).match(/^(...+)(ان|ين)$/);
  if (!dual) return null;
  const stem = dual[1]!;
  const head = heads.match(stem, [stem], 0);
  if (!head || head.length !== 1 || !head.value.en) return null;
  return `${definite ? 'The two' : 'Two'} ${plural(head.value.en.toLowerCase())}`;
}

/** «الخمسة», «الثلاث», «13»: how many a group is, after its noun, in English; null for any other word. */
function groupNumber(w: string): string | null {
  if (/^\d+$/.test(w)) return w;
  const bare = w.replace(/^ال/, '');
  return groupNumberWord(bare) ?? groupNumberWord(bare.replace(/ه$/, ''));
}

/** «أصدقاؤه», «زملاؤها», «أنصارهم»: a group noun with a possessive pronoun, whose hamza the suffix carries as ؤ or ئ. */
const POSSESSIVE = /^(..+?)(هما|هم|ها|ه)$/;
const OWNER: Record<string, string> = { ه: 'His', ها: 'Her', هم: 'Their', هما: 'Their' };

function possessedGroup(word: string): { en: string; owner: string } | null {
  const m = POSSESSIVE.exec(word);
  if (!m) return null;
  const stem = m[1]!;
  for (const form of [stem, stem.replace(/[وي]$/, 'ء')]) {
    const g = groupNounAt([form], 0);
    if (g && g.length === 1 && !g.definite) return { en: g.en, owner: OWNER[m[2]!]! };
  }
  return null;
}

/**
 * English for a group that speaks together («القضاة الخمسة», «المجتمع الدولي», «الإسرائيليون») when no other reading
 * gave the speaker one. Only for the card: asked once the speakers are decided, so a group the grammar reads as a
 * verb's object («ودعا أنصاره إلى», «ودعا العراقيين إلى») stays its object.
 */
export function groupSpeakerEnglish(ar: string): string | null {
  const norms = normalize(ar).split(' ').filter(Boolean);
  if (!norms.length) return null;
  return groupEnglish(norms) ?? nationalsEnglish(norms);
}

/**
 * «القضاة الخمسة» The five judges, «جهات سورية معارضة» Syrian opposition parties, «ضباط سوريون كبار» Senior Syrian
 * officers, «المدعون العامون» The public prosecutors, «أصدقاؤه» His friends: a group noun, then only a number and
 * adjectives (any other word, a name or a genitive, and the group is not all the speaker is: null).
 */
function groupEnglish(norms: readonly string[]): string | null {
  const first = withoutConjunction(norms[0]!);
  const possessed = norms.length === 1 ? possessedGroup(first) : null;
  if (possessed) return `${possessed.owner} ${possessed.en}`;
  const group = groupNounAt([first, ...norms.slice(1)], 0);
  if (!group) return null;
  let number: string | null = null;
  const plain: string[] = [];
  const nations: string[] = [];
  const classifying: string[] = [];
  for (let k = group.length; k < norms.length; ) {
    const w = norms[k]!;
    const n: string | null = number ? null : groupNumber(w);
    const nat = n ? null : matchNationality(norms, k) ?? (w.startsWith('ال') ? null : matchNationality(['ال' + w], 0));
    const other = n || nat ? null : personAdjective(w) ?? sourceAdjective(w);
    if (!n && !nat && !other) return null;
    if (n) number = n;
    else if (nat) nations.push(nat.adjective_en);
    else (isPlainAdjective(other!) ? plain : classifying).unshift(other!);
    k += nat?.length ?? 1;
  }
  // (In English's order, whatever the Arabic's: the number, plain adjectives, the nation, then the adjectives that
  // classify the noun: «جهات سورية معارضة» Syrian opposition parties, «ضباط سوريون كبار» senior Syrian officers.)
  const phrase = [number, ...plain, ...nations, ...classifying, group.en].filter(Boolean).join(' ');
  return group.definite ? `The ${phrase}` : capitalise(phrase);
}

/**
 * «الإسرائيليون», «الأمريكيين»: the people of a nation, a nationality's sound plural, as a group ("The Israelis"; an
 * adjective in -sh, -ch, -ese or -ss is its own plural: "The British", "The Chinese").
 */
function nationalsEnglish(norms: readonly string[]): string | null {
  if (norms.length !== 1) return null;
  const word = withoutConjunction(norms[0]!);
  const m = /^(ال)?(...+ي)(ون|ين)$/.exec(word);
  if (!m) return null;
  const nat = matchNationality(['ال' + m[2]!], 0);
  if (!nat || nat.length !== 1) return null;
  const adjective = nat.adjective_en;
  const people = /(sh|ch|ese|ss)$/.test(adjective) ? adjective : `${adjective}s`;
  return m[1] ? `The ${people}` : people;
}

/**
 * «المركز الوطني للأرصاد», «الديوان الأميري», «مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية»: a body named in full
 * (its first word a noun of institutions, more words after it) that the speaker readings kept as written, in English
 * as the institutions parse it. Only for the words shown: which speaker the text means is decided before this.
 */
export function namedBodyEnglish(ar: string): string | null {
  const norms = normalize(ar).split(' ').filter(Boolean);
  if (norms.length < 2 || !institutionNouns.has(withoutConjunction(norms[0]!).replace(/^ال/, ''))) return null;
  return institutionToEnglish(ar);
}
