import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const officials = (text: string) => analyze(text).officials.map((o) => o.name_ar);
const people = (text: string) => analyze(text).people.map((p) => p.name_ar);

describe('the head of a body made of private actors holds no public office', () => {
  it('a federation of offices or companies, a grouping of farmers', () => {
    const a = 'وقال رئيس اتحاد شركات النقل البري سامر الحلواني إن الأسعار سترتفع.';
    expect(officials(a)).toEqual([]);
    expect(people(a)).toContain('سامر الحلواني');
    expect(officials('وأكد رئيس تجمع فلاحي الجنوب منير العكرمي أن الموسم ضاع.')).toEqual([]);
  });

  it('a business council and a protest committee', () => {
    expect(officials('وقال رئيس مجلس الأعمال المصري الصيني وليد الشناوي إن الاستثمارات تضاعفت.')).toEqual([]);
    expect(officials('وقال الناطق باسم تنسيقية المعتصمين فراس الجبوري إن الاعتصام مستمر.')).toEqual([]);
  });

  it('keeps bodies whose members hold office', () => {
    expect(officials('وقال رئيس اتحاد بلديات الشوف وليد الحلبي إن الطرق مقطوعة.')).toEqual(['وليد الحلبي']);
    expect(officials('وقال رئيس لجنة الشؤون الخارجية النائب سامر الحلبي إن الزيارة مهمة.')).toEqual(['سامر الحلبي']);
  });
});
