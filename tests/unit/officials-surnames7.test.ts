import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);

describe('a name between commas after a role the grammar reads only in part', () => {
  it('reads past «في» + the body the office is in («مدير برنامج … في المنظمة، X Y،»)', () => {
    const text = 'وقال مدير برنامج الأغذية في المنظمة، ديفيد بيكر، إن المساعدات تأخرت كثيرا.';
    expect(names(text)).toEqual(['ديفيد بيكر']);
  });

  it('reads past ل + a noun of the language («المفوض الأوروبي لسياسة الطاقة والمناخ، X Y،»)', () => {
    const text = 'وحضر المفوض الأوروبي لسياسة الطاقة والمناخ، كارستن فولمر، افتتاح المؤتمر في بروكسل.';
    expect(names(text)).toEqual(['كارستن فولمر']);
  });

  it('takes the words after a compass point or a town as the place, and the name after the comma («حاكم إقليم جنوب كاساي، X»)', () => {
    const text = 'أما حاكم إقليم جنوب كاساي، ماتياس نغوبو لوسامبا، فقال إن الطرق أغلقت.';
    expect(names(text)).toEqual(['ماتياس نغوبو لوسامبا']);
    const police = 'وأمر قائد شرطة مدينة سانتوس، ماريو بيريرا، بفتح تحقيق في الحادث.';
    expect(names(police)).toEqual(['ماريو بيريرا']);
  });

  it('takes no time phrase or ordinary words between commas for a name', () => {
    expect(names('وقال المدير العام للمؤسسة في بيان، صباح الأحد، إن الخدمة عادت.')).toEqual([]);
    expect(names('وأكد وزير الخارجية لشؤون التعاون، أمس، أن الاتفاق قريب.')).toEqual([]);
    // (A name that the sentence goes on after is no apposition: the role's words end before it.)
    expect(names('وقال مدير برنامج الأغذية في المنظمة، ديفيد بيكر زيارة قريبة للمخيمات.')).toEqual([]);
  });
});
