import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { findOfficials } from '@/lib/officials';
import { roleToEnglish } from '@/lib/english/roles';

const byName = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);
const official = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name);

describe("an expert's description closed by a bare body after the name", () => {
  const text = 'التقت وزيرة المالية المغربية سعاد البناني، الأربعاء، وفدا من صندوق النقد الدولي برئاسة مارك ويلسون، رئيس البعثة.\n\n'
    + 'وضم وفد الصندوق كلا من رشيد الفاسي، نائب رئيس البعثة، وعادل بن حسن المراكشي، الخبير الاقتصادي بالصندوق، وسلمى الدريدي، الخبيرة بالصندوق.';
  it('names the body the article named in full', () => {
    expect(official(text, 'عادل بن حسن المراكشي')?.role_en).toBe('Economist at the IMF');
    expect(official(text, 'سلمى الدريدي')?.role_en).toBe('Expert at the IMF');
  });
  it('leaves an expert of a university a commentator', () => {
    const t = 'وقال منير العلوي، الخبير الاقتصادي بالجامعة، إن الإصلاح ضروري.';
    expect(byName(t, 'منير العلوي')).toBeUndefined();
  });
});

describe('a resident post of a body', () => {
  it('is Resident where «المقيم» follows the body of a representative or a coordinator', () => {
    expect(roleToEnglish('ممثل البنك الدولي المقيم في الأردن')).toBe('Resident Representative of the World Bank in Jordan');
    expect(roleToEnglish('منسقة الأمم المتحدة المقيمة في ليبيا')).toBe('UN Resident Coordinator in Libya');
  });
  it('names the fund the article named in full', () => {
    const text = 'بحث وزير المالية الأردني سامر الخطيب مع بعثة صندوق النقد الدولي برنامج الإصلاح.\n\nوقال ممثل الصندوق المقيم في عمان بيتر هانسن إن المراجعة إيجابية.';
    expect(byName(text, 'بيتر هانسن')?.role_en).toBe('IMF Resident Representative in Amman');
  });
  it('keeps a governor living in exile no Resident', () => {
    expect(roleToEnglish('الحاكم السابق لإقليم دارفور المقيم في المنفى')).not.toMatch(/Resident/);
  });
});

describe("a body's mission bound for a country", () => {
  const text = 'بحث وزير المالية السوداني علي محمود مع بعثة صندوق النقد الدولي برئاسة جيمس كارتر، رئيس بعثة الصندوق للسودان، برنامج الإصلاح.\n\n'
    + 'وقال ممثل الصندوق المقيم في الخرطوم سمير الحسن إن المراجعة إيجابية.';
  it('is the named body\'s mission for that country', () => {
    expect(byName(text, 'جيمس كارتر')?.role_en).toBe('Head of the IMF Mission for Sudan');
  });
  it('leaves the bare body after it the body named in full', () => {
    expect(byName(text, 'سمير الحسن')?.role_en).toBe('IMF Resident Representative in Khartoum');
  });
});
