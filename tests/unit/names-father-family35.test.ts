import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);

describe('the family name after a father\'s name', () => {
  it('closes the name before the office the person is named to, in the accusative', () => {
    expect(names('ووافق المجلس على تعيين الفريق الركن عيد بن عواض الشلوي قائداً للقيادة العسكرية الموحدة.')).toContain('عيد بن عواض الشلوي');
    expect(names('وقرر الملك تعيين اللواء سالم بن حمد الدوسري سفيراً لدى الأردن.')).toContain('سالم بن حمد الدوسري');
  });
  it('is a nationality\'s nisba too (Al-Turki, Al-Masri)', () => {
    expect(names('وحضر اللقاء أمين محافظة جدة صالح بن علي التركي، ومدير الشرطة.')).toContain('صالح بن علي التركي');
  });
  it('but not a Gulf state\'s nationality, nor a nisba after a given name alone', () => {
    expect(names('وحضر اللقاء وزير الخارجية فيصل بن فرحان السعودي، ومدير المكتب.')).not.toContain('فيصل بن فرحان السعودي');
  });
});
