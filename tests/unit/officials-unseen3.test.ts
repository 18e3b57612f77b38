/**
 * Classes of officials, names and roles met on articles nobody tuned on (issue 11, classes 1, 2 and 6).
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';
import { roleToEnglish } from '@/lib/english/roles';

const byName = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);

describe('an ambassador in a capital is accredited to its country', () => {
  it('reads the name after «سفير X في/لدى CAPITAL» and renders the capital as its country', () => {
    const text = 'وحضر اللقاء سفير البرتغال لدى مسقط جواو فيريرا، والسفير الكيني في أنقرة جيمس كاماو.';
    expect(byName(text, 'جواو فيريرا')?.role_en).toBe('Ambassador of Portugal to Oman');
    expect(byName(text, 'جيمس كاماو')?.role_en).toBe('Kenyan Ambassador to Turkey');
    // A city that is no capital stays the place of the office.
    expect(roleToEnglish('القنصل الفرنسي في إسطنبول')).toBe('French Consul in Istanbul');
  });

  it('writes Turkey as the press does', () => {
    expect(roleToEnglish('سفير المجر لدى تركيا')).toBe('Ambassador of Hungary to Turkey');
  });
});

describe('offices of international bodies and of the Maghreb', () => {
  it('gives the European Commission a President, not a Head', () => {
    expect(roleToEnglish('رئيسة المفوضية الأوروبية')).toBe('President of the European Commission');
  });

  it('reads the UN ranks under the Secretary-General whole', () => {
    expect(roleToEnglish('وكيلة الأمين العام للأمم المتحدة للشؤون السياسية')).toBe('Under-Secretary-General of the United Nations for Political Affairs');
    expect(roleToEnglish('مساعد الأمين العام للأمم المتحدة')).toBe('Assistant Secretary-General of the United Nations');
  });

  it('reads a coordinator in a country and a feminine modifier', () => {
    const text = 'وقالت المنسقة المقيمة للأمم المتحدة في ليبيا، جانيت موروغو، إن الوضع صعب.';
    expect(byName(text, 'جانيت موروغو')?.role_en).toBe('Resident Coordinator of the United Nations in Libya');
  });

  it('reads Tunisian and Lebanese portfolios and the regional commissioner', () => {
    expect(roleToEnglish('المندوب الجهوي للفلاحة')).toBe('Regional Commissioner for Agriculture');
    const text = 'وأكد وزير التجهيز والإسكان منير الحاجي أن الأشغال ستنطلق، فيما تحفظ وزير المال سليم خوري على الكلفة.';
    expect(byName(text, 'منير الحاجي')?.role_en).toBe('Minister of Equipment and Housing');
    expect(byName(text, 'سليم خوري')?.role_en).toBe('Minister of Finance');
  });
});
