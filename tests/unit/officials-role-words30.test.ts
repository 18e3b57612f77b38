import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);

describe('the holder after office words the title grammar does not read', () => {
  it('is a name-shaped run of a name word and foreign words', () => {
    expect(names('والتقى الوفد المبعوث الكندي الخاص للمفاوضات التجارية دانيال ميرفيلد في الفندق.')).toEqual(['دانيال ميرفيلد']);
    expect(names('وحضر الاجتماع رئيس الوزراء السابق نفسه يوسف كاراباييف في القاعة.')).toEqual(['يوسف كاراباييف']);
  });

  it('is a run that opens with a name word and closes at a comma, whatever the lexicon reads its later words as', () => {
    expect(names('واستقبلت الوزيرة منسقة برامج الصندوق في عمان ريما سعادة، وبحثت معها المشاريع.')).toContain('ريما سعادة');
    expect(names('وحضر اللقاء وزير النقل والبنية التحتية والاتصالات البحرية محمد كمال صيان قايا، الذي أكد أهمية الممر.')).toContain('محمد كمال صيان قايا');
  });

  it('is not the other party after a verb, a preposition or a time word', () => {
    expect(names('واستقبل رئيس هيئة الاستثمار أمس ريما سعادة، وبحث معها المشاريع.')).not.toContain('ريما سعادة');
    expect(names('وبحث مدير صندوق التنمية مع ريما سعادة، سبل التعاون.')).not.toContain('ريما سعادة');
    expect(names('والتقى مدير صندوق التنمية استقبل ريما سعادة، وبحث معها المشاريع.')).not.toContain('ريما سعادة');
  });

  it('is not a lawyer\'s or an activist\'s name, nor a nationality', () => {
    expect(names('ويرى المحامي الحقوقي ريما سعادة، أن القضية معقدة.')).toEqual([]);
    expect(names('ويرافقه قائد المركبة الروسي ميلوراد كوستيتش في الرحلة.').every((n) => !n.startsWith('الروسي'))).toBe(true);
  });

  it('is not a phrase of the language with the article', () => {
    expect(names('وقال مدير إدارة سياسة حسن الجوار، إن الإدارة تعمل.')).toEqual([]);
  });
});
