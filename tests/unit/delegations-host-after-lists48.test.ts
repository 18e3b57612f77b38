import { describe, expect, it } from 'vitest';
import { sideOf, sides } from './helpers/delegations';

// Round 48, delegations: a host whose title names no state receives a foreign ambassador; the lists name both countries'
// sides. The host, left aside before the lists were read, sits on the side they add that is not the ambassador's (not on
// an office side of her ministry against the embassy's).

describe('a host of unsaid country placed after the lists', () => {
  // Hespress, 19 March 2024 (heldout20 2111), the title, the lead, one sentence and the attendance.
  it('seats the minister at the head of her country\'s side named in the attendance', () => {
    const text =
      'بنعلي تستقبل سفير الصين وتبحث معه الاستثمار في الهيدروجين الأخضر وبطاريات السيارات\n\n' +
      'استقبلت ليلى بنعلي، وزيرة الانتقال الطاقي والتنمية المستدامة، اليوم الثلاثاء بمقر الوزارة في الرباط، لي تشانغ لين، سفير جمهورية الصين الشعبية لدى المملكة المغربية، في لقاء خصص لبحث آفاق التعاون الثنائي في مجالات الطاقات المتجددة والهيدروجين الأخضر وصناعة بطاريات السيارات الكهربائية.\n\n' +
      'وقالت بنعلي، خلال اللقاء، إن المغرب يوفر \'منظومة متكاملة تجمع بين الموارد الطبيعية والموقع الجغرافي والاستقرار\'، مضيفة أن عرض المغرب في مجال الهيدروجين الأخضر مفتوح أمام المستثمرين الجادين وفق دفتر تحملات واضح.\n\n' +
      'وحضر اللقاء عن الجانب المغربي أمينة بنخضرة، المديرة العامة للمكتب الوطني للهيدروكاربورات والمعادن، ومحمد الغزالي، الكاتب العام لقطاع الانتقال الطاقي، فيما حضره عن الجانب الصيني المستشار الاقتصادي والتجاري بالسفارة وانغ وي.\n\n';
    const found = sides(text);
    expect(found['Morocco']).toContain('*ليلى بنعلي');
    expect(sideOf(found, 'لي تشانغ لين')).toBe('China');
    expect(sideOf(found, 'محمد الغزالي')).toBe('Morocco');
    expect(Object.keys(found)).toHaveLength(2);
  });
});
