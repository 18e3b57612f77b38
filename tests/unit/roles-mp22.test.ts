import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { roleToEnglish } from '@/lib/english/roles';

const byName = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name);

describe('a member of parliament «عن» a bloc or a party the vocabularies name', () => {
  it('sits for it', () => {
    expect(roleToEnglish('النائب عن الحزب الديمقراطي الكردستاني')).toBe('MP for the Kurdistan Democratic Party');
    expect(roleToEnglish('النائبة عن ائتلاف دولة القانون')).toBe('MP for the State of Law Coalition');
    expect(roleToEnglish('النائب عن كتلة الفتح')).toBe('MP for the Fatah Bloc');
  });
  it('a bare noun names no bloc, and a place stays the constituency', () => {
    expect(roleToEnglish('النائب عن محافظة نينوى')).toBe('MP for Nineveh');
  });
});

describe('a member of parliament «عن المحافظة»', () => {
  it('sits for the province the article named before', () => {
    const text = 'زار وزير النفط محافظة ميسان يوم الأحد لتفقد الحقول. وقالت النائبة عن المحافظة سعاد الحسناوي إن "الزيارة تأخرت كثيرا".';
    expect(byName(text, 'سعاد الحسناوي')?.role_en).toBe('MP for Maysan');
    const other = 'اجتمع المجلس البلدي بمحافظة نينوى أمس. وأكد النائب عن المحافظة خالد العبيدي أن "المشاريع متوقفة".';
    expect(byName(other, 'خالد العبيدي')?.role_en).toBe('MP for Nineveh');
  });
  it('and is a bare MP where the article names none', () => {
    expect(roleToEnglish('النائب عن المحافظة')).toBe('MP');
    const text = 'وقال النائب عن المحافظة كريم الساعدي إن "المشاريع متوقفة منذ سنوات".';
    expect(byName(text, 'كريم الساعدي')?.role_en).toBe('MP');
  });
});
