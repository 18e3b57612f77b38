import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { nameToEnglish } from '@/lib/english/names';

const nameOf = (text: string, ar: string) => analyze(text).officials.find((o) => o.name_ar === ar)?.name_en;

describe('an office the title places in no state is the home state\'s, and spells its holder\'s Arab name', () => {
  it('reads an Arab name by the office\'s state', () => {
    expect(nameToEnglish('أبو بكر موسى', { home: 'NG' })).toBe('Abu Bakr Mousa');
    expect(nameToEnglish('أبو بكر موسى', { home: 'NG', office: 'NG' })).toBe('Abubakar Musa');
    expect(nameToEnglish('لينا الأمين', { home: 'SD', office: 'SD' })).not.toBe('Lena Lamine');
  });

  it('leaves a name of another tradition, and a state whose press tells nothing of Arab names, as they were', () => {
    expect(nameToEnglish('جوزاف عون', { home: 'LB', office: 'LB' })).toBe(nameToEnglish('جوزاف عون', { home: 'LB' }));
    expect(nameToEnglish('بوشبا كمال داهال', { home: 'NP', office: 'NP' })).toBe(nameToEnglish('بوشبا كمال داهال', { home: 'NP' }));
    expect(nameToEnglish('يوسف الضبيعي', { home: 'BA', office: 'BA' })).toBe(nameToEnglish('يوسف الضبيعي', { home: 'BA' }));
  });

  it('gives the home state to a spokesman of an unnamed state\'s authority', () => {
    const text = 'أبوجا - قال الرئيس النيجيري بولا تينوبو إن الحكومة ستلاحق الفارين. وأكد وزير الداخلية النيجيري أولوبونمي تونجي أوجو أن التحقيق بدأ.\n\n'
      + 'وقال المتحدث باسم مصلحة السجون أبو بكر موسى إن الحراس أعادوا عشرين سجينا.';
    expect(nameOf(text, 'أبو بكر موسى')).toBe('Abubakar Musa');
  });

  it('gives it to a minister the quotes layer named, whose title names no state', () => {
    const text = 'الخرطوم - قال رئيس الوزراء السوداني عبد الله حمدوك إن الحكومة ستدعم المتضررين من السيول. وأعلن وزير الري السوداني ياسر عباس ارتفاع منسوب النيل.\n\n'
      + 'وأعلنت وزيرة العمل والتنمية الاجتماعية ورئيسة اللجنة العليا لينا الأمين أن اللجنة وزعت المساعدات على الأسر.';
    expect(nameOf(text, 'لينا الأمين')).not.toBe('Lena Lamine');
  });
});
