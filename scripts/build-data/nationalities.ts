/**
 * Nationality adjectives (every gender, number and article form) and Arabic country names → ISO alpha-2.
 * Sources: ArWikiCats nationalities (MIT), world-countries (ODbL), i18n-iso-countries (MIT), and the
 * hand-written supplement scripts/data/nationalities-extra.json.
 */
import { normalize } from '../../lib/arabic/normalize';
import { byCodePoint, readJson, readRepo, readShared, tsvRows } from './io';

interface NatRecord { male: string; males: string; female: string; females: string; the_male: string; the_female: string; en: string; ar: string }
interface Extra {
  countryAliases: Record<string, string>;
  adjectiveEn: Record<string, string>;
  spellingVariants: [string, string][];
  adjectives: [string, string, string][];
  countries: [string, string][];
  excludeForms: string[];
  excludeCountries: string[];
}

const SUFFIXES = ['', 'ه', 'ون', 'ين', 'ان', 'تان', 'تين', 'ات'];
const titleCase = (s: string) => s.replace(/(^|[\s-])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase());
const isAdjectiveWord = (w: string) => w.length >= 3 && w.endsWith('ي');

/** Article placements over the words: none, every word, adjective words only, other words only ("الجنوب أفريقي"). */
function articleVariants(words: string[], adjective: boolean[]): string[][] {
  const withAl = (w: string) => (w.startsWith('ال') ? w : 'ال' + w);
  const out: string[][] = [words, words.map(withAl), words.map((w, k) => (adjective[k] ? withAl(w) : w))];
  if (adjective.some((a) => !a)) out.push(words.map((w, k) => (adjective[k] ? w : withAl(w))));
  return out;
}

/** Every inflection of a masculine singular adjective of one or more words ("كوري شمالي"). */
export function inflect(male: string): string[] {
  const words = normalize(male).split(/\s+/).filter(Boolean);
  const adjective = words.map(isAdjectiveWord);
  const forms = new Set<string>();
  for (const suffix of SUFFIXES) {
    const inflected = words.map((w, k) => (adjective[k] ? w + suffix : w));
    for (const v of articleVariants(inflected, adjective)) forms.add(v.join(' '));
  }
  return [...forms];
}

function plainForms(form: string): string[] {
  const words = normalize(form).split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const bare = words.map((w) => w.replace(/^ال/, ''));
  return [...new Set([words.join(' '), bare.join(' '), bare.map((w) => 'ال' + w).join(' ')])];
}

/**
 * The spellings the press gives country names beyond the sources' one: Egypt's ج for the g others write غ
 * («أنجولا», «بنجلاديش», «باراجواي»), and the article some papers put before a one-word name («البيرو», «الهندوراس»).
 * (Variants that are ordinary words, «المجرب» or «البنين», are in excludeCountries; one that is a nationality
 * adjective, «الجيبوتي», stays the adjective.)
 */
function pressVariants(names: [string, string][]): [string, string][] {
  const out: [string, string][] = [];
  for (const [name, code] of names) {
    // (The short names the press uses: not «جمهورية …» or «منطقة … الإدارية», which only the sources write out.)
    if (name.includes('غ') && name.split(' ').length <= 2 && !/^(جمهوريه|الجمهوريه|مملكه|دوله|منطقه|جزر) /.test(name)) out.push([name.replace(/غ/g, 'ج'), code]);
    if (!name.includes(' ') && !name.startsWith('ال') && name.length >= 3) out.push(['ال' + name, code]);
  }
  const taken = new Set(names.map(([n]) => n));
  return out.filter(([n]) => !taken.has(n));
}

