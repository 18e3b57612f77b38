import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { roleToEnglish } from '@/lib/english/roles';

const byName = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name);

describe('legislatures and state offices by the name their country gives them', () => {
  it('names a legislature the press calls by its own name', () => {
    expect(roleToEnglish('رئيس البوندستاغ')).toBe('President of the Bundestag');
    expect(roleToEnglish('رئيسة البوندستاغ الألماني')).toBe('President of the Bundestag');
    expect(roleToEnglish('رئيس البوندسرات')).toBe('President of the Bundesrat');
  });
  it('names a house or an office by the state itself where its custom does', () => {
    expect(roleToEnglish('النائبة في مجلس النواب البوسني')).toBe('Member of the House of Representatives of Bosnia and Herzegovina');
    expect(roleToEnglish('عضو مجلس النواب البوسني')).toBe('Member of the House of Representatives of Bosnia and Herzegovina');
    expect(roleToEnglish('نائب رئيس جنوب أفريقيا')).toBe('Deputy President of South Africa');
    expect(roleToEnglish('عضو مجلس النواب البحريني')).toBe('Member of the Bahraini Council of Representatives');
  });
  it("calls a state's second office and its lower house as the state does", () => {
    const kenya = 'نيروبي - التقى الرئيس الكيني أوهورو كينياتا زعيم المعارضة. وقال نائب الرئيس الكيني ويليام روتو إن "اللقاء خطوة مهمة".';
    expect(byName(kenya, 'ويليام روتو')?.role_en).toBe('Kenyan Deputy President');
    const iraq = 'بغداد - صوت البرلمان العراقي على الموازنة. وقالت عضو مجلس النواب العراقي النائبة سعاد الحسناوي إن "الموازنة تأخرت كثيرا".';
    expect(byName(iraq, 'سعاد الحسناوي')?.role_en).toMatch(/Council of Representatives/);
  });
});

describe('the bodies of the Red Cross and Red Crescent by their names', () => {
  it('names the federation and the national societies', () => {
    expect(roleToEnglish('رئيس بعثة الاتحاد الدولي لجمعيات الصليب الأحمر والهلال الأحمر في الفلبين')).toBe('Head of the International Federation of Red Cross and Red Crescent Societies Mission in the Philippines');
    expect(roleToEnglish('الأمين العام للصليب الأحمر الأردني')).toBe('Secretary-General of the Jordanian Red Cross');
    expect(roleToEnglish('رئيس جمعية الهلال الأحمر السوداني')).toMatch(/Sudanese Red Crescent$/);
  });
});
