import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { normalize } from '@/lib/arabic/normalize';
import { isNoPersonName } from '@/lib/people/evidence';
import { isFeminineOfNameStem } from '@/lib/people/lexicon';

const noPerson = (name: string) => isNoPersonName(normalize(name).split(' '));

describe('a speaker whose every word is a word of the language is no named person', () => {
  it('reads «والدة إحدى الطالبات» as an unnamed described speaker (heldout21 2208-youm7-cairo-medical-exam-leak)', () => {
    const text = 'وقالت والدة إحدى الطالبات: «ابنتي ذاكرت ليلا ونهارا، ومن حقها أن تُقيَّم بعدل مثل غيرها».';
    const a = analyze(text);
    expect(a.people.some((p) => p.named && p.name_ar.includes('الطالبات'))).toBe(false);
    const q = a.quotes.find((x) => x.text.includes('ابنتي'));
    expect(q?.speaker_ar).toBe('والدة إحدى الطالبات');
  });

  it('knows the feminine plural of a name word\'s stem as a word («الطالبات» of «طالب»)', () => {
    expect(isFeminineOfNameStem(normalize('الطالبات'))).toBe(true);
    expect(noPerson('إحدى الطالبات')).toBe(true);
  });

  it('leaves names alone: a word the lexicon does not know, or a feminine the name lists hold', () => {
    expect(noPerson('ديمتريس تزاناكوبولوس')).toBe(false);
    expect(noPerson('جميلة بوحيرد')).toBe(false);
    expect(noPerson('سعيدة')).toBe(false);
    expect(noPerson('محمد النعيمات')).toBe(false);
  });
});

describe('a speaker after a style keeps the name, a verb alone is nobody', () => {
  it('keeps «الدكتور عايد المناع» named (heldout18 1915-kuna-kuwait-saadoun-boughali-parliament)', () => {
    const text = 'وقال المحلل السياسي الكويتي الدكتور عايد المناع لـ(كونا) إن الزيارة "تعكس عمق العلاقات بين البلدين".';
    const a = analyze(text);
    expect(a.people.some((p) => p.named && p.name_ar === 'عايد المناع')).toBe(true);
  });

  it('reads no speaker in «أسفرت عن مقتل …» (heldout37 3802-al-arabiya-maputo-palma-attack)', () => {
    const text = 'وتتبنى جماعة محلية تعرف باسم "الشباب"، لا صلة لها بالحركة الصومالية التي تحمل الاسم ذاته، وأعلنت ولاءها لتنظيم داعش، هجمات في الإقليم منذ عام 2017، أسفرت عن مقتل أكثر من 2600 شخص وتشريد نحو 700 ألف، وفق منظمات غير حكومية.';
    const a = analyze(text);
    expect(a.people.some((p) => p.name_ar === 'أسفرت')).toBe(false);
    expect(a.quotes.some((q) => q.speaker_ar === 'أسفرت')).toBe(false);
  });
});

describe('a person of ordinary words is no person', () => {
  it('finds nobody in «والمواطن تحمل كلفة كبيرة» (heldout30 3123-al-arabiya-khartoum-gibril-imf-mission)', () => {
    const text = 'وقال جبريل إبراهيم في تصريحات للعربية.نت عقب الاجتماع: "أنجزنا إصلاحات صعبة في سعر الصرف ودعم الوقود، والمواطن تحمل كلفة كبيرة، والآن ننتظر من المجتمع الدولي أن يفي بالتزاماته".';
    expect(analyze(text).people.some((p) => p.name_ar.includes('كلفة'))).toBe(false);
  });

  it('needs a word no name bears: ordinary words alone, a lone family name, a foreign name stay names', () => {
    expect(noPerson('بشظية قذيفة سقطت')).toBe(true);
    expect(noPerson('عايد المناع')).toBe(false);
    expect(noPerson('أدن دوالي')).toBe(false);
    expect(noPerson('النعيمات')).toBe(false);
    expect(noPerson('لجهود إيكواس')).toBe(false);
  });
});
