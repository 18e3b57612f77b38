/**
 * Officials of an article: titled names (title grammar + name boundaries), known people, and every later mention
 * (surnames, first names, title-only references) linked to the one person it means.
 */
import { countryName, renderTitle } from '../english/roles';
import { nameToEnglish } from '../english/names';
import { knownPeople, matchKnownPersonAt, type KnownPerson } from '../gazetteer';
import type { Official, Person, PersonalEntry } from '../types';
import { buildPersons, type Detection, type Person as PersonRecord } from './link';
import { looksLikeForeignSurname, readNameAfter, readNameBefore, startsTitle, type NameRun } from './names';
import { mayStartTitle, parseTitle, type Title } from './titles';
import { compoundNameEnds, heads, nameParticles, nameStops, ranks, styles } from '../vocab/titles';
import { isOrdinaryWord } from '../people/evidence';
import { isLexical } from '../people/lexicon';
import { toWords, type Word } from './words';
import { matchSharedTitle } from './dual';
import { isNameWord as isNameWordLookup, matchCountryName, matchNationality } from './lookups';
import { normalize } from '../arabic/normalize';

export { parseTitle } from './titles';
export { toWords } from './words';

const stripAl = (w: string) => (w.startsWith('ال') && w.length > 3 ? w.slice(2) : w);

/** A style (سمو، معالي، السيد) or rank (اللواء، الرئيس) at word i, with its length and English. */
function matchStyle(words: Word[], norms: string[], i: number): { length: number; rank: string | null } | null {
  const w = words[i];
  if (!w) return null;
  for (const f of w.forms) {
    const r = ranks.match(f.form, norms, i);
    if (r) return { length: r.length, rank: r.value };
    const s = styles.match(f.form, norms, i);
    if (s) return { length: s.length, rank: null };
  }
  return null;
}

function countTokens(words: Word[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of words) {
    for (let k = 0; k < w.forms.length; k++) {
      const f = w.forms[k]!.form;
      if (w.forms.findIndex((x) => x.form === f) !== k) continue;
      counts.set(f, (counts.get(f) ?? 0) + 1);
    }
  }
  return counts;
}

/** Officials of an article. */
export function findOfficials(text: string, personal: PersonalEntry[] = []): Official[] {
  return findNamedPeople(text, personal).officials;
}

