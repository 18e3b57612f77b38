import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';
import { roleToEnglish } from '@/lib/english/roles';

const roleOf = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name)?.role_en;

describe('an envoy of a state the press names by its capital', () => {
  it('is his state\'s envoy, not a city\'s', () => {
    expect(roleToEnglish('سفير نيروبي لدى أديس أبابا')).toBe('Ambassador of Kenya to Ethiopia, in Addis Ababa');
    expect(roleToEnglish('سفير بغداد لدى الأردن')).toBe('Ambassador of Iraq to Jordan');
  });
  it('while a capital after «في» stays where he serves', () => {
    expect(roleToEnglish('السفير في نيروبي')).toBe('Ambassador to Kenya');
  });
});

describe('the deputy of a country director', () => {
  it('is the Deputy Country Director, though the country director alone needs his body', () => {
    expect(roleToEnglish('نائب المدير القطري')).toBe('Deputy Country Director');
    expect(roleToEnglish('المدير القطري')).toBeNull();
    expect(roleOf('وضم الوفد نائبة المدير القطري السيدة هيلين كارتر ومسؤول الإمداد.', 'هيلين كارتر')).toBe('Deputy Country Director');
  });
});

describe('the affairs of a region the places list does not name', () => {
  it('are the region\'s, by its adjective, in the construct as after «لشؤون»', () => {
    expect(roleToEnglish('مدير عام شؤون غرب إفريقيا')).toBe('Director General of West African Affairs');
    expect(roleToEnglish('مدير شؤون شرق أفريقيا')).toBe('Director of East African Affairs');
  });
});

describe('a body the vocabulary names by its noun and adjectives, with a field after it', () => {
  it('is a body for that field (a commission for elections)', () => {
    expect(roleToEnglish('رئيس اللجنة المركزية للانتخابات والاستفتاءات')).toBe('Chairman of the Central Commission for Elections and Referendums');
  });
  it('while one of a party stays the party\'s', () => {
    expect(roleToEnglish('عضو اللجنة المركزية للحزب')).toBe('Member of the Central Committee of the Party');
  });
});

describe('a delegate general and a junta', () => {
  it('«المندوب العام» is a Delegate General for his remit', () => {
    expect(roleToEnglish('المندوب العام للأمن الوطني')).toBe('Delegate General for National Security');
  });
  it('a Sahel junta is named as it names itself', () => {
    expect(roleToEnglish('رئيس المجلس الوطني لحماية الوطن')).toBe('President of the National Council for the Safeguard of the Homeland');
  });
});
