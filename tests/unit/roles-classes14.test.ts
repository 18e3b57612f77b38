import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const byName = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);

describe('an international body the article names again by its bare noun', () => {
  it('is named by the acronym the press gives it', () => {
    const fund = 'وصل وفد من صندوق النقد الدولي إلى تونس أمس. وقال رئيس بعثة الصندوق إلى تونس كريس غيرغات إن المحادثات إيجابية. وأكد الممثل المقيم للصندوق في تونس جيروم فاشيه أن البرنامج مستمر.';
    expect(byName(fund, 'كريس غيرغات')?.role_en).toBe('Head of the IMF Mission to Tunisia');
    expect(byName(fund, 'جيروم فاشيه')?.role_en).toBe('IMF Resident Representative in Tunisia');
    const who = 'حذرت منظمة الصحة العالمية من انتشار الوباء. وقال المتحدث باسم المنظمة طارق ياساريفيتش إن الوضع خطير. وقالت ممثلة المنظمة في ليبيا إليزابيث هوف إن المستشفيات مكتظة.';
    expect(byName(who, 'طارق ياساريفيتش')?.role_en).toBe('WHO Spokesman');
    expect(byName(who, 'إليزابيث هوف')?.role_en).toBe('WHO Representative in Libya');
  });
  it('while a body named in full keeps its full name', () => {
    const text = 'وقال المدير العام للوكالة الدولية للطاقة الذرية رافائيل غروسي إن التفتيش سيستمر.';
    expect(byName(text, 'رافائيل غروسي')?.role_en).toBe('Director General of the International Atomic Energy Agency');
  });
});
