import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);

// «على» written with ى after a word that takes it, before a word only foreign name lists hold: the preposition, not
// the given name Ali. (Invented sentences.)
describe('the preposition على after a word of the role', () => {
  it('is no given name after a participle or a verb that takes it', () => {
    expect(names('وقال مصدر أمني مطلع على سير التحقيقات إن النتائج ستعلن قريبا.')).toEqual([]);
    expect(names('وأوضح الخبير أن الحكومة الفرنسية تراهن على دول الجوار لتخفيف الأزمة.')).toEqual([]);
  });
  it('is still Ali right after a title', () => {
    expect(names('وقال أمين المجلس الأعلى للأمن القومي على شمخاني إن بلاده مستعدة.')).toContain('على شمخاني');
    expect(names('والتقى وزير الخارجية الإيراني على أكبر صالحي نظيره العماني.')).toContain('على أكبر صالحي');
  });
});
