import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

// Round 104, names: a body the institution vocabulary places in one state by default («الكونغرس» → US) is another
// state's body when that state's adjective agrees with it («بالكونغرس البيروفي»). The official had been seated in the
// US, so his Spanish name was spelled as an English one (Louis for لويس). heldout35 3617-hespress-rabat-peru-congress-delegation.
const officialOf = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name);

describe('a default-placed body with another state’s adjective', () => {
  it('is that state’s body («رئيس لجنة العلاقات الخارجية بالكونغرس البيروفي»)', () => {
    const text =
      'استقبل الحبيب المالكي، رئيس مجلس النواب، اليوم الثلاثاء بمقر المجلس بالرباط، وفدا برلمانيا من جمهورية البيرو يقوده لويس غالاريتا فيلاسكيث، رئيس لجنة العلاقات الخارجية بالكونغرس البيروفي، في زيارة عمل تستمر أربعة أيام.';
    const o = officialOf(text, 'لويس غالاريتا فيلاسكيث');
    expect(o?.country).toBe('PE');
    expect(o?.name_en.startsWith('Luis ')).toBe(true);
  });

  it('keeps the default state when the adjective is that same state’s («الكونغرس الأمريكي»)', () => {
    const text = 'وقال رئيس لجنة العلاقات الخارجية في الكونغرس الأمريكي مايكل ماكول إن اللجنة ستعقد جلسة الأسبوع المقبل.';
    expect(officialOf(text, 'مايكل ماكول')?.country).toBe('US');
  });
});
