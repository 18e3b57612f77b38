import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((x) => x.text.includes(words))?.speaker_ar;

describe('a title alone as the speaker, written before the official’s name earlier', () => {
  it('refers to that official when the role kept for them is a style («الشيخ»)', () => {
    const text = 'أعلن حضرة صاحب السمو أمير البلاد الشيخ مشعل الأحمد الجابر الصباح اليوم الجمعة حل مجلس الأمة.\n\n'
      + 'وأضاف سمو الأمير أن "مصلحة الكويت العليا وشعبها الوفي فوق كل اعتبار".';
    expect(speakerOf(text, 'مصلحة الكويت')).toBe('مشعل الأحمد الجابر الصباح');
  });

  it('is not the title of someone else named before a title-only mention («رحب الأمير بفخامة الرئيس الرواندي»)', () => {
    const text = 'عقد الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى، وفخامة الرئيس بول كاغامي رئيس جمهورية رواندا، جلسة مباحثات رسمية.\n\n'
      + 'في بداية الجلسة، رحب سمو الأمير بفخامة الرئيس الرواندي والوفد المرافق.\n\n'
      + 'وقال سمو الأمير: "سعدت بلقاء أخي الرئيس بول كاغامي، وبحثنا فرص توسيع شراكتنا".';
    expect(speakerOf(text, 'سعدت بلقاء')).toBe('تميم بن حمد آل ثاني');
  });
});

describe('a title whose noun phrase runs on into the verb’s object with «بال»', () => {
  it('refers to the official of that title («ورحب رئيس مجلس النواب بالوفد البريطاني، مؤكدا»)', () => {
    const text = 'استقبل معالي السيد أحمد بن سلمان المسلم رئيس مجلس النواب، بمكتبه اليوم، وفد مجموعة الصداقة البرلمانية البريطانية.\n\n'
      + 'ورحب رئيس مجلس النواب بالوفد البرلماني البريطاني، مؤكدا أن العلاقات البحرينية البريطانية "علاقات تاريخية ممتدة لأكثر من قرنين".';
    expect(speakerOf(text, 'علاقات تاريخية')).toBe('أحمد بن سلمان المسلم');
  });

  it('refers to that official with a nationality too («وأشاد وزير الخارجية المصري بالجهود»)', () => {
    const text = 'التقى وزير الخارجية المصري سامح شكري نظيره الأردني في عمان.\n\n'
      + 'وأشاد وزير الخارجية المصري بالجهود الأردنية، مؤكدا أن "الحل السياسي هو الطريق الوحيد".';
    expect(speakerOf(text, 'الحل السياسي')).toBe('سامح شكري');
  });
});
