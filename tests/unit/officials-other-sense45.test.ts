// Round 45: country adjectives and names left out of the vocabulary for a second sense («المالي» financial, «مالي»),
// admitted where only a state can be meant; and short mentions of a full name (a Spanish father's family name, a
// compound given name and the family name). Sentences of our own.
import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';
import { otherSenseCountry, otherSenseNationality } from '@/lib/vocab/other-sense-nationalities';

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);
const byName = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);

describe('left-out nationalities after an office of a state', () => {
  it('knows the adjectives and the country left out', () => {
    expect(otherSenseNationality('المالي')?.adjective_en).toBe('Malian');
    expect(otherSenseNationality('المجري')?.country).toBe('HU');
    expect(otherSenseCountry('مالي')?.country).toBe('ML');
    expect(otherSenseNationality('المصري')).toBeNull();
  });

  it('reads «سفير مالي لدى …» as the ambassador of Mali, not a person named Mali', () => {
    const text = 'وحضر المباحثات سفير مالي لدى روسيا العقيد عمر ساماكي.';
    expect(names(text)).toEqual(['عمر ساماكي']);
    expect(byName(text, 'عمر ساماكي')?.country).toBe('ML');
  });

  it('reads «رئيس مالي X» as the President of Mali', () => {
    expect(byName('وقال رئيس مالي أسيمي غويتا إن الانتقال مستمر.', 'أسيمي غويتا')?.country).toBe('ML');
  });

  it('reads «نظيره المالي X» as a Malian counterpart', () => {
    expect(byName('استقبل وزير الخارجية الروسي سيرغي لافروف نظيره المالي عبد الله ديوب.', 'عبد الله ديوب')?.country).toBe('ML');
  });

  it('gives the members of «الوفد المالي» Mali', () => {
    const text = 'وضم الوفد المالي وزير الاقتصاد والمالية ألوسيني سانو.';
    expect(byName(text, 'ألوسيني سانو')?.country).toBe('ML');
  });

  it('keeps «مدير مالي» and «وزير الاقتصاد والمالية» financial', () => {
    expect(names('وقال مدير مالي في الشركة إن الأرباح تراجعت.')).toEqual([]);
  });
});

describe('short mentions of a full name', () => {
  it('links a Spanish father\'s family name to the full name («الرئيس بوريك»)', () => {
    const text = 'اجتمع الأمير مع الرئيس غابرييل بوريك فونت رئيس جمهورية تشيلي. من جانبه، قال الرئيس بوريك إن بلاده شريك.';
    expect(names(text).filter((n) => n.includes('بوريك'))).toEqual(['غابرييل بوريك فونت']);
  });

  it('does not do so for a name of a country that keeps the father\'s name last', () => {
    const text = 'استقبل الوزير وزير الخارجية الأردني أيمن حسين الصفدي. وقال الوزير حسين إن اللقاء مثمر.';
    expect(names(text)).toContain('أيمن حسين الصفدي');
  });

  it('links a compound given name and the family name to the name with the father\'s («عبد الرحمن الحسيني»)', () => {
    const text = 'وحضر سفير جمهورية العراق لدى روسيا الاتحادية عبد الرحمن حامد الحسيني. وكان في استقباله السفير العراقي عبد الرحمن الحسيني.';
    expect(names(text)).toEqual(['عبد الرحمن حامد الحسيني']);
  });
});

describe('a place named after a known person with a style', () => {
  it('reads no official in «مركز الملك عبدالله الثاني لتدريب …»', () => {
    expect(names('واطلع الوفد على الإمكانات التدريبية لمركز الملك عبدالله الثاني لتدريب العمليات الخاصة.')).toEqual([]);
    expect(names('وزار الوفد مدينة الملك عبدالله الثاني الصناعية.')).not.toContain('عبدالله الثاني');
  });

  it('still reads the king himself', () => {
    expect(names('واستقبل الملك عبدالله الثاني في قصر الحسينية رئيس الوزراء.')).toContain('عبدالله الثاني');
  });
});

describe('offices in the plural, then their holders «respectively»', () => {
  it('gives each name the office of its place, in order («ولاة … وهم على التوالي …»)', () => {
    const text = 'ويضم الوفد ولاة تبسة والطارف، وهم على التوالي نعيمة بن شعلال، ومحمد بلكاتب، إضافة إلى السفير.';
    expect(byName(text, 'نعيمة بن شعلال')?.role_en).toBe('Governor of Tebessa');
    expect(byName(text, 'محمد بلكاتب')?.role_en).toBe('Governor of El Tarf');
  });

  it('reads nothing of the kind without «على التوالي»', () => {
    const text = 'ويضم الوفد ولاة تبسة والطارف، وهم نعيمة بن شعلال ومحمد بلكاتب.';
    expect(byName(text, 'نعيمة بن شعلال')?.role_en).not.toBe('Governor of Tebessa');
  });
});

describe('«السيد» as a given name after a whole office', () => {
  it('reads «السيد» and one family name with the article as the name', () => {
    expect(names('وقال وزير الزراعة المصري السيد القصير إن الإنتاج زاد.')).toEqual(['السيد القصير']);
    expect(names('وقال رئيس حزب الوفد السيد البدوي، إن الحزب يشارك.')).toEqual(['السيد البدوي']);
  });

  it('keeps «السيد» a style before a whole name, a foreign name or an office', () => {
    expect(names('وحضر اللقاء محافظ الجيزة السيد محمد القصير.')).toEqual(['محمد القصير']);
    expect(names('وقال وزير الخارجية الروسي السيد لافروف إن الحوار مستمر.')).toEqual(['لافروف']);
    expect(names('وأكد وزير الخارجية السيد الأمين العام أن الاجتماع مهم.')).toEqual([]);
  });
});

describe('the last attendee of a list', () => {
  it('reads a family name that is a noun too before the full stop («… وسفير المملكة لدى الجزائر السفير محمد الحسبان.»)', () => {
    const text = 'وحضر اللقاء مدير إدارة الشؤون العربية السفير عمر نهار، وسفير المملكة لدى الجزائر السفير محمد الحسبان.';
    expect(names(text)).toContain('محمد الحسبان');
  });

  it('does not read a body or an item with a verb of its own so', () => {
    expect(names('استقبل الوزير الضيوف، ووزير الداخلية محمد الوفد.')).not.toContain('محمد الوفد');
    expect(names('وزار وزير الداخلية محمد الحسبان.')).not.toContain('محمد الحسبان');
  });
});