export function buildNationalities() {
  const extra = readJson<Extra>(readRepo('scripts/data/nationalities-extra.json'));
  const world = tsvRows(readShared('countries-ar/world_countries_ar_en.tsv'));
  const i18n = readJson<{ countries: Record<string, string | string[]> }>(readShared('countries-ar/i18n-iso-countries_ar.json'));

  const codeOfEnglish = new Map<string, string>();
  for (const [cca2, , common, official, , , , , alt] of world) {
    for (const n of [common, official, ...(alt ?? '').split('|')]) if (n) codeOfEnglish.set(n.toLowerCase(), cca2!);
  }
  for (const [en, code] of Object.entries(extra.countryAliases)) codeOfEnglish.set(en, code);
  const demonym = new Map(world.map((r) => [r[0]!, r[6]!] as const).filter(([, d]) => d));

  const excluded = new Set(extra.excludeForms.map(normalize));
  const variants = extra.spellingVariants.map(([a, b]) => [normalize(a), normalize(b)] as const);
  const withVariants = (forms: string[]) => {
    const out = new Set(forms);
    for (const f of forms) for (const [a, b] of variants) if (f.includes(a)) out.add(f.split(a).join(b));
    return [...out];
  };

  // form → [code, English adjective]; the first source to claim a form keeps it.
  const formOwner = new Map<string, [string, string]>();
  const pressAdjective = new Map<string, string>();
  for (const [, code, en] of extra.adjectives) if (!pressAdjective.has(code)) pressAdjective.set(code, en);
  const claim = (forms: string[], code: string, en: string) => {
    for (const f of withVariants(forms)) if (!excluded.has(f) && !formOwner.has(f)) formOwner.set(f, [code, en]);
  };

  for (const [male, code, en] of extra.adjectives) claim(inflect(male), code, en);
  const files = ['nationalities_data', 'nationalities_data_with_directions', 'all_nat_as_en', 'continents'];
  for (const file of files) {
    const data = readJson<Record<string, NatRecord>>(readShared(`arwikicats-nationalities/${file}.json`));
    for (const key of Object.keys(data).sort(byCodePoint)) {
      const rec = data[key]!;
      const code = codeOfEnglish.get(rec.en) ?? codeOfEnglish.get(key);
      if (!code) continue;
      const en = extra.adjectiveEn[key] ?? pressAdjective.get(code) ?? demonym.get(code) ?? titleCase(key);
      const forms = [...inflect(rec.male)];
      for (const f of [rec.males, rec.females, rec.female, rec.the_male, rec.the_female]) if (f) forms.push(...plainForms(f));
      claim(forms, code, en);
    }
  }

  // «باراغواي» → «الباراغوياني»، «الباراغوايي»، «الباراغواياني»: the nisba the press forms from a name in -واي (Paraguay,
  // Uruguay), which the sources spell only one way («بارغواياني»); added after them, for the forms no source claims.
  const nameAdjective = new Map<string, string>();
  for (const [code, en] of formOwner.values()) if (!nameAdjective.has(code)) nameAdjective.set(code, en);
  for (const [cca2, , , , arCommon] of world) {
    const name = normalize(arCommon ?? '').replace(/^ال/, '');
    const en = nameAdjective.get(cca2!);
    if (!en || name.includes(' ') || !name.endsWith('واي')) continue;
    for (const stem of [name, name.replace(/غ/g, 'ج')]) claim([...inflect(stem + 'ي'), ...inflect(stem.slice(0, -2) + 'ياني'), ...inflect(stem + 'اني')], cca2!, en);
  }

  const groups = new Map<string, string[]>();
  for (const [form, [code, en]] of formOwner) {
    const k = `${code}\t${en}`;
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(form);
  }
  const adjectives = [...groups.entries()].sort(([a], [b]) => byCodePoint(a, b))
    .map(([k, forms]) => [...k.split('\t'), forms.sort(byCodePoint)]);

  // Country names: the first code to claim a name keeps it (hand-written list first, then the two sources).
  const excludedCountries = new Set(extra.excludeCountries.map(normalize));
  const nameOwner = new Map<string, string>();
  const claimName = (name: string, code: string) => {
    const n = normalize(name).replace(/[()]/g, '').replace(/\s+/g, ' ').trim();
    if (n && !excludedCountries.has(n) && !nameOwner.has(n)) nameOwner.set(n, code);
  };
  for (const [name, code] of extra.countries) claimName(name, code);
  for (const [cca2, , , , arCommon, arOfficial] of world) {
    if (arCommon) claimName(arCommon, cca2!);
    if (arOfficial) claimName(arOfficial, cca2!);
  }
  for (const [code, names] of Object.entries(i18n.countries).sort(([a], [b]) => byCodePoint(a, b))) {
    for (const n of Array.isArray(names) ? names : [names]) claimName(n, code);
  }
  for (const [name, code] of pressVariants([...nameOwner])) if (!nameOwner.has(name) && !excludedCountries.has(name) && !formOwner.has(name)) nameOwner.set(name, code);
  const byCode = new Map<string, string[]>();
  for (const [name, code] of nameOwner) {
    if (!byCode.has(code)) byCode.set(code, []);
    byCode.get(code)!.push(name);
  }
  const countries = [...byCode.entries()].sort(([a], [b]) => byCodePoint(a, b)).map(([code, names]) => [code, names.sort(byCodePoint)]);
  return { adjectives, countries };
}

/** Capitals (English, as in places.json) and the country each is the capital of. */
export function buildCapitals(): Record<string, string> {
  const { capitals } = readJson<{ capitals: Record<string, string> }>(readRepo('scripts/data/places.json'));
  return Object.fromEntries(Object.entries(capitals).sort(([a], [b]) => byCodePoint(a, b)));
}

/** Provinces (English, as in places.json) and the country each is in: a governor's or a mayor's country. */
export function buildProvinceCountries(): Record<string, string> {
  const { provinces, cityCountries } = readJson<{ provinces: [string, string, string][]; cityCountries: Record<string, string> }>(
    readRepo('scripts/data/places.json'),
  );
  const out = new Map<string, string>();
  for (const [, en, code] of provinces) if (!out.has(en)) out.set(en, code);
  // Cities that are not capitals (capitals.json has those): Alexandria, Basra, Istanbul.
  for (const [en, code] of Object.entries(cityCountries)) if (!out.has(en)) out.set(en, code);
  return Object.fromEntries([...out.entries()].sort(([a], [b]) => byCodePoint(a, b)));
}

/** The one-word places that are people's names too (marked "name" in places.json): they must not stop a name. */
export function placesThatAreNames(): Set<string> {
  const { provinces } = readJson<{ provinces: string[][] }>(readRepo('scripts/data/places.json'));
  return new Set(provinces.filter((row) => row[3] === 'name').map(([ar]) => normalize(ar!).trim()));
}

/** Capitals, cities and provinces named in role tails and complements (لدى الرياض، والي المنستير): normalised Arabic → English. */
export function buildPlaces(): Record<string, string> {
  // Cities first, then provinces: the first English given for a spelling keeps it.
  const { places, provinces } = readJson<{ places: [string, string][]; provinces: [string, string][] }>(readRepo('scripts/data/places.json'));
  const out = new Map<string, string>();
  for (const [ar, en] of [...places, ...provinces]) {
    const key = normalize(ar).replace(/\s+/g, ' ').trim();
    if (!out.has(key)) out.set(key, en);
  }
  return Object.fromEntries([...out.entries()].sort(([a], [b]) => byCodePoint(a, b)));
}
