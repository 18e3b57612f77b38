import { describe, expect, it } from 'vitest';
import { sideOf, sides } from './helpers/delegations';

// Round 48, delegations: «مدير عام الإدارة العامة للدول الأوروبية»: after «الدول» a nationality names the region a
// ministry's department deals with, not the side of the one who heads it.

describe('a department named after a region of countries', () => {
  // Written for the test (SPA's style).
  it('keeps the director of the European countries department on his own minister\'s side', () => {
    const text =
      'تلقى صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية، اليوم، اتصالاً هاتفياً من وزير خارجية جمهورية البرتغال جواو غوميز كرافينيو.\n\n' +
      'وجرى خلال الاتصال استعراض العلاقات الثنائية بين البلدين.\n\n' +
      'حضر الاتصال مدير عام مكتب سمو وزير الخارجية الأستاذ عبدالرحمن بن إبراهيم الداود، ومدير عام الإدارة العامة للدول الأوروبية بوزارة الخارجية السفير سعد بن محمد العتيبي.';
    const found = sides(text);
    expect(sideOf(found, 'سعد بن محمد العتيبي')).toBe('Saudi Arabia');
    expect(Object.keys(found)).not.toContain('European Union');
  });

  // Written for the test: an organisation named with «الدول» is still read from its first word.
  it('still reads «جامعة الدول العربية» as the Arab League', () => {
    const text =
      'استقبل وزير الخارجية المصري سامح شكري، اليوم، الأمين العام لجامعة الدول العربية حسام زكي.\n\n' +
      'وبحث الجانبان التحضيرات للقمة العربية المقبلة.';
    const found = sides(text);
    expect(sideOf(found, 'سامح شكري')).toBe('Egypt');
    expect(sideOf(found, 'حسام زكي')).not.toBe('Egypt');
  });
});
