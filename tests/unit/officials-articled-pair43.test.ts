import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const officialOf = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name) ?? null;
const names = (text: string) => analyze(text).officials.map((o) => o.name_ar);

describe('an unlisted given name with the article and a family nisba right after a full role', () => {
  it('reads «المنهل الصافي» before «و» and the next office', () => {
    // KUNA (heldout14 1510).
    const text = 'فيما حضرها من الجانب العراقي سفير جمهورية العراق لدى دولة الكويت المنهل الصافي ورئيس الدائرة القانونية في وزارة الخارجية العراقية السفير أحمد نايف الدليمي.';
    expect(officialOf(text, 'المنهل الصافي')?.role_en).toBe('Ambassador of Iraq to Kuwait');
    expect(names(text)).toContain('أحمد نايف الدليمي');
  });
  it('reads the pair before «بأن» and at a full stop', () => {
    expect(names('وأفاد السفير العراقي المنهل الصافي بأن الأجواء كانت إيجابية.')).toContain('المنهل الصافي');
    expect(names('وحضر اللقاء وزير الثقافة الأردني المنهل الصافي.')).toContain('المنهل الصافي');
  });
  it('leaves a noun and its adjective after an office to the sentence', () => {
    const found = names('وقال وزير الخارجية العراقي فؤاد حسين إن الوضع الأمني مستقر.');
    expect(found).toContain('فؤاد حسين');
    expect(found.some((n) => n.startsWith('الوضع'))).toBe(false);
    expect(names('وزار وزير الداخلية المنطقة الشرقية.')).toEqual([]);
  });
});
