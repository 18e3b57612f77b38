import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);

describe('the holder of a long office named between commas after words the title grammar does not read', () => {
  it('reads a name of two words or more after the office and a comma', () => {
    expect(names('وقال مدير مختبر كوخ برلين، كريم بوسالم، إن العينات سليمة.')).toEqual(['كريم بوسالم']);
    expect(names('وكانت وزيرة الشباب والرياضة والتكوين المهني والتشغيل، سلمى بن عيسى، قد أعلنت ذلك.')).toEqual(['سلمى بن عيسى']);
    expect(names('وحضرت مديرة إدارة آسيا وأفريقيا في الخارجية الفلبينية، ماريتيس بانغيلينان.')).toEqual(['ماريتيس بانغيلينان']);
  });

  it('reads a civil style after the comma, and one foreign word between commas after skipped words', () => {
    expect(names('وضم الوفد المدير العام لمجلس الصادرات البستانية في كينيا، السيد جوزيف كاماو، وآخرين.')).toContain('جوزيف كاماو');
    expect(names('وقال وزير التنسيق لشؤون البحرية والاستثمار، سوهارتونو، إن المياه انحسرت.')).toEqual(['سوهارتونو']);
  });

  it('leaves a phrase of the sentence, a time or a list item after the comma', () => {
    expect(names('وقال وزير الخارجية المصري، في بيان صحفي، إن المفاوضات مستمرة.')).toEqual([]);
    expect(names('والتقى وزير الخارجية مع نظيره، أمس، لبحث الأزمة.')).toEqual([]);
  });

  it('takes the office\'s country from a nationality that closes the skipped words', () => {
    const [o] = findOfficials('وضم الوفد مديرة إدارة أوروبا وأمريكا في الخارجية الكمبودية، سوكونثيا بوناريث.');
    expect(o?.country).toBe('KH');
  });

  it('leaves the officer of a firm', () => {
    expect(names('ووقعها المدير التنفيذي لشركة تشجيانغ القابضة للنقل البحري، لي مينغ.')).toEqual([]);
  });
});
