import { describe, expect, it } from 'vitest';
import { sideOf, sides } from './helpers/delegations';

// Written for the test (round 56): people of another event named in the article's own sentences.

describe('findDelegations: «ويأتي هذا الاتصال بعد …» names the other event\'s people after the relation word', () => {
  it('leaves out the one who made the earlier visit', () => {
    const text = [
      'تونس - تلقى الرئيس التونسي قيس سعيد، مساء الثلاثاء، اتصالا هاتفيا من نظيره الفرنسي إيمانويل ماكرون، تناول العلاقات الثنائية والأوضاع في ليبيا.',
      'ويأتي هذا الاتصال بعد أيام من زيارة أجراها وزير الداخلية الفرنسي جيرالد دارمانان إلى تونس، بحث خلالها ملف الهجرة.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'إيمانويل ماكرون')).toBe('France');
    expect(sideOf(found, 'جيرالد دارمانان')).toBeUndefined();
  });

  it('reads «تأتي … امتدادا لـ» as another event too', () => {
    const text = [
      'الرياض - شهد وزير الطاقة السعودي الأمير عبدالعزيز بن سلمان ونظيره الكازاخي ألماسادام ساتكالييف، اليوم، توقيع اتفاقيات للتعاون في مجال الطاقة.',
      'وتأتي هذه الاتفاقيات امتدادا لنتائج زيارة الرئيس الكازاخي قاسم جومارت توكاييف إلى المملكة، ولقائه ولي العهد السعودي الأمير محمد بن سلمان.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'قاسم جومارت توكاييف')).toBeUndefined();
    expect(sideOf(found, 'محمد بن سلمان')).toBeUndefined();
  });
});

describe('findDelegations: a meeting on the sidelines with someone new is another meeting', () => {
  it('leaves out the prime minister met on the sidelines of the ministers\' talks', () => {
    const text = [
      'الدوحة - اختتم وزيرا خارجية تركيا وقطر، اليوم، جولة الحوار الاستراتيجي بين البلدين في الدوحة.',
      'وترأس وزير الخارجية التركي هاكان فيدان وفد بلاده، فيما ترأس رئيس مجلس الوزراء وزير الخارجية القطري الشيخ محمد بن عبدالرحمن آل ثاني وفد قطر.',
      'وعلى هامش الحوار، عقد فيدان لقاء ثنائيا مع وزير الدفاع القطري خالد بن محمد العطية، تناول التعاون العسكري.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'هاكان فيدان')).toBe('Turkey');
    expect(sideOf(found, 'خالد بن محمد العطية')).toBeUndefined();
  });
});
