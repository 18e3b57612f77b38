import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const names = (text: string) => analyze(text).officials.map((o) => o.name_ar);

describe('a full office, a listed given name, one unknown word, then «و»/«لل» and a noun with the article', () => {
  it('reads the unknown word as the family name where the party with him follows', () => {
    // KUNA, 2023 (heldout18 1915).
    const text = 'استقبل رئيس مجلس الأمة أحمد عبدالعزيز السعدون اليوم الاثنين رئيس المجلس الشعبي الوطني في الجمهورية الجزائرية الديمقراطية الشعبية إبراهيم بوغالي والوفد البرلماني المرافق له الذي يزور البلاد حاليا.';
    expect(names(text)).toContain('إبراهيم بوغالي');
  });
  it('names Algeria\'s lower house in English as its own site does', () => {
    const text = 'وقال رئيس المجلس الشعبي الوطني إبراهيم بوغالي، إن الزيارة ناجحة.';
    expect(analyze(text).officials.find((o) => o.name_ar === 'إبراهيم بوغالي')?.role_en).toBe("President of the People's National Assembly");
  });
  it('reads it where whom he spoke to follows', () => {
    const text = 'وقال وزير الزراعة الموريتاني محمد ولدبوغالي للصحفيين إن الموسم كان جيدا.';
    expect(names(text)).toContain('محمد ولدبوغالي');
  });
  it('keeps a word of the language or a verb out of the name', () => {
    expect(names('واستقبل وزير الخارجية خالد بحرارة والترحيب الوفد الزائر.')).not.toContain('خالد بحرارة');
    expect(names('وقال وزير الخارجية خالد يتوجه للمشاركة في القمة.')).not.toContain('خالد يتوجه');
  });
});

describe('the same frame with a preposition on a word of the language', () => {
  it('keeps how he spoke out of the name', () => {
    expect(names('وقال وزير الخارجية خالد بوضوح للصحفيين إن الموقف ثابت.')).not.toContain('خالد بوضوح');
  });
});
