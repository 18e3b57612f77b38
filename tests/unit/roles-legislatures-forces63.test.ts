import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';
import { roleToEnglish } from '@/lib/english/roles';

const byName = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);

describe("a state's defence forces under their own name", () => {
  it('names «قوات الدفاع» of a state as that state does', () => {
    expect(roleToEnglish('قائد قوات الدفاع الكينية')).toBe('Commander of the Kenya Defence Forces');
    expect(roleToEnglish('المتحدث باسم قوات الدفاع الرواندية')).toBe('Spokesman for the Rwanda Defence Force');
    expect(roleToEnglish('رئيس أركان قوات الدفاع الشعبي الأوغندية')).toMatch(/ of the Uganda People's Defence Force$/);
    expect(roleToEnglish('قائد قوات الدفاع الوطني الإثيوبية')).toBe('Commander of the Ethiopian National Defense Force');
  });
  it('keeps the defence forces of a state with no such name generic', () => {
    expect(roleToEnglish('قائد قوات الدفاع الجوي')).toBe('Commander of the Air Defense Forces');
  });
});

describe('the head of a National Assembly', () => {
  it('is its Speaker in a state that presides it so, his deputy the Deputy Speaker', () => {
    expect(roleToEnglish('رئيس الجمعية الوطنية الباكستانية')).toBe('Speaker of the Pakistani National Assembly');
    expect(roleToEnglish('نائبة رئيس الجمعية الوطنية الزامبية')).toBe('Deputy Speaker of the Zambian National Assembly');
  });
  it('stays its President in France and elsewhere', () => {
    expect(roleToEnglish('رئيسة الجمعية الوطنية الفرنسية')).toBe('President of the French National Assembly');
    expect(roleToEnglish('نائب رئيس الجمعية الوطنية')).toBe('Vice President of the National Assembly');
  });
});

describe('a parliamentary group with no chamber named', () => {
  it('is a party\'s group for a team named by a party of joined names', () => {
    const text = 'الرباط - قال خالد المنصوري، رئيس فريق التقدم والاشتراكية، إن فريقه سيصوت ضد المشروع.';
    expect(byName(text, 'خالد المنصوري')?.role_en).toBe('Head of the Progress and Socialism Parliamentary Group');
  });
  it('is a creed\'s group for the team its head names by a political creed', () => {
    expect(roleToEnglish('رئيسة الفريق الاشتراكي')).toBe('Head of the Socialist Parliamentary Group');
    expect(roleToEnglish('رئيس الفريق الليبرالي')).toBe('Head of the Liberal Parliamentary Group');
  });
  it('leaves a team named by its task or its trade a team', () => {
    expect(roleToEnglish('رئيس الفريق الفني')).toBe('Head of the Technical Team');
    expect(roleToEnglish('رئيس فريق البحث والإنقاذ')).toBe('Head of the Search and Rescue Team');
    expect(roleToEnglish('رئيس فريق الوساطة')).toBe('Head of the Mediation Team');
  });
});

describe('the authorities and departments of an army named by their arm or service', () => {
  it('names the arm or the service', () => {
    expect(roleToEnglish('رئيس هيئة التسليح')).toBe('Head of the Armament Authority');
    expect(roleToEnglish('مدير إدارة الإشارة')).toBe('Director of the Signals Department');
    expect(roleToEnglish('مدير إدارة الشرطة العسكرية')).toBe('Director of the Military Police Department');
  });
  it('keeps the office before a rank and a name', () => {
    const text = 'القاهرة - حضر اللقاء رئيس هيئة الإمداد والتموين بالقوات المسلحة اللواء أركان حرب سمير فؤاد عبد الحميد.';
    expect(byName(text, 'سمير فؤاد عبد الحميد')?.role_en).toMatch(/^Head of the Supply Authority\b/);
  });
  it('names the coordinator of security services by the services', () => {
    expect(roleToEnglish('المنسق السابق لأجهزة الأمن')).toBe('Former Coordinator of the Security Services');
  });
});

describe('a naval unit', () => {
  it('is qualified Naval after a definite noun, not the Navy’s', () => {
    expect(roleToEnglish('قائد المجموعة البحرية')).toBe('Commander of the Naval Group');
    expect(roleToEnglish('قائد القاعدة البحرية')).toBe('Commander of the Naval Base');
    expect(roleToEnglish('قائد مجموعة المهام البحرية')).toBe('Commander of the Naval Task Group');
    expect(roleToEnglish('قائد قوة المهام المشتركة')).toBe('Commander of the Joint Task Force');
  });
  it('keeps the committees of a portfolio', () => {
    expect(roleToEnglish('رئيس اللجنة المالية')).toBe('Chairman of the Finance Committee');
    expect(roleToEnglish('قائد القوات البحرية')).toBe('Commander of the Naval Forces');
  });
});

describe('a liberation movement the press names by its acronym', () => {
  it('names the movement by the acronym in its officials’ titles', () => {
    expect(roleToEnglish('المتحدث باسم الحركة الشعبية لتحرير السودان في المعارضة')).toBe('Spokesman for the SPLM-IO');
    expect(roleToEnglish('المتحدث باسم الجبهة الشعبية لتحرير تيغراي')).toBe('Spokesman for the TPLF');
  });
  it('keeps the names the press writes out', () => {
    expect(roleToEnglish('رئيس الحركة الشعبية لتحرير السودان - شمال')).toBe('Head of the Sudan People\'s Liberation Movement-North');
    expect(roleToEnglish('رئيس الجبهة الشعبية لتحرير فلسطين')).toBe('Head of the Popular Front for the Liberation of Palestine');
  });
});

describe('a party named by a front', () => {
  it('is the front itself, not the front’s party', () => {
    expect(roleToEnglish('المتحدث باسم حزب الجبهة الوطنية الحاكم')).toBe('Spokesman for the Ruling National Front');
    expect(roleToEnglish('رئيس حزب جبهة التحرير الوطني')).toBe('Head of the National Liberation Front');
  });
});
