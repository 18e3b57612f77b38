import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);

describe('a family name that is also a word, closing a whole name', () => {
  it('is kept before «و» and the next attendee\'s title', () => {
    expect(names('وحضر الاجتماع مدير الإدارة القنصلية السفيرة هدى يوسف الملا ووكيل الوزارة المساعد.')).toContain('هدى يوسف الملا');
    expect(names('وشارك في الاستقبال قنصل البحرين في دبي خالد علي الملا وسفير مصر.')).toContain('خالد علي الملا');
  });

  it('is kept where it reads as an office, a verb or a preposition too, before a full stop or a comma', () => {
    expect(names('وحضر المباحثات سفير الأردن لدى بغداد نزار سالم قاضي.')).toContain('نزار سالم قاضي');
    expect(names('ورافقه وزير النقل العراقي ناظم حسن خلف، ووكيل الوزارة.')).toContain('ناظم حسن خلف');
  });

  it('with the article, ending like the accusative, is no indefinite object', () => {
    expect(names('وشارك في الاجتماع سفير الإمارات لدى باكستان حمد عبيد البنا، إلى جانب الوفد.')).toContain('حمد عبيد البنا');
  });

  it('leaves the objects of the verb outside the name', () => {
    expect(names('واستقبل الرئيس محمد أحمد السفير ووزير الخارجية.')).toContain('محمد أحمد');
    expect(names('وزار وزير الصحة خالد سعيد المستشفى ووزير التعليم المدرسة.')).toContain('خالد سعيد');
    expect(names('واستقبل الرئيس محمد أحمد وفدا.')).toContain('محمد أحمد');
    expect(names('والتقى وزير الخارجية سامح حسن نظيره.')).toContain('سامح حسن');
  });

  it('after two words of no language, is kept before a comma', () => {
    expect(names('وقال وزير الداخلية عمر أبوكر إدلو، في بيان، إن الوضع هادئ.')).toContain('عمر أبوكر إدلو');
  });
});
