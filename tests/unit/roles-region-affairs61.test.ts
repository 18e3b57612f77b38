import { describe, expect, it } from 'vitest';
import { roleToEnglish } from '@/lib/english/roles';
import { analyze } from '@/lib/analyze';

describe('a region of the world after «لشؤون»', () => {
  it('is named by its adjective in a list (European and Asian Affairs)', () => {
    expect(roleToEnglish('مساعد وزير الخارجية لشؤون أوروبا وآسيا')).toBe('Assistant Minister of Foreign Affairs for European and Asian Affairs');
  });
  it('alone, is the place a country’s name opens (Maghreb Affairs, not Morocco Arab)', () => {
    expect(roleToEnglish('مساعد وزير الخارجية لشؤون المغرب العربي')).toBe('Assistant Minister of Foreign Affairs for Maghreb Affairs');
  });
  it('keeps an adviser’s affairs', () => {
    expect(roleToEnglish('مستشار الرئيس الفرنسي لشؤون الشرق الأوسط')).toBe('Adviser to the French President for Middle East Affairs');
  });
});

describe('an office named by the region itself', () => {
  it('of an international body', () => {
    expect(roleToEnglish('نائبة رئيس البنك الدولي لشؤون أفريقيا')).toBe('Vice President of the World Bank for Africa');
    expect(roleToEnglish('نائب رئيس البنك الدولي لشؤون الشرق الأوسط وشمال أفريقيا')).toBe('Vice President of the World Bank for the Middle East and North Africa');
  });
  it('of an envoy or a representative', () => {
    expect(roleToEnglish('المبعوث الأمريكي الخاص لشؤون القرن الأفريقي')).toBe('US Special Envoy for the Horn of Africa');
    expect(roleToEnglish('الممثل الخاص للاتحاد الأوروبي لشؤون منطقة الخليج')).toBe('EU Special Representative for the Gulf');
  });
  it('of the states that name their offices so (the UK, Latin America)', () => {
    const text = [
      'واستقبل وزير الخارجية وزير الدولة البريطاني لشؤون الشرق الأوسط وجنوب آسيا في وزارة الخارجية جون سميث.',
      'وحضر من الجانب البريطاني وزير الدولة لشؤون التنمية وأفريقيا بيتر براون.',
      'وشارك من الجانب الفنزويلي نائب وزير الخارجية لشؤون أوروبا وآسيا كارلوس رودريغيز.',
    ].join('\n\n');
    const roles = Object.fromEntries(analyze(text).officials.map((o) => [o.name_en, o.role_en]));
    expect(Object.values(roles)).toEqual(expect.arrayContaining([
      expect.stringMatching(/Minister of State for the Middle East and South Asia$/),
      'Minister of State for Development and Africa',
      'Deputy Minister of Foreign Affairs for Europe and Asia',
    ]));
  });
});
