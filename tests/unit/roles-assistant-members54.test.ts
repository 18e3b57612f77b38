import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { roleToEnglish } from '@/lib/english/roles';

// Round 54, roles. (Invented sentences.)
describe('a minister’s assistant («مساعد وزير …») is an Assistant Minister', () => {
  it('holds the rank of the ministry, with its remit', () => {
    expect(roleToEnglish('مساعد وزير الخارجية للشؤون الأوروبية')).toBe('Assistant Minister of Foreign Affairs for European Affairs');
    expect(roleToEnglish('مساعدة وزير التعليم للشؤون الفنية')).toBe('Assistant Minister of Education for Technical Affairs');
    expect(roleToEnglish('مساعد وزير الدفاع')).toBe('Assistant Minister of Defense');
  });
  it('puts the nationality and the time before the rank, in the state’s own style', () => {
    expect(roleToEnglish('مساعد وزير الخارجية المصري للشؤون العربية')).toBe('Egyptian Assistant Minister of Foreign Affairs for Arab Affairs');
    expect(roleToEnglish('مساعد وزير الخارجية الأمريكي للشؤون الأفريقية')).toBe('US Assistant Secretary of State for African Affairs');
    expect(roleToEnglish('مساعد وزير الخارجية الأسبق')).toBe('Former Assistant Minister of Foreign Affairs');
  });
  it('an aide of another office stays his assistant', () => {
    // (A head of state's is his Presidential Aide, as the press calls him: roles-aide-labour66.)
    expect(roleToEnglish('مساعد الرئيس الروسي')).toBe('Russian Presidential Aide');
    expect(roleToEnglish('مساعد الوزير')).toBe('Assistant to the Minister');
  });
});

describe('a bare member in the sentence of a body’s delegation is a member of that body', () => {
  const roles = (text: string) => Object.fromEntries(analyze(text).officials.map((o) => [o.name_ar, o.role_en]));
  it('after «وفد» and the body, in the plural and in the dual', () => {
    const r = roles(
      'الرباط - بدأت الجولة الثانية من الحوار في بوزنيقة. أما وفد مجلس الشيوخ فيترأسه كمال بن حسن، ويضم الأعضاء يوسف العابد وكريم الحداد ومراد التومي.\n' +
        'ويضم وفد المجلس الوطني للحوار إلى جانب رئيسه العضوين أنيس القاسمي وهشام الرياحي.',
    );
    expect(r['يوسف العابد']).toBe('Member of the Senate');
    expect(r['مراد التومي']).toBe('Member of the Senate');
    expect(r['أنيس القاسمي']).toMatch(/^Member of the National Council\b/);
  });
  it('a delegation that names no body of its own leaves the member bare', () => {
    const r = roles('الرباط - وكان وفد الحزب قد وصل أمس، ويضم الأعضاء نبيل فارس وهادي سليم ورامي خليل.');
    expect(r['نبيل فارس']).toBe('Member');
  });
});

describe('a governor of a place read as a state whose capital bears its name governs the capital', () => {
  it('«والي الجزائر», «والي ولاية تونس»: the Governor of Algiers, of Tunis', () => {
    expect(roleToEnglish('والي ولاية الجزائر')).toBe('Governor of Algiers');
    expect(roleToEnglish('والي تونس')).toBe('Governor of Tunis');
    expect(roleToEnglish('والي ولاية سطيف')).toBe('Governor of Setif');
  });
  it('a ruler of a state, a bank of the state and a state with another capital stay as they were', () => {
    expect(roleToEnglish('حاكم الجزائر')).toBe('Governor of Algeria');
    expect(roleToEnglish('محافظ بنك الجزائر')).toBe('Governor of the Bank of Algeria');
    expect(roleToEnglish('حاكم ولاية جورجيا')).toBe('Governor of the State of Georgia');
  });
});

describe('the head of a state named by its regime («رئيس النظام الإيراني»)', () => {
  it('is the Head of the regime, as the press names him', () => {
    expect(roleToEnglish('رئيس النظام الإيراني')).toBe('Head of the Iranian Regime');
  });
  it('other offices of the regime stay the state’s', () => {
    expect(roleToEnglish('سفير النظام الإيراني لدى روسيا')).toBe('Ambassador of Iran to Russia');
    expect(roleToEnglish('رئيس إيران')).toBe('President of Iran');
  });
});

describe('a body’s mission or team named by the acronym the press gives the body', () => {
  it('«بعثة صندوق النقد الدولي» is the IMF Mission', () => {
    expect(roleToEnglish('رئيس بعثة صندوق النقد الدولي إلى الأردن')).toBe('Head of the IMF Mission to Jordan');
    expect(roleToEnglish('نائبة رئيس بعثة صندوق النقد الدولي')).toBe('Deputy Head of the IMF Mission');
  });
  it('the Fund’s own head keeps its name', () => {
    expect(roleToEnglish('المدير العام لصندوق النقد الدولي')).toBe('Managing Director of the International Monetary Fund');
  });
});
