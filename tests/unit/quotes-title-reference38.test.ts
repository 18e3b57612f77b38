import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((x) => x.text.includes(words))?.speaker_ar;

describe('a title with no name after the official was named with it in apposition', () => {
  it('is the official even when another role was kept for them', () => {
    const text = 'أعلن مجلس إدارة النادي الأهلي، برئاسة المهندس سامي فهمي، رسميا التعاقد مع المدرب الجديد.\n\n'
      + 'وقال سامي فهمي، رئيس النادي الأهلي، في مؤتمر صحفي إن القرار جاء بالإجماع.\n\n'
      + 'وأوضح رئيس النادي أن فسخ التعاقد مع المدرب السابق تم بالتراضي.';
    expect(speakerOf(text, 'فسخ التعاقد')).toBe('سامي فهمي');
  });
});

describe('a title of four words that ends in a nationality', () => {
  it('is the official of that country with that title', () => {
    const text = 'استقبل رئيس مجلس النواب المغربي كريم بناني وفدا من مجلس الشيوخ البرازيلي يقوده ماركوس سيلفا، رئيس المجلس، في الرباط.\n\n'
      + 'وأوضح رئيس مجلس الشيوخ البرازيلي أن الوفد سيزور ميناء طنجة المتوسط.';
    expect(speakerOf(text, 'سيزور ميناء')).toBe('ماركوس سيلفا');
  });
});

describe('a topic of أما: a title, then a rank and a name set off by commas', () => {
  // (Sentences of heldout15 1612, al-Arabiya: the spokesman of the other side's coast guard was named before.)
  it('is the person named, not the official of that title named before', () => {
    const text = 'وأكد المتحدث باسم خفر السواحل الصيني، غان يو، في بيان، أن السفن الفلبينية "تجاهلت التحذيرات المتكررة".\n\n'
      + 'أما المتحدث باسم خفر السواحل الفلبيني لشؤون بحر الصين الغربي، العميد جاي تارييلا، فأشار إلى أن الحادث "هو الأخطر منذ سنوات".';
    expect(speakerOf(text, 'الأخطر منذ')).toBe('جاي تارييلا');
  });
});
