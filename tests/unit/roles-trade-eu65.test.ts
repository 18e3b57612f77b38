import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { roleToEnglish, tradeStyled } from '@/lib/english/roles';

const byName = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name);

describe('a ministry of «التجارة» in its state\'s English', () => {
  it('is Trade in the states of Europe, of the Commonwealth in Africa and of Southeast Asia', () => {
    expect(tradeStyled('Minister of Commerce and Industry', 'ZM')).toBe('Minister of Trade and Industry');
    expect(tradeStyled('Minister of Foreign Affairs and Commerce', 'HU')).toBe('Minister of Foreign Affairs and Trade');
    expect(tradeStyled('Minister of Commerce, Tourism and Communications', 'RS')).toBe('Minister of Trade, Tourism and Communications');
    expect(tradeStyled('Minister of Commerce and Industry', 'SG')).toBe('Minister of Trade and Industry');
  });
  it('stays Commerce in the Gulf, South Asia and Spanish America, «الصناعة والتجارة» included', () => {
    expect(roleToEnglish('وزير الصناعة والتجارة')).toBe('Minister of Industry and Commerce');
    expect(tradeStyled('Minister of Industry and Commerce', 'BH')).toBe('Minister of Industry and Commerce');
    expect(tradeStyled('Minister of Industry and Commerce', 'PY')).toBe('Minister of Industry and Commerce');
    expect(tradeStyled('Minister of Industry and Commerce', 'CZ')).toBe('Minister of Industry and Trade');
    expect(tradeStyled('Minister of Commerce', 'PK')).toBe('Minister of Commerce');
  });
  it('reaches an office the article gives a person the gazetteer knows', () => {
    const text = 'وقال وزير الخارجية والتجارة المجري بيتر سيارتو في مؤتمر صحفي إن البلدين سيوقعان اتفاقا جديدا.';
    expect(byName(text, 'بيتر سيارتو')?.role_en).toMatch(/Minister of Foreign Affairs and Trade$/);
    const other = 'وأكد وزير الصناعة والتجارة البحريني عبدالله بن عادل فخرو أهمية الشراكة.';
    expect(byName(other, 'عبدالله بن عادل فخرو')?.role_en).toMatch(/Minister of Industry and Commerce$/);
  });
});

describe('an office of the European Union', () => {
  it('is the EU\'s, as the press names it', () => {
    expect(roleToEnglish('سفير الاتحاد الأوروبي لدى المملكة العربية السعودية')).toBe('EU Ambassador to Saudi Arabia');
    expect(roleToEnglish('ممثل الاتحاد الأوروبي لدى فلسطين')).toBe('EU Representative to Palestine');
    expect(roleToEnglish('الممثل الخاص للاتحاد الأوروبي لمنطقة الخليج')).toBe('EU Special Representative for the Gulf Region');
    expect(roleToEnglish('سفير الاتحاد الأوروبي السابق')).toBe('Former EU Ambassador');
    expect(roleToEnglish('مندوب الاتحاد الأوروبي لدى الأمم المتحدة')).toBe('EU Ambassador to the United Nations');
  });
  it('and so are its offices', () => {
    expect(roleToEnglish('المتحدث باسم مكتب الاتحاد الأوروبي في القدس')).toBe('Spokesman for the EU Office in Jerusalem');

  });
  it('its foreign minister is its High Representative; its head keeps "of"', () => {
    expect(roleToEnglish('وزيرة خارجية الاتحاد الأوروبي')).toBe('EU High Representative for Foreign Affairs and Security Policy');
    expect(roleToEnglish('رئيس الاتحاد الأوروبي')).toBe('President of the European Union');
  });
});

describe('a commission for elections', () => {
  it('is the Electoral Commission where its state names it so, Turkey\'s the Supreme Election Council', () => {
    expect(roleToEnglish('رئيس لجنة الانتخابات الزامبية')).toBe('Head of the Electoral Commission');
    expect(roleToEnglish('رئيس لجنة الانتخابات الغانية')).toBe('Head of the Electoral Commission');
    expect(roleToEnglish('رئيس اللجنة العليا للانتخابات التركية')).toBe('Head of the Supreme Election Council');
  });
  it('and stays the Election Commission elsewhere', () => {
    expect(roleToEnglish('رئيس لجنة الانتخابات الباكستانية')).toBe('Head of the Pakistani Election Commission');
    expect(roleToEnglish('رئيس لجنة الانتخابات')).toBe('Head of the Election Commission');
  });
});
