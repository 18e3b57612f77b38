import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { roleToEnglish } from '@/lib/english/roles';

describe('the affairs an office is for, fields joined by و («لشؤون X وY»)', () => {
  it('keeps every field of the series, not the first alone', () => {
    expect(roleToEnglish('وكيل الوزارة لشؤون النفط والغاز')).toBe('Undersecretary of the Ministry for Oil and Gas Affairs');
    expect(roleToEnglish('نائب الوزير لشؤون التخطيط والتنمية')).toBe('Deputy Minister for Planning and Development Affairs');
    expect(roleToEnglish('مستشار الرئيس لشؤون الأمن والدفاع')).toBe('Adviser to the President for Security and Defense Affairs');
  });
  it('three fields are a series, and a field keeps its own words', () => {
    expect(roleToEnglish('وكيل وزارة الصناعة المساعد لشؤون البترول والغاز والثروة المعدنية')).toBe(
      'Assistant Undersecretary of the Ministry of Industry for Petroleum, Gas and Mineral Resources Affairs',
    );
  });
  it('leaves a single field and affairs by adjectives as they were', () => {
    expect(roleToEnglish('نائب رئيس الوزراء لشؤون الاستثمار')).toBe('Deputy Prime Minister for Investment Affairs');
    expect(roleToEnglish('مساعد وزير الخارجية لشؤون الأمن الدولي')).toBe('Assistant Minister of Foreign Affairs for International Security Affairs');
    expect(roleToEnglish('وكيل الوزارة لشؤون الطاقة المتجددة')).toBe('Undersecretary of the Ministry for Renewable Energy Affairs');
  });
});

describe('the fields of administrative units (assets/administrative-fields.json)', () => {
  it('names a municipal service by its field, and keeps the body it is in', () => {
    expect(roleToEnglish('مدير إدارة المباني في وزارة الأشغال العامة')).toBe('Director of the Buildings Department at the Ministry of Public Works');
    expect(roleToEnglish('رئيس قسم الحدائق العامة')).toBe('Head of the Public Parks Department');
  });
  it('names the support functions of an administration', () => {
    expect(roleToEnglish('الوكيل المساعد للموارد والخدمات المساندة')).toBe('Assistant Undersecretary of Resources and Support Services');
    expect(roleToEnglish('الوكيل المساعد للتخطيط والتطوير')).toBe('Assistant Undersecretary of Planning and Development');
  });
  it('names the departments of economic policy and of a central bank', () => {
    expect(roleToEnglish('رئيس قسم الاقتصاد الكلي')).toBe('Head of the Macroeconomics Department');
    expect(roleToEnglish('مديرة إدارة السياسات الاقتصادية الكلية')).toBe('Director of the Macroeconomic Policy Department');
    expect(roleToEnglish('مدير إدارة الاستقرار المالي')).toBe('Director of the Financial Stability Department');
  });
  it('leaves the ministries of resources as they were', () => {
    expect(roleToEnglish('وزير الموارد المائية')).toBe('Minister of Water Resources');
    expect(roleToEnglish('وزير الطاقة والموارد الطبيعية')).toBe('Minister of Energy and Natural Resources');
  });
});

describe('the head of a province\'s own government, as its state styles him (assets/institutions.json provincialPremiers)', () => {
  it('is a Chief Minister in Pakistan and India, a Minister-President in Germany', () => {
    expect(roleToEnglish('رئيس وزراء إقليم السند')).toBe('Chief Minister of Sindh');
    expect(roleToEnglish('رئيس حكومة إقليم خيبر بختونخوا')).toBe('Chief Minister of Khyber Pakhtunkhwa');
    expect(roleToEnglish('رئيسة وزراء ولاية البنغال الغربية')).toBe('Chief Minister of West Bengal');
    expect(roleToEnglish('رئيس الوزراء السابق لولاية كيرالا')).toBe('Former Chief Minister of Kerala');
    expect(roleToEnglish('رئيس وزراء ولاية بافاريا')).toBe('Minister-President of Bavaria');
  });
  it('leaves the head of a state\'s government, and a region styled otherwise, their Prime Minister', () => {
    expect(roleToEnglish('رئيس وزراء باكستان')).toBe('Prime Minister of Pakistan');
    expect(roleToEnglish('رئيس الوزراء الهندي')).toBe('Indian Prime Minister');
    expect(roleToEnglish('رئيس حكومة إقليم كردستان')).toBe('Prime Minister of Kurdistan Region');
  });
});

describe('the head of a ministry\'s civil service in South Asia, its Secretary (assets/institutions.json countryTitles)', () => {
  it('names the undersecretary of a Pakistani, Indian or Bangladeshi ministry as the state does', () => {
    expect(roleToEnglish('وكيل وزارة الخارجية الباكستانية')).toBe('Foreign Secretary');
    expect(roleToEnglish('وكيل وزارة الداخلية الهندية')).toBe('Home Secretary');
    expect(roleToEnglish('وكيل وزارة الدفاع البنغلاديشية')).toBe('Defence Secretary');
  });
  it('so for a holder the article places in the state', () => {
    const text = 'إسلام آباد - عقد رئيس الوزراء الباكستاني عمران خان اجتماعا أمس، وحضره من الجانب الباكستاني وكيل وزارة الخارجية أحمد رضا.';
    expect(analyze(text).officials.find((o) => o.name_ar === 'أحمد رضا')?.role_en).toBe('Foreign Secretary');
  });
  it('leaves the undersecretary of an Arab ministry its Undersecretary', () => {
    expect(roleToEnglish('وكيل وزارة الخارجية المصرية')).toBe('Undersecretary of the Egyptian Ministry of Foreign Affairs');
  });
});
