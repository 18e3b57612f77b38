import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';

const roleOf = (text: string, name: RegExp) => analyze(text).officials.find((o) => name.test(o.name_en))?.role_en;

describe('a circumstance of the sentence ends a long office before its holder', () => {
  // tests/heldout19/2022-enab-baladi-damascus-safadi-assad-visit.txt: «الوزير الأردني» is the subject of «رافق», «في
  // زيارته» the circumstance; the spokesman after it is the one named, not "Jordanian Minister".
  it('gives the holder the office after «في» + a noun with a pronoun', () => {
    const text = 'ورافق الوزير الأردني في زيارته الناطق الرسمي باسم وزارة الخارجية الأردنية، سنان المجالي، ومدير إدارة الشؤون العربية في الوزارة، السفير مازن الفرايه.';
    expect(roleOf(text, /Majali/)).toBe('Spokesman for the Jordanian Ministry of Foreign Affairs');
    expect(roleOf(text, /Faraya/)).toBe('Director of the Arab Affairs Department at the Ministry');
  });
  it('keeps a long office whose skipped words name its body', () => {
    const text = 'وقال وزير الموارد المائية في حكومة الإقليم، أكرم أحمد رسول، إن السدود ممتلئة.';
    expect(roleOf(text, /Rasoul/)).toBe('Minister of Water Resources at the Government of the Region');
  });
});

describe('an office placed in a region before a rank is the holder\'s role', () => {
  // tests/heldout21/2202-asharq-al-awsat-beirut-salameh-inquiry.txt: «المدعية العامة في جبل لبنان القاضية غادة عون» is
  // the Mount Lebanon Public Prosecutor; «القاضية» is her courtesy rank.
  it('reads the place and passes the rank', () => {
    expect(roleOf('قالت المدعية العامة في جبل لبنان القاضية غادة عون إن الأدلة جدية.', /Aoun/)).toBe('Public Prosecutor in Mount Lebanon');
  });
  it('keeps the rank where no office precedes it, and a state\'s office as before', () => {
    expect(roleOf('قالت القاضية غادة عون إن الأدلة جدية.', /Aoun/)).toBe('Judge');
    // (After a verb of meeting the place is the meeting's, and the ranked name the one met.)
    expect(roleOf('واستقبل وزير الخارجية في الرياض السفير جون هاملتون.', /^Jo/)).toBe('Ambassador');
    expect(roleOf('وقال رئيس المجلس العسكري في السودان، الفريق أول عبد الفتاح البرهان، إن الحوار مستمر.', /Burhan/)).toBe('Chairman of the Military Council of Sudan');
  });
});
