import { describe, expect, it } from 'vitest';
import { roleToEnglish } from '@/lib/english/roles';
import { findOfficials } from '@/lib/officials';

const roleOf = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name)?.role_en ?? null;

describe('«حزب العمال» under the name its state gives it', () => {
  it('is the Labour Party of a Nigerian story', () => {
    const text = 'أعلنت اللجنة الانتخابية في نيجيريا فوز مرشح الحزب الحاكم. وقال رئيس حزب العمال النيجيري جوليوس أبوري إن الحزب سيطعن في النتائج.';
    expect(roleOf(text, 'جوليوس أبوري')).toMatch(/Labour Party$/);
  });
  it('is the Labor Party by the Australian adjective', () => {
    expect(roleToEnglish('زعيم حزب العمال الأسترالي')).toMatch(/Labor Party$/);
  });
  it('stays the Workers\' Party of Brazil and Korea', () => {
    expect(roleToEnglish('رئيس حزب العمال البرازيلي')).toMatch(/Workers' Party$/);
    expect(roleToEnglish('رئيس حزب العمال الكوري')).toMatch(/Workers' Party of Korea$/);
  });
});
