import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);

describe('a short family name that reads as a function word, after a foreign given name', () => {
  it('reads «X لو،», «X كي،» and «X لام،» after a full role as the whole name', () => {
    expect(names('وقال وزير المالية في سنغافورة، مارتن لو، إن الميزانية متوازنة.')).toEqual(['مارتن لو']);
    expect(names('وأكد المدير العام لوكالة الفضاء الأوروبية توماس كي، أن الإطلاق تأجل.')).toEqual(['توماس كي']);
    expect(names('وقال وزير التجارة الفيتنامي، جوزيف لام، إن الصادرات ارتفعت.')).toEqual(['جوزيف لام']);
  });

  it('leaves an Arab given name and a time word alone', () => {
    expect(names('وقال وزير المالية سامر أمس، إن الميزانية متوازنة.')).not.toContain('سامر أمس');
  });
});

describe('a known given name alone, then one word before a comma, «إن» or «قد»', () => {
  it('is a family name, not the known person of the given name', () => {
    expect(names('وكان رئيس الوزراء الأردني السابق عبد الله دغش قد انتقد القرار.')).toEqual(['عبد الله دغش']);
  });
});

describe('a family name that reads as a preposition and a word, before the next office of a list', () => {
  it('reads «X بـY» whole when «و» and an office follow', () => {
    const text = 'وجرى اللقاء في حضور وزير الزراعة والصيد البحري سليم بقلوب ومستشار رئيس الحكومة للشؤون المالية رامي الخوري.';
    expect(findOfficials(text).map((o) => o.name_ar)).toContain('سليم بقلوب');
  });

  it('leaves the prepositional phrase of a sentence that ends there', () => {
    expect(names('واستقبل الوزير خالد بحفاوة في المطار.')).not.toContain('خالد بحفاوة');
  });
});
