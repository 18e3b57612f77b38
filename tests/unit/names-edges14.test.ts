import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { findOfficials } from '@/lib/officials';
import { matchNationality } from '@/lib/vocab/nationalities';

describe('the nisba of a noun of the language', () => {
  it('is not a nationality spelt with a letter more («مصرفي» is banking, not «مصري»)', () => {
    expect(matchNationality(['المصرفي'], 0)).toBeNull();
    const q = analyze('وقال مصدر مصرفي رفيع إن الطلب على العملة الصعبة تضاعف منذ الربيع.').quotes[0]!;
    expect(q.speaker_en).toBe('Senior banking source');
  });
  it('while a nationality spelt the French way still is one («التوغولي»)', () => {
    expect(matchNationality(['التوغولي'], 0)?.country).toBe('TG');
  });
});

describe('a preposition glued to a noun after two words of a name', () => {
  it('ends the name, even when a name list holds the word («بولاية ثانية»)', () => {
    const names = findOfficials('وفاز الرئيس النيجيري محمدو بخاري بولاية ثانية بعد فرز الأصوات.').map((o) => o.name_ar);
    expect(names).toEqual(['محمدو بخاري']);
    const again = findOfficials('وهنأ الوزير الرئيس جوكو ويدودو بولاية ثانية في قصر الرئاسة.').map((o) => o.name_ar);
    expect(again).toContain('جوكو ويدودو');
    expect(again.some((n) => n.includes('بولاية'))).toBe(false);
  });
});

describe('what opens with «لل» after a title', () => {
  it('is no name: the title speaks the words in quotation marks', () => {
    const a = analyze('وقال رئيس الحكومة السابق "للمرة الأولى منذ عقد تتعطل المفاوضات بسبب الشروط نفسها".');
    expect(a.officials).toEqual([]);
    expect(a.quotes[0]?.speaker_en).toBe('Former Prime Minister');
  });
});

describe('a name and a number after it', () => {
  it('ends before the number, glued to a preposition or not', () => {
    const names = findOfficials('وحلت كتلة "الوفاق" بزعامة النائب سامر الدليمي بـ31 مقعدا في المرتبة الثالثة.').map((o) => o.name_ar);
    expect(names).toEqual(['سامر الدليمي']);
  });
});

describe('the given and family names of a name of three', () => {
  it('are the same person taken up again («ليلى المنصوري» of «ليلى أحمد المنصوري»)', () => {
    const text = 'وقالت وزيرة الصحة ليلى أحمد المنصوري إن المستشفى الجديد يتسع لثلاثمئة سرير.\n\nوقالت الوزيرة ليلى المنصوري، خلال الافتتاح، إن العمل بدأ.';
    const found = findOfficials(text).filter((o) => o.name_ar.includes('المنصوري'));
    expect(found).toHaveLength(1);
    expect(found[0]!.mentions).toHaveLength(2);
  });
});
