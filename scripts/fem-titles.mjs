// Derives the feminine of every title head in assets/titles.json (the head word takes ة, an adjective that agrees with
// it its feminine: «المفوض السامي» → «المفوضة السامية», «الممثل الأعلى» → «الممثلة العليا», «كبير المفاوضين» →
// «كبيرة المفاوضين»; a construct complement is kept: «رئيس مجلس النواب» → «رئيسة مجلس النواب»), prints the forms the
// asset lacks, and with --write adds them to the heads' `fem` lists. titles.json is hand-kept (build:data does not
// write it), so this is run by hand after adding heads; its output was reviewed: SKIP holds the heads whose feminine is
// no title or reads as a common word or a name.
//   node scripts/fem-titles.mjs [--write]
import fs from 'node:fs';

const FILE = new URL('../assets/titles.json', import.meta.url);
const text = fs.readFileSync(FILE, 'utf8');
const data = JSON.parse(text);

/** Heads (first Arabic form) whose feminine is not derived, with why. */
const SKIP = {
  'محافظ': 'محافظة is a governorate',
  'مؤسس': 'مؤسسة is an institution',
  'عمدة': 'already the feminine form, said of women too',
  'كبير': 'bare كبيرة is the common adjective "big"; the كبيرة + complement titles are their own heads',
  'مرشد': 'a Supreme Leader, a male office',
  'المرشد الاعلى': 'a male office',
  'ولي العهد': 'a male office', 'ولي ولي العهد': 'a male office', 'ولي عهد': 'a male office',
  'خادم الحرمين الشريفين': 'a male office',
  'سلطان': 'a male office (سلطانة is a name)',
  'بابا': 'a male office', 'كاردينال': 'a male office', 'بطريرك': 'a male office', 'مطران': 'a male office',
  'شيخ الأزهر': 'a male office',
  'رجل الدين': 'رجل is male', 'رجل الأعمال': 'رجل is male; سيدة الأعمال is listed',
  'داعية': 'already the same for both', 'أرملة': 'already feminine',
  'أمين عمان': 'أمينة is a common first name', 'أمين بغداد': 'أمينة is a common first name', 'أمين العاصمة': 'أمينة is a common first name',
  'قائمقام': 'a compound with no feminine in use',
  'مفتي': 'no feminine in use',
  'رئيس البرلمان': '«رئيسة» + the chamber names the chamber (Speaker of the House of Representatives), better than this head',
};

/** Adjectives that agree with the head they follow. */
const ADJ = {
  'عام': 'عامة', 'سامي': 'سامية', 'اعلى': 'عليا', 'أعلى': 'عليا', 'عسكري': 'عسكرية', 'اول': 'اولى', 'أول': 'أولى',
  'تنفيذي': 'تنفيذية', 'صحفي': 'صحفية', 'منتدب': 'منتدبة', 'خاص': 'خاصة', 'مشترك': 'مشتركة', 'قطري': 'قطرية',
  'رئيسي': 'رئيسية', 'اقتصادي': 'اقتصادية', 'اقتصادى': 'اقتصادية', 'جهوي': 'جهوية', 'أممي': 'أممية', 'رسمي': 'رسمية',
  'ثقافي': 'ثقافية', 'إعلامي': 'إعلامية', 'تجاري': 'تجارية', 'دائم': 'دائمة', 'مقيم': 'مقيمة',
};

const norm = (s) => s.replace(/[إأآ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه').replace(/[\u064B-\u0652]/g, '');
const withAl = (w) => (w.startsWith('ال') && w.length > 3 ? { al: 'ال', stem: w.slice(2) } : { al: '', stem: w });

/** The feminine of one Arabic form, or null when its head word cannot take ة. */
function feminine(form) {
  const words = form.split(' ');
  const { al, stem } = withAl(words[0]);
  if (/[ةه]$/.test(stem) || stem.length < 3) return null;
  // A defective participle written without its ي (محام، قاض) takes it back: محامية.
  const out = [al + stem + (/^(محام|قاض)$/.test(stem) ? 'ية' : 'ة')];
  let k = 1;
  // Adjectives right after the head agree with it (as after «الأمم المتحدة», which the head may govern first:
  // «مفوض الأمم المتحدة السامي»); the first other word opens a construct complement, kept as it is.
  for (; k < words.length; k++) {
    if (words[k] === 'الأمم' && words[k + 1] === 'المتحدة') { out.push(words[k], words[k + 1]); k++; continue; }
    const w = withAl(words[k]);
    const f = ADJ[w.stem];
    if (!f) break;
    out.push(w.al + f);
  }
  return [...out, ...words.slice(k)].join(' ');
}

const skip = new Set(Object.keys(SKIP).map(norm));
const added = [];
for (const h of data.heads) {
  if (h.ar.some((a) => skip.has(norm(a)))) continue;
  const have = new Set((h.fem ?? []).map(norm));
  const fresh = [];
  for (const a of h.ar) {
    const f = feminine(a);
    if (f && !have.has(norm(f))) { have.add(norm(f)); fresh.push(f); }
  }
  if (!fresh.length) continue;
  added.push([h.ar[0], fresh]);
  h.fem = [...(h.fem ?? []), ...fresh];
}
for (const [a, f] of added) console.log(`${a} → ${f.join('، ')}`);
console.log(`${added.reduce((n, [, f]) => n + f.length, 0)} forms on ${added.length} heads`);

if (process.argv.includes('--write')) {
  // Keep the file's layout: plural lists and the short fem lists on one line, the rest as JSON.stringify lays it out.
  const inline = new Set([...text.matchAll(/"fem": \[(.*)\]/g)].map((m) => m[1]));
  for (const [, f] of added) inline.add(f.map((s) => JSON.stringify(s)).join(', '));
  let out = JSON.stringify(data, null, 1);
  out = out.replace(/"(plural|fem)": \[\n((?:\s+".*",?\n)+)\s+\]/g, (m, key, body) => {
    const one = body.trim().split(/,?\n\s*/).join(', ');
    return key === 'plural' || inline.has(one) ? `"${key}": [${one}]` : m;
  });
  fs.writeFileSync(FILE, out + '\n');
}
