import { describe, expect, it } from 'vitest';
import { sideOf, sides } from './helpers/delegations';

// Round 62, delegations: «والمستشارة السياسية في مكتب الممثل الخاص X» after «الممثل الخاص للاتحاد Y» was met: the
// office is Y's (he holds its title), so X is not a genitive reference to him but one of his staff, present at the table.

describe('one who works in the office of a title another participant holds', () => {
  // Written for the test (KUNA's style).
  it('seats the staff member of the special envoy\'s office with the envoy\'s side', () => {
    const text =
      'استقبل وزير الخارجية العماني بدر البوسعيدي اليوم المبعوث الخاص للأمم المتحدة إلى اليمن هانز غروندبرغ والوفد المرافق له.\n\n' +
      'وحضر اللقاء من الجانب العماني رئيس دائرة المنظمات الدولية السفير سالم الهنائي.\n\n' +
      'كما حضره من جانب الأمم المتحدة المستشار القانوني في مكتب المبعوث الخاص ماركو بيرتولي.';
    const found = sides(text);
    expect(sideOf(found, 'هانز غروندبرغ')).toBe('United Nations');
    expect(sideOf(found, 'ماركو بيرتولي')).toBe('United Nations');
  });
});
