import { describe, expect, it } from 'vitest';
import { roleToEnglish } from '@/lib/english/roles';

describe('the affairs of regions named after a department', () => {
  it('are named by the regions’ adjectives', () => {
    expect(roleToEnglish('المدير العام لإدارة شؤون غرب آسيا وشمال إفريقيا')).toBe('Director General of the Department of West Asian and North African Affairs');
    expect(roleToEnglish('مدير إدارة شؤون أمريكا الشمالية وأوقيانوسيا')).toBe('Director of the Department of North American and Oceanian Affairs');
    expect(roleToEnglish('مدير عام شؤون البلقان في الوزارة')).toBe('Director General of Balkan Affairs at the Ministry');
  });
  it('as a bureau’s «لشؤون» already were', () => {
    expect(roleToEnglish('مساعد وزير الخارجية لشؤون الشرق الأدنى')).toBe('Assistant Minister of Foreign Affairs for Near Eastern Affairs');
  });
  it('while affairs named by their own adjective stay so', () => {
    expect(roleToEnglish('مدير إدارة الشؤون العربية في الوزارة')).toBe('Director of the Arab Affairs Department at the Ministry');
  });
});
