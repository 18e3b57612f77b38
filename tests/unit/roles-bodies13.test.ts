import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { findOfficials } from '@/lib/officials';
import { institutionToEnglish, roleToEnglish } from '@/lib/english/roles';

describe('three or more portfolios or fields joined by «و»', () => {
  it('are an English series: commas, and "and" before the last', () => {
    expect(institutionToEnglish('لجنة الصحة والعمل والشؤون الاجتماعية')).toBe('Health, Labor and Social Affairs Committee');
    expect(roleToEnglish('وزير الثقافة والشباب والرياضة')).toMatch(/^Minister of Culture, Youth and Sports/);
    expect(institutionToEnglish('وزارة الخارجية والتعاون الدولي والمغتربين')).toBe('Ministry of Foreign Affairs, International Cooperation and Expatriates');
  });
  it('while two stay joined by "and"', () => {
    expect(institutionToEnglish('لجنة المال والموازنة')).toBe('Finance and Budget Committee');
    expect(institutionToEnglish('هيئة كهرباء ومياه دبي')).toBe('Dubai Electricity and Water Authority');
  });
});

describe('«النيابية» after a committee', () => {
  it('is Parliamentary, as «البرلمانية» is', () => {
    expect(institutionToEnglish('لجنة الزراعة والسياحة النيابية')).toBe('Parliamentary Agriculture and Tourism Committee');
  });
  it('and names the side of a committee that meets a minister', () => {
    const text = 'عقدت لجنة التربية والتعليم العالي والثقافة النيابية اجتماعا برئاسة النائب سمير الخطيب، مع وزير التربية أكرم شهيب، لبحث خطة العام الدراسي.\n\nوحضر الاجتماع النائبان ربيع حداد ومنى صعب.';
    const sides = analyze(text).delegations.map((d) => d.side_en);
    expect(sides[0]).toBe('Parliamentary Education, Higher Education and Culture Committee');
  });
});

describe('a body of two countries', () => {
  it('is named with both nationalities, the first the body’s own', () => {
    expect(roleToEnglish('رئيس مجموعة الصداقة البرلمانية الأرجنتينية المغربية')).toBe('Head of the Argentine-Moroccan Parliamentary Friendship Group');
    expect(roleToEnglish('رئيس مجلس الأعمال الإماراتي الهندي')).toBe('Chairman of the UAE-Indian Business Council'); // (the UAE before bodies, as the US: round 69)
    expect(roleToEnglish('رئيس اللجنة الأردنية العراقية المشتركة')).toBe('Chairman of the Jordanian-Iraqi Joint Committee');
  });
  it('and its member belongs to the first country', () => {
    const o = findOfficials('وقال رئيس مجموعة الصداقة البرلمانية الأرجنتينية المغربية السيناتور خوان كارلوس روميرو إن الزيارة ناجحة.').find((x) => x.name_ar === 'خوان كارلوس روميرو');
    expect(o?.country).toBe('AR');
  });
});

describe('Chile as the Maghreb press writes it («الشيلي»)', () => {
  it('is Chile, as a nisba and as the country', () => {
    const senator = findOfficials('وأكد السيناتور الشيلي خايمي كينتانا أن بلاده تدعم الحوار.').find((x) => x.name_ar === 'خايمي كينتانا');
    expect(senator?.country).toBe('CL');
    expect(roleToEnglish('سفير جمهورية الشيلي بالرباط')).toBe('Ambassador of Chile to Morocco, in Rabat');
  });
});

describe('affairs qualified by an adjective the portfolio list lacks', () => {
  it('are a portfolio of their own, first or after «و»', () => {
    expect(roleToEnglish('وزيرة الشؤون الأوروبية الهولندية')).toBe('Dutch Minister of European Affairs');
    expect(roleToEnglish('وزير الخارجية والشؤون الأوروبية')).toBe('Minister of Foreign Affairs and European Affairs');
  });
  it('so a minister named after such a title is found', () => {
    const o = findOfficials('والتقى الرئيس نظيرته وزيرة الخارجية والشؤون الأوروبية السلوفينية تانيا فايون في ليوبليانا.').find((x) => x.name_ar === 'تانيا فايون');
    expect(o?.country).toBe('SI');
  });
});

describe('a non-resident ambassador («غير المقيم»)', () => {
  it('keeps the title and the name after it', () => {
    expect(roleToEnglish('سفيرة فنلندا غير المقيمة لدى الكويت')).toBe('Non-Resident Ambassador of Finland to Kuwait');
    const o = findOfficials('وحضر المباحثات سفير سلوفاكيا غير المقيم لدى الأردن ميلان كوليتش.').find((x) => x.name_ar === 'ميلان كوليتش');
    expect(o?.role_en).toBe('Non-Resident Ambassador of Slovakia to Jordan');
  });
});

describe('«لدى المملكة» in a kingdom’s own press', () => {
  it('is that kingdom', () => {
    const text = 'الرياض (واس) - استقبل وزير الخارجية السعودي عادل الجبير في مكتبه اليوم سفير البرازيل لدى المملكة فلافيو مارغا، وبحث معه العلاقات الثنائية.';
    expect(analyze(text).officials.find((o) => o.name_ar === 'فلافيو مارغا')?.role_en).toBe('Ambassador of Brazil to Saudi Arabia');
  });
});

describe('a body named after a ruler and his number, with a qualified purpose', () => {
  it('keeps the number and the purpose', () => {
    expect(roleToEnglish('رئيس المجلس الوطني للسياحة الداخلية')).toBe('Chairman of the National Council for Internal Tourism');
    expect(roleToEnglish('مدير مستشفى الملك عبدالله الأول')).toBe('Director of the King Abdullah I Hospital');
    expect(roleToEnglish('رئيس جامعة الملك الحسن الثاني')).toBe('President of the King Hassan II University');
  });
});