/** Everyone the article names: officials, and people who hold no office (analysts, journalists, relatives). */
export function findNamedPeople(text: string, personal: PersonalEntry[] = []): { officials: Official[]; people: Person[] } {
  const words = toWords(text);
  const norms = words.map((w) => w.norm);
  const counts = countTokens(words);
  const detections: Detection[] = [];
  const title = (i: number) => parseTitle(words, i, countryName, norms);
  // The same word is looked up in the gazetteer by several rules: once per position and mode.
  const knownMemo = new Map<number, ReturnType<typeof matchKnownPersonAt>>();
  const knownAt = (at: number, afterTitle = false) => {
    const key = at * 2 + (afterTitle ? 1 : 0);
    if (!knownMemo.has(key)) knownMemo.set(key, matchKnownPersonAt(norms, at, afterTitle ? { afterTitle: true } : {}));
    return knownMemo.get(key)!;
  };

  let i = 0;
  let lastEnd = 0;
  while (i < words.length) {
    const shared = sharedTitled(i);
    if (shared.length) { detections.push(...shared); i = shared[shared.length - 1]!.end; lastEnd = i; continue; }
    const peer = counterpart(i);
    if (peer) { detections.push(peer); i = peer.end; lastEnd = i; continue; }
    const d = (mayStartTitle(words[i]) || words[i]!.forms.some((f) => styles.has(f.form) || ranks.has(f.form))) && !honorificInName(i) ? readTitled(i) : null;
    if (d) { detections.push(d); i = Math.max(d.end, i + 1); lastEnd = d.end; continue; }
    const known = mayStartKnownName(words[i]!) && !/^(بن|ابن|بنت)$/.test(norms[i]!) ? knownAt(i) : null;
    if (known && known.length >= 1 && spelledAs(known.person, norms.slice(i, i + known.length)) && !(known.length === 1 && (hamzaClash(words[i]!, known.person) || nameGoesOn(i + 1)))) {
      const run: NameRun = { start: i, end: i + known.length, norms: norms.slice(i, i + known.length), prefixLen: 0 };
      const bare = words[i]!.forms.find((f) => f.prefix && /^[وفبل]$/.test(f.prefix) && spelledAs(known.person, [f.form]));
      if (bare && !spelledExactly(known.person, norms[i]!)) run.norms[0] = bare.form;
      const appo0 = appositive(run.end);
      const appo = appo0 && (!appo0.country || !known.person.country || appo0.country === known.person.country) ? appo0 : null;
      detections.push({ name: run, title: appo, rank: null, start: i, end: appo?.end ?? run.end, known: known.person, ref: false });
      i = appo?.end ?? run.end;
      lastEnd = i;
      continue;
    }
    i++;
  }

  /**
   * A one-word known name that another name word follows is someone else's first name ("زامير كابولوف" is not
   * Eyal Zamir): the next word is a name word or has a foreign surname's ending, with no punctuation between.
   */
  function nameGoesOn(k: number): boolean {
    const w = words[k];
    if (!w || w.punctBefore || isOrdinaryWord(w.norm) || startsTitle(words, norms, k)) return false;
    return (isNameWordLookup(w.norm) && !/^[وف]/.test(w.norm)) || looksLikeForeignSurname(w.norm);
  }

  /** "وزيري الخارجية والدفاع الأمريكيين أنتوني بلينكن ولويد أوستن": one detection per name, with its own portfolio. */
  function sharedTitled(i0: number): Detection[] {
    const st = words[i0]!.norm.length > 4 ? matchSharedTitle(words, norms, i0) : null;
    if (!st) return [];
    const nat = st.nat ? matchNationality(norms, st.end - 1) : null;
    const out: Detection[] = [];
    let k = st.end;
    for (let n = 0; n < st.portfolios.length; n++) {
      const run = n === 0 ? readNameAfter(words, norms, k, true, false, true) : readNameAfter(words, norms, k, false, false, true, true);
      if (!run) break;
      const tw = toWords(`${st.head} ${st.portfolios[n]}`);
      const parsed = parseTitle(tw, 0, countryName, tw.map((w) => w.norm));
      if (!parsed) break;
      const roles = parsed.roles.map((r) => ({ ...r, nat: nat ?? r.nat, start: st.start, end: st.end }));
      const t: Title = { roles, start: st.start, end: st.end, country: nat?.country ?? parsed.country };
      const known = knownRun(run);
      out.push({ name: known.run, title: t, rank: null, start: n === 0 ? st.start : run.start, end: known.run.end, known: known.person, ref: false });
      k = known.run.end;
    }
    return out.length === st.portfolios.length ? out : [];
  }

  /** The known person a name after a title stands for; the name grows to the person's spelling ("حسين" + "أمير عبد اللهيان"). */
  function knownRun(run: NameRun): { run: NameRun; person: KnownPerson | null } {
    const known = knownAt(run.start, true);
    if (!known || known.length < run.end - run.start - 1) return { run, person: null };
    const len = Math.max(known.length, run.end - run.start);
    const all = norms.slice(run.start, run.start + len);
    all[0] = run.norms[0]!;
    if (!spelledAs(known.person, all)) return spelledAs(known.person, run.norms) ? { run, person: known.person } : { run, person: null };
    return { run: { ...run, end: run.start + len, norms: all }, person: known.person };
  }

  /** An honorific-looking word that is part of a known person's own name: "أمير عبد اللهيان". */
  function honorificInName(i0: number): boolean {
    if (!mayStartKnownName(words[i0]!)) return false;
    const k = knownAt(i0);
    return !!k && k.length >= 2 && spelledExactly(k.person, norms[i0]!) && spelledAs(k.person, norms.slice(i0, i0 + k.length));
  }

  /** "ونظيره الإيراني X": X holds the office of the person before, for another country. */
  function counterpart(i0: number): Detection | null {
    if (!words[i0]!.forms.some((f) => /^نظير(ه|ته|ها)$/.test(f.form))) return null;
    const nat = i0 + 1 < words.length && !words[i0 + 1]!.punctBefore ? matchNationality(norms, i0 + 1) : null;
    if (!nat) return null;
    const prev = [...detections].reverse().find((d) => d.title && d.title.roles[0]!.complement && words[d.start]!.paragraph === words[i0]!.paragraph);
    if (!prev) return null;
    const run = readNameAfter(words, norms, i0 + 1 + nat.length, false);
    if (!run || /^[وف]/.test(words[run.start]!.norm) && !isNameWordLookup(words[run.start]!.norm)) return null;
    const r = prev.title!.roles[0]!;
    const t: Title = { roles: [{ ...r, nat, tails: [], start: i0, end: i0 + 1 + nat.length }], start: i0, end: i0 + 1 + nat.length, country: nat.country };
    const known = knownRun(run);
    return { name: known.run, title: t, rank: null, start: i0, end: known.run.end, known: known.person, ref: false };
  }

  /** Styles, ranks and titles before a name, the name, and an appositive title after it. */
  function readTitled(i0: number): Detection | null {
    let j = i0;
    let t: Title | null = null;
    let rank: string | null = null;
    let styled = false;
    const styleWords: string[] = [];
    let paren = false;
    for (let guard = 0; guard < 5 && j < words.length; guard++) {
      if (j > i0 && words[j]!.punctBefore && !(t && /^[،,(]$/.test(words[j]!.punctBefore!)) && !(paren && words[j]!.punctBefore === ')')) break;
      const tt: Title | null = t ? null : title(j);
      if (tt && (tt.roles.length > 1 || tt.roles[0]!.complement || tt.roles[0]!.nat || !matchStyle(words, norms, j))) { t = tt; j = tt.end; continue; }
      const s = matchStyle(words, norms, j);
      if (s && (j === i0 || !/^[وف]/.test(norms[j]!) || words[j]!.forms.length === 1)) { if (s.rank) rank ??= s.rank; styled = true; styleWords.push(...norms.slice(j, j + s.length).map((w, k) => (k === 0 ? w.replace(/^[وف](?=ال)/, '') : w))); j += s.length; continue; }
      // An honorific after the title: "ولي العهد السعودي، الأمير محمد بن سلمان", "…والإرشاد الشيخ صالح".
      if (t && j > i0 && !/^[وف]/.test(norms[j]!)) {
        const h = parseTitle(words, j, countryName, norms, false);
        if (h && isHonorificOnly(h)) { j = h.end; continue; }
      }
      // The country of the office after the title: "وزير شؤون التوحيد في كوريا الجنوبية شو ميونغ-غيون".
      if (t && !words[j]?.punctBefore && /^(في|لدي)$/.test(norms[j] ?? '') && !words[j + 1]?.punctBefore) {
        const c = matchCountryName(norms, j + 1);
        if (c && readNameAfter(words, norms, j + 1 + c.length, false, false, true)) {
          const placed: Title = { ...(t as Title), end: j + 1 + c.length, country: (t as Title).country ?? c.country };
          t = placed;
          j = placed.end;
          continue;
        }
      }
      // A parenthesis after the title: "المتحدث باسم وزارة الدفاع الأمريكية (البنتاغون) أدريان غالاواي".
      if (t && words[j]?.punctBefore === '(') {
        let k = j;
        while (k < words.length && k < j + 4 && !(words[k + 1]?.punctBefore ?? '').includes(')')) k++;
        if (k < j + 4 && words[k + 1]) { j = k + 1; paren = true; continue; }
      }
      if (tt) { t = tt; j = tt.end; continue; }
      break;
    }
    if (!t && !rank && !styled) return null;
    const fullRole = !!t && t.roles.some((r) => r.complement || r.nat);
    let name = readNameAfter(words, norms, j, !!t, paren, fullRole) ?? (t && !isHonorificOnly(t) ? nameAfterRoleWords(j) : null);
    // A known name ends where its spelling ends: "سمو الأمير فيصل بن فرحان مأدبة غداء" — unless name words go on
    // ("السيد عبد الله عبد الكريم" is not King Abdullah).
    if (name && name.end - name.start > 2) {
      const k = knownAt(name.start, true);
      const rest = k ? name.norms.slice(k.length) : [];
      const nameGoesOnHere = rest.length > 0 && allNameWords(rest);
      if (k && k.length >= 2 && k.length < name.end - name.start && !nameGoesOnHere && spelledAs(k.person, name.norms.slice(0, k.length))) {
        name = { ...name, end: name.start + k.length, norms: name.norms.slice(0, k.length) };
      }
    }
    if (name && acceptName(name, t, rank)) {
      let end = name.end;
      // Apposition: "الشيخ تميم بن حمد آل ثاني أمير دولة قطر"
      const appo = appositive(name.end);
      if (appo) end = appo.end;
      // NAME TITLE lists ("إم جونغ-سيوك، رئيس سكرتارية الرئاسة … سو هون رئيس الاستخبارات الوطنية ، جو ميونغ-غيون وزير الوحدة"):
      // when the name after this title has its own title, this title belongs to the name before it.
      if (appo && t && !rank && !styled) {
        const before = readNameBefore(words, norms, t.start);
        if (before && before.start >= lastEnd) return { name: before, title: t, rank: null, start: before.start, end: t.end, known: null, ref: false };
      }
      const useTitle = appo && (!t || isHonorificOnly(t)) ? appo : t;
      const stacked = appo && t && useTitle === t ? { ...t, roles: [...t.roles, ...appo.roles], end: appo.end, country: t.country ?? appo.country } : useTitle;
      const known = knownAt(name.start, true);
      const len = name.end - name.start;
      // The known person must account for every word of the name ("مشعل الزبن" is not "مشعل الأحمد").
      const fits = !!known && known.length >= len - 1 && spelledAs(known.person, name.norms);
      return { name, title: stacked, rank, start: i0, end, known: fits ? known!.person : null, ref: false, styledOnly: !t && !rank, styleWords };
    }
    if (t) {
      // "نائب رئيس الحزب ورئيس لجنة الرياضة الوطنية": a و-title with no name of its own continues the role.
      const more = t.end < words.length && !words[t.end]!.punctBefore && /^[وف]/.test(norms[t.end]!) ? parseTitle(words, t.end, countryName, norms) : null;
      if (more && more.roles[0]!.complement && !readNameAfter(words, norms, more.end, true) && !readNameBefore(words, norms, more.start)) {
        t = { ...t, roles: [...t.roles, ...more.roles], end: more.end };
      }
 const conjStart = /^[وف]/.test(norms[t.start]!) && !heads.match(stripAl(norms[t.start]!), norms, t.start);
      const before = conjStart ? null : readNameBefore(words, norms, t.start);
      if (before && before.start >= lastEnd && !(t.roles.length === 1 && !t.roles[0]!.complement && !t.roles[0]!.nat && !t.roles[0]!.tails.length)) {
        const known = knownAt(before.start);
        return { name: before, title: t, rank, start: before.start, end: t.end, known: known && known.length >= before.end - before.start - 1 && spelledAs(known.person, before.norms) ? known.person : null, ref: false };
      }
      return { name: null, title: t, rank, start: t.start, end: t.end, known: null, ref: true };
    }
    return null;
  }

  /**
   * The institution of a role may run on in words the title grammar does not know ("رئيس شركة الصين الوطنية للبترول
   * وانغ يلين", "مدير معمل الصحة العامة السيد …"): up to three ordinary words, maybe a style, then a name of two or
   * more name words.
   */
  function nameAfterRoleWords(j0: number): NameRun | null {
    for (let j = j0; j < j0 + 3 && j < words.length; j++) {
      // A preposition (ب، ك، ل without the article) or a possessive pronoun ends the role's noun phrase: "السفير الأميركي
      // تعازيه لأهالي منطقة بن قردان"; ل + the article is the institution's genitive ("للبترول").
      const w = words[j]!;
      const preposition = !w.norm.startsWith('لل') && w.forms.some((f) => /^[وف]?[بكل]$/.test(f.prefix));
      if (w.punctBefore || !isOrdinaryWord(norms[j]!) || startsTitle(words, norms, j) || /(ه|ها|هم)$/.test(w.tok.text) || preposition) return null;
      const style = !words[j + 1]?.punctBefore ? matchStyle(words, norms, j + 1) : null;
      const run = readNameAfter(words, norms, j + 1 + (style && !style.rank ? style.length : 0), false);
      if (run && run.norms.length >= 2 && allNameWords(run.norms)) return run;
    }
    return null;
  }

  /** A title right after a name (or after its comma) that has no name of its own: "أنور قرقاش، وزير الدولة…". */
  function appositive(k: number): Title | null {
    if (k >= words.length || (words[k]!.punctBefore && !/^[،,]$/.test(words[k]!.punctBefore!))) return null;
    let a = parseTitle(words, k, countryName, norms, false);
    // "أمير البلاد", "ملك الدولة": a ruler's title with "the country" for complement is no honorific.
    if (a && a.roles.length === 1 && a.roles[0]!.head.honorific && !a.roles[0]!.complement && /^(البلاد|الدوله)$/.test(norms[a.end] ?? '') && !words[a.end]!.punctBefore) {
      const r = a.roles[0]!;
      a = { ...a, roles: [{ ...r, head: { ...r.head, honorific: false, bare: undefined }, end: a.end + 1 }], end: a.end + 1 };
      // "أمير البلاد المفدى": the epithet after it is no name.
      if (a.end < words.length && !words[a.end]!.punctBefore && norms[a.end]!.startsWith('ال') && !startsTitle(words, norms, a.end)) return { ...a, end: a.end + 1 };
      return a;
    }
    // A bare one-word head is no apposition ("… أمير" alone); a fixed title of several words is ("رئيس مجلس الوزراء").
    if (!a || (a.roles.length === 1 && !a.roles[0]!.complement && !a.roles[0]!.nat && (a.end - a.start < 2 || a.roles[0]!.head.honorific))) return null;
    if (a.roles.length === 1 && a.roles[0]!.head.honorific && !a.roles[0]!.complement) return null;
    if (readNameAfter(words, norms, a.end, true)) return null;
    const more = a.end < words.length && !words[a.end]!.punctBefore && /^[وف]/.test(norms[a.end]!) ? parseTitle(words, a.end, countryName, norms) : null;
    if (more && more.roles[0]!.complement && !readNameAfter(words, norms, more.end, true)) return { ...a, roles: [...a.roles, ...more.roles], end: more.end };
    return a;
  }

  /** A one-word name after a title must recur in the article, be a known name, or be a name word and no ordinary word. */
  function acceptName(name: NameRun, t: Title | null, rank: string | null): boolean {
    if (name.norms.length > 1) return true;
    const w = name.norms[0]!;
    if (knownAt(name.start, true)) return true;
    if ((counts.get(w) ?? 0) >= 2) return true;
    const conj = /^[وفبل]/.test(w) && isNameWordLookup(w.slice(1));
    if (t && !isHonorificOnly(t) && isNameWordLookup(w) && !isLexical(w) && !conj && !w.startsWith('ال')) return true;
    return !!(t || rank) && (counts.get(stripAl(w)) ?? 0) >= 2;
  }

  /** The role as written, without the conjunction or preposition glued to its first word. */
  function roleText(t: Title): string {
    const w = words[t.start]!;
    const bare = w.forms.find((f) => f.prefix && /^[وفبل]+$/.test(f.prefix) && w.norm.endsWith(f.form) && heads.match(stripAl(f.form), norms, t.start));
    const from = bare && !heads.match(stripAl(w.norm), norms, t.start) ? w.tok.start + bare.prefix.length : w.tok.start;
    return text.slice(from, words[t.end - 1]!.tok.end);
  }

  const persons = buildPersons(words, norms, detections, personal.map((p) => ({ ...p, norm: normalize(p.name_ar) })));
  const officials: Official[] = [];
  const people: Person[] = [];
  for (const p of persons) {
    const dict = p.personal;
    const known: KnownPerson | null = p.known;
    const country = dict?.country ?? p.country ?? known?.country ?? null;
    const roleTitle = p.title;
    const role_en = dict?.role_en ?? (roleTitle ? renderTitle({ ...roleTitle, country: roleTitle.country ?? country }) : p.rank) ?? known?.roles[known.roles.length - 1]?.role_en ?? null;
    const name_en = dict?.name_en ?? known?.name_en ?? nameToEnglish(p.nameAr, { country });
    if (!known && !dict && holdsNoOffice(p)) {
      people.push({
        id: `p${people.length + 1}`, name_ar: p.nameAr, name_en, named: true,
        description_ar: roleTitle ? roleText(roleTitle) : null, description_en: roleTitle ? role_en : null, country, mentions: p.mentions,
      });
      continue;
    }
    officials.push({
      id: `o${officials.length + 1}`,
      name_ar: p.nameAr,
      name_en,
      role_ar: roleTitle ? roleText(roleTitle) : null,
      role_en,
      country,
      mentions: p.mentions,
      evidence: p.evidence,
      known: !!known || !!dict,
    });
  }
  return { officials, people };
}

/** Styles that say nothing of an office (Mr, Dr, Eng.): a name with only these before it is a person, not an official. */
const CIVIL_STYLES = new Set(['السيد', 'السيده', 'الدكتور', 'الدكتوره', 'د', 'المهندس', 'المهندسه', 'الاستاذ', 'الاستاذه', 'الحاج', 'البروفيسور'].map(normalize));

/** A person described only as what they are (analyst, journalist, relative) or only with a civil style. */
function holdsNoOffice(p: PersonRecord): boolean {
  if (p.rank) return false;
  if (p.title) return p.title.roles.every((r) => r.head.person);
  return p.detections.some((d) => d.styledOnly && d.styleWords?.every((w) => CIVIL_STYLES.has(w)));
}

/**
 * Every word is a name word, a particle (بن، آل، عبد) or the word a particle links ("عبد الكريم"), no verb, and the
 * run opens with a name word ("بن قردان" is a town).
 */
function allNameWords(norms: string[]): boolean {
  const nameWord = (w: string) => isNameWordLookup(w) && !nameStops.has(w.replace(/^[وف]/, ''));
  const linked = (k: number) => (k > 0 && (nameParticles.has(norms[k - 1]!) || norms[k - 1] === 'عبد')) || compoundNameEnds.has(norms[k + 1] ?? '');
  return norms.length > 0 && (nameWord(norms[0]!) || norms[0] === 'عبد') && norms.every((w, k) => nameWord(w) || nameParticles.has(w) || w === 'عبد' || linked(k));
}

let knownFirstWords: Set<string> | null = null;
/** Cheap test before a gazetteer look-up: the word (or its bare form) starts some known spelling. */
function mayStartKnownName(w: Word): boolean {
  if (!knownFirstWords) {
    knownFirstWords = new Set();
    for (const p of knownPeople) {
      for (const n of [...p.names_ar, ...(p.short_ar ?? []), ...(p.after_title_ar ?? [])]) {
        const first = normalize(n).split(/[\s-]+/)[0];
        if (first) { knownFirstWords.add(first); knownFirstWords.add(first.replace(/^عبد(?=ال)/, 'عبد')); }
        const joined = normalize(n).replace(/^عبد /, 'عبد').split(/[\s-]+/)[0];
        if (joined) knownFirstWords.add(joined);
      }
    }
  }
  for (const f of w.forms) {
    if (knownFirstWords.has(f.form)) return true;
    const hyphen = f.form.indexOf('-');
    if (hyphen > 0 && knownFirstWords.has(f.form.slice(0, hyphen))) return true;
  }
  return false;
}

/** The matched words really are words of one of the person's Arabic spellings (a guard on fuzzy look-ups). */
const vocabCache = new WeakMap<KnownPerson, Set<string>>();
function spellingVocab(p: KnownPerson): Set<string> {
  let vocab = vocabCache.get(p);
  if (vocab) return vocab;
  vocab = new Set<string>();
  for (const n of [...p.names_ar, ...(p.short_ar ?? [])]) {
    for (const w of normalize(n).split(/[\s-]+/)) {
      vocab.add(w);
      // "عبدالعزيز" is also written "عبد العزيز"
      if (w.startsWith('عبد') && w.length > 4) { vocab.add('عبد'); vocab.add(w.slice(3)); }
    }
  }
  vocabCache.set(p, vocab);
  return vocab;
}

function spelledAs(p: KnownPerson, matched: string[]): boolean {
  const vocab = spellingVocab(p);
  return matched.every((w, k) => vocab.has(w) || (k === 0 && /^[وفبل]/.test(w) && vocab.has(w.slice(1))) || (k === 0 && /^(وال|بال|فال|لل)/.test(w) && vocab.has('ال' + w.slice(w.startsWith('لل') ? 2 : 3))) || w.split('-').every((x) => vocab.has(x)));
}

/**
 * A one-word match whose written hamza inside the word is absent from every spelling of the person: normalising
 * أ to ا makes the verb "ترأس" read as "تراس" (Truss); names keep their spelling, common words keep their hamza.
 */
function hamzaClash(w: Word, p: KnownPerson): boolean {
  const raw = w.tok.text.replace(/[\u064B-\u065F\u0670\u0640]/g, '');
  const stem = raw.replace(/^(?:[وف]?(?:ال|لل|[بلك]ال?)?)/, '');
  if (!/.[أإؤئ]/.test(stem)) return false;
  return ![...p.names_ar, ...(p.short_ar ?? [])].some((n) => /.[أإؤئ]/.test(n.replace(/^ال/, '')));
}

const exactCache = new WeakMap<KnownPerson, Set<string>>();
function spelledExactly(p: KnownPerson, word: string): boolean {
  let words = exactCache.get(p);
  if (!words) {
    words = new Set([...p.names_ar, ...(p.short_ar ?? [])].flatMap((n) => normalize(n).split(/[\s-]+/)));
    exactCache.set(p, words);
  }
  return words.has(word);
}

function isHonorificOnly(t: Title): boolean {
  return t.roles.length === 1 && !!t.roles[0]!.head.honorific && !t.roles[0]!.complement;
}

export { startsTitle };
