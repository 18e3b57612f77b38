import { describe, expect, it } from 'vitest';
import { sideOf, sides } from './helpers/delegations';

// Written for the test: an ambassador of the host posted to the guest's country, the country given by its long
// official name («سفير السلطنة المعتمد لدى الجمهورية الإسلامية الإيرانية»). The name's closing adjective is part of
// where he serves, not his own country.
describe('findDelegations: a posting to a country named in full', () => {
  it('keeps the host\'s ambassador to the guest\'s republic on the host\'s side', () => {
    const text = [
      'مسقط في 9 ديسمبر /العُمانية/ استقبل معالي يوسف بن علوي بن عبدالله الوزير المسؤول عن الشؤون الخارجية بمكتبه اليوم معالي الدكتور عباس عراقجي نائب وزير الخارجية الإيراني والوفد المرافق له.',
      'حضر المقابلة سعادة إبراهيم بن أحمد المعيني سفير السلطنة المعتمد لدى الجمهورية الإسلامية الإيرانية، ومن الجانب الإيراني سعادة محمد رضا نوري شاهرودي سفير إيران المعتمد لدى السلطنة.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'إبراهيم بن أحمد المعيني')).toBe(sideOf(found, 'يوسف بن علوي بن عبدالله'));
    expect(sideOf(found, 'محمد رضا نوري شاهرودي')).toBe(sideOf(found, 'عباس عراقجي'));
    expect(sideOf(found, 'عباس عراقجي')).not.toBe(sideOf(found, 'يوسف بن علوي بن عبدالله'));
  });
  it('keeps an ambassador to a kingdom named in full on his own side', () => {
    const text = [
      'تونس - استقبل وزير الخارجية التونسي عثمان الجرندي اليوم في تونس نظيره المغربي ناصر بوريطة.',
      'وحضر اللقاء محمد بن عياد سفير الجمهورية التونسية لدى المملكة المغربية.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'محمد بن عياد')).toBe(sideOf(found, 'عثمان الجرندي'));
  });
});
